package org.frontwatch.model;

import java.util.Locale;

/** The languages Frontwatch reads; anything else is {@link #OTHER}. */
public enum Language {
    EN, RU, UK, OTHER;

    /** The ISO 639-1 code ("en", "ru", "uk"), or "other". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads an ISO 639-1 code as written on the command line or in a file; unknown codes are {@link #OTHER}. */
    public static Language ofCode(String code) {
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "en", "eng", "english" -> EN;
            case "ru", "rus", "russian" -> RU;
            case "uk", "ukr", "ua", "ukrainian" -> UK;
            default -> OTHER;
        };
    }
}
