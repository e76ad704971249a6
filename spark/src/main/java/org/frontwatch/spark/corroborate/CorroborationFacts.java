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
import org.frontwatch.register.corroborate.SparkCorroborationParts.ItemInput;
import org.frontwatch.register.corroborate.SparkCorroborationParts.ReportInput;

/**
 * Reads the rows the corroboration joins — a report with its item's source, forward origin, publication day and
 * cluster — into the register's corroboration inputs, exactly as the register's {@code Corroborator} builds them
 * from its store: a report's window is its dates, else its item's publication day.
 */
final class CorroborationFacts {
    private CorroborationFacts() {
    }

    static ReportInput report(Row row) {
        Optional<LocalDate> published = Optional.ofNullable(row.<LocalDate>getAs("published_day"));
        LocalDate from = row.getAs("date_from");
        Optional<DateInterval> window = from != null
                ? Optional.of(new DateInterval(from, row.getAs("date_to"),
                        DatePrecision.valueOf(row.<String>getAs("date_precision"))))
                : published.map(DateInterval::day);
        return new ReportInput(row.getAs("id"), row.getAs("item_id"), EventType.valueOf(row.getAs("type")), window,
                new HashSet<>(strings(row, "units")), new HashSet<>(strings(row, "places")),
                new HashSet<>(strings(row, "origin")), new HashSet<>(strings(row, "location")), row.getAs("text"));
    }

    static ItemInput item(Row row) {
        return new ItemInput(row.getAs("item_id"), row.getAs("source"),
                Optional.ofNullable(row.<String>getAs("forwarded_from")),
                Optional.ofNullable(row.<LocalDate>getAs("published_day")), row.getAs("cluster_id"));
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
