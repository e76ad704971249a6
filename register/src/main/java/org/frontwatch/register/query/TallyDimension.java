package org.frontwatch.register.query;

import java.util.Locale;
import org.frontwatch.model.UsageException;

/** What a tally counts incidents by. */
public enum TallyDimension {
    /** Region the soldiers come from (ISO 3166-2). */
    ORIGIN,
    /** Region where it happened, named or implied by a place (ISO 3166-2). */
    REGION,
    /** Gazetteer place. */
    PLACE,
    /** Unit key. */
    UNIT,
    /** Event type. */
    TYPE,
    /** Channel or outlet that told it. */
    SOURCE;

    /** The {@code incident_keys.dimension} value. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code origin}, {@code REGION}… as typed on a command line. */
    public static TallyDimension parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("cannot tally by \"" + value
                    + "\": use origin, region, place, unit, type or source");
        }
    }
}
