package org.frontwatch.spark.corroborate;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
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
    /** The columns of a fact row, in order; a row with a component has it last ({@link #COMPONENT}). */
    static final String[] COLUMNS = {"id", "item_id", "type", "text", "date_from", "date_to", "date_precision",
        "units", "places", "origin", "location", "source", "forwarded_from", "published_day", "cluster_id"};
    static final int ID = 0;
    static final int ITEM_ID = 1;
    static final int CLUSTER_ID = 14;
    static final int COMPONENT = 15;

    private CorroborationFacts() {
    }

    /**
     * The fact rows of {@code facts} (the {@link #COLUMNS}, then {@code extra}), without their schema: Spark
     * estimates the size of every row it groups in memory, and a row that carries its schema makes it walk the
     * schema's objects each time.
     */
    static JavaRDD<Row> rows(Dataset<Row> facts, String... extra) {
        Column[] columns = new Column[COLUMNS.length + extra.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = col(i < COLUMNS.length ? COLUMNS[i] : extra[i - COLUMNS.length]);
        }
        return facts.select(columns).javaRDD().map(row -> Row.fromSeq(row.toSeq()));
    }

    /** The report of {@code row}, its item at position {@code item} of the item list it will be merged with. */
    static ReportFacts report(Row row, int item) {
        Optional<LocalDate> published = Optional.ofNullable(row.<LocalDate>getAs(13));
        LocalDate from = row.getAs(4);
        Optional<DateInterval> dates = from != null
                ? Optional.of(new DateInterval(from, row.getAs(5), DatePrecision.valueOf(row.<String>getAs(6))))
                : Optional.empty();
        return new ReportFacts(row.getString(ID), item, EventType.valueOf(row.getString(2)),
                ReportFacts.window(dates, published), new HashSet<>(strings(row, 7)), new HashSet<>(strings(row, 8)),
                new HashSet<>(strings(row, 9)), new HashSet<>(strings(row, 10)), row.getString(3));
    }

    /** The report of {@code row} for {@code IncidentRule}, which does not read the item's position. */
    static ReportFacts report(Row row) {
        return report(row, 0);
    }

    /** The item of a report's {@code row}, its cluster numbered {@code cluster}. */
    static ItemFacts item(Row row, int cluster) {
        return new ItemFacts(row.getString(ITEM_ID), row.getString(11), Optional.ofNullable(row.getString(12)),
                Optional.ofNullable(row.<LocalDate>getAs(13)), cluster);
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

    private static List<String> strings(Row row, int column) {
        List<String> values = row.getList(column);
        return values == null ? List.of() : values;
    }
}
