package org.frontwatch.model;

import java.util.Locale;
import java.util.Set;

/**
 * The normalised key of a military unit: {@code unit:<kind>:<designation>}, e.g. {@code unit:regiment:1439},
 * {@code unit:unit:16871} for a numbered military unit ("в/ч 16871"), {@code unit:named:storm-z} for a named
 * formation without a number.
 */
public record UnitKey(String kind, String designation) {
    public static final Set<String> KINDS = Set.of("army", "corps", "division", "brigade", "regiment", "battalion",
            "company", "detachment", "unit", "named");

    public UnitKey {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown unit kind: " + kind + " (one of " + KINDS + ")");
        }
        if (!designation.matches("[0-9a-z][0-9a-z-]*")) {
            throw new IllegalArgumentException("designation must be digits or a lowercase slug: " + designation);
        }
    }

    /** Parses {@code unit:regiment:1439} or the short form {@code regiment:1439}. */
    public static UnitKey parse(String key) {
        String body = key.toLowerCase(Locale.ROOT).startsWith("unit:") ? key.substring(5) : key;
        int colon = body.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a unit key is unit:<kind>:<designation>, not: " + key);
        }
        return new UnitKey(body.substring(0, colon).toLowerCase(Locale.ROOT), body.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "unit:" + kind + ":" + designation;
    }
}
