package org.frontwatch.register.export;

import java.util.Locale;
import org.frontwatch.model.UsageException;

/** The export formats. */
public enum ExportFormat {
    /** ACLED-style CSV, one row per incident, ACLED's column names. */
    ACLED,
    /** GeoJSON FeatureCollection of incidents with a located place. */
    GEOJSON,
    /** FollowTheMoney entities as JSON lines (Event, Article, Organization, Address, Mention, Documentation). */
    FTM,
    /** Every record of the register as JSON lines. */
    JSONL;

    public static ExportFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown export format \"" + value + "\": use acled, geojson, ftm or jsonl");
        }
    }
}
