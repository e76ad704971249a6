package org.frontwatch.extract.gazetteer;

import java.util.Objects;

/**
 * A first-level region: a Russian federal subject or a Ukrainian oblast (or Kyiv, Sevastopol, Crimea), keyed by its
 * ISO 3166-2 code. Occupied Ukrainian territory keeps its Ukrainian code.
 *
 * @param code    ISO 3166-2 code, e.g. {@code RU-IRK}, {@code UA-14}
 * @param country ISO 3166-1 alpha-2 code of the country the code belongs to
 */
public record Region(String code, String country, String english, String russian, String ukrainian,
                     double latitude, double longitude) {
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(russian, "russian");
        Objects.requireNonNull(ukrainian, "ukrainian");
        if (!code.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
            throw new IllegalArgumentException("not an ISO 3166-2 code: code=" + code);
        }
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range: code=" + code + ", latitude=" + latitude
                    + ", longitude=" + longitude);
        }
    }
}
