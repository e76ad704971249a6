package org.frontwatch.spark.corroborate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Place;
import org.frontwatch.register.corroborate.ItemFacts;
import org.frontwatch.register.corroborate.ReportFacts;

/**
 * Reads the rows the corroboration joins — a report with its item's source, forward origin, publication day and
 * cluster — into the register's public corroboration facts ({@link ReportFacts}, {@link ItemFacts}), exactly as
 * the register's {@code Corroborator} builds them from its store: a report's window is
 * {@link ReportFacts#window}, its dates, else its item's publication day.
 */
final class CorroborationFacts {
    private CorroborationFacts() {
    }

    /** The report of {@code row}, its item at position {@code item} of the item list it will be merged with. */
    static ReportFacts report(Row row, int item) {
        Optional<LocalDate> published = Optional.ofNullable(row.<LocalDate>getAs("published_day"));
        LocalDate from = row.getAs("date_from");
        Optional<DateInterval> dates = from != null
                ? Optional.of(new DateInterval(from, row.getAs("date_to"),
                        DatePrecision.valueOf(row.<String>getAs("date_precision"))))
                : Optional.empty();
        return new ReportFacts(row.getAs("id"), item, EventType.valueOf(row.getAs("type")),
                ReportFacts.window(dates, published), new HashSet<>(strings(row, "units")),
                new HashSet<>(strings(row, "places")), new HashSet<>(strings(row, "origin")),
                new HashSet<>(strings(row, "location")), row.getAs("text"));
    }

    /** The report of {@code row} for {@code IncidentRule}, which does not read the item's position. */
    static ReportFacts report(Row row) {
        return report(row, 0);
    }

    /** The item of a report's {@code row}, its cluster numbered {@code cluster}. */
    static ItemFacts item(Row row, int cluster) {
        return new ItemFacts(row.getAs("item_id"), row.getAs("source"),
                Optional.ofNullable(row.<String>getAs("forwarded_from")),
                Optional.ofNullable(row.<LocalDate>getAs("published_day")), cluster);
    }

    /** Places by key from rows of {@code place_key, place_name, place_country, place_region, lat, lon}. */
    static Map<String, Place> places(List<Row> rows) {
        Map<String, Place> places = new HashMap<>();
        for (Row row : rows) {
            places.put(row.getAs("place_key"), new Place(row.getAs("place_key"), row.getAs("place_name"),
                    row.getAs("place_country"), row.getAs("place_region"), row.<Double>getAs("lat"),
                    row.<Double>getAs("lon")));
        }
        return places;
    }

    private static List<String> strings(Row row, String column) {
        List<String> values = row.getList(row.fieldIndex(column));
        return values == null ? List.of() : values;
    }
}
