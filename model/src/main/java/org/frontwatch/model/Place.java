package org.frontwatch.model;

import java.util.Objects;

/**
 * A populated place from the gazetteer.
 *
 * @param key     stable gazetteer key (e.g. {@code geonames:704508})
 * @param name    English name
 * @param country ISO 3166-1 alpha-2 code
 * @param region  ISO 3166-2 code of its first-level region (occupied Ukrainian territory keeps its Ukrainian code)
 */
public record Place(String key, String name, String country, String region, double lat, double lon) {
    public Place {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(region, "region");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: lat=" + lat + ", lon=" + lon);
        }
    }
}
