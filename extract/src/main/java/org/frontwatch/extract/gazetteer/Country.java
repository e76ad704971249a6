package org.frontwatch.extract.gazetteer;

import java.util.Objects;

/** A country with its names and an approximate centroid (for maps); {@link #key()} is {@code country:<code>}. */
public record Country(String code, String english, String russian, String ukrainian, double latitude,
                      double longitude) {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(russian, "russian");
        Objects.requireNonNull(ukrainian, "ukrainian");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: code=" + code);
        }
    }

    /** The mention key, e.g. {@code country:RU}. */
    public String key() {
        return "country:" + code;
    }
}
