package org.frontwatch.spark.table;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Span;

/** The {@code reports} table: one row per event report, its keys as string arrays; {@code ordinal} keeps order. */
public final class ReportTable {
    public static final String NAME = "reports";

    public static final StructType SCHEMA = new StructType(new StructField[] {
        createStructField("id", StringType, false),
        createStructField("item_id", StringType, false),
        createStructField("ordinal", IntegerType, false),
        createStructField("type", StringType, false),
        createStructField("text", StringType, false),
        createStructField("start", IntegerType, false),
        createStructField("end", IntegerType, false),
        createStructField("date_from", DateType, true),
        createStructField("date_to", DateType, true),
        createStructField("date_precision", StringType, true),
        createStructField("origin", createArrayType(StringType, false), false),
        createStructField("location", createArrayType(StringType, false), false),
        createStructField("places", createArrayType(StringType, false), false),
        createStructField("units", createArrayType(StringType, false), false),
    });

    private ReportTable() {
    }

    public static Row toRow(String id, String itemId, int ordinal, EventReport report) {
        return RowFactory.create(id, itemId, ordinal, report.type().name(), report.text(), report.span().start(),
                report.span().end(), report.when().map(DateInterval::from).orElse(null),
                report.when().map(DateInterval::to).orElse(null),
                report.when().map(d -> d.precision().name()).orElse(null),
                ScalaCollections.seq(report.origin()), ScalaCollections.seq(report.location()),
                ScalaCollections.seq(report.places()), ScalaCollections.seq(report.units()));
    }

    public static EventReport fromRow(Row row) {
        return new EventReport(EventType.valueOf(row.getAs("type")), row.getAs("text"),
                new Span(row.<Integer>getAs("start"), row.<Integer>getAs("end")), RowFields.interval(row),
                RowFields.strings(row, "origin"), RowFields.strings(row, "location"),
                RowFields.strings(row, "places"), RowFields.strings(row, "units"));
    }
}
