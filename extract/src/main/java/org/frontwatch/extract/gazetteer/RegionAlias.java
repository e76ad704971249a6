package org.frontwatch.extract.gazetteer;

import java.util.Objects;
import org.frontwatch.model.Language;

/**
 * One form that names a region.
 *
 * @param code     ISO 3166-2 code of the region
 * @param language the language the form is written in (it decides the dictionary used to lemmatise it)
 * @param kind     how the form names the region
 * @param form     the form as written ("Приангарье", "иркутский", "Irkutsk")
 */
public record RegionAlias(String code, Language language, Kind kind, String form) {
    /** How a form names a region. */
    public enum Kind {
        /** The form alone names the region: "Иркутская область", "Донеччина", "Yakutia". */
        NAME,
        /** An adjective naming the region before "область"/"край" or, in context, alone: "иркутский". */
        ADJECTIVE,
        /** An English stem naming the region only before "region", "oblast", "province"…: "Irkutsk". */
        STEM
    }

    public RegionAlias {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
        if (form.isBlank()) {
            throw new IllegalArgumentException("region alias must not be blank: code=" + code);
        }
    }
}
