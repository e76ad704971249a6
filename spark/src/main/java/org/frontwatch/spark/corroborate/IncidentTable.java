package org.frontwatch.spark.corroborate;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.frontwatch.spark.table.ScalaCollections.seq;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.Place;
import org.frontwatch.register.corroborate.Incident;

/**
 * The {@code incidents} table: one row per incident with the columns of the register's {@code incidents} table
 * and, as arrays, what its {@code incident_reports}, {@code incident_items} and {@code incident_keys} tables hold.
 */
public final class IncidentTable {
    public static final String NAME = "incidents";

    public static final StructType SCHEMA = new StructType(new StructField[] {
        createStructField("id", StringType, false),
        createStructField("type", StringType, false),
        createStructField("date_from", DateType, true),
        createStructField("date_to", DateType, true),
        createStructField("date_precision", StringType, true),
        createStructField("item_count", IntegerType, false),
        createStructField("source_count", IntegerType, false),
        createStructField("place_key", StringType, true),
        createStructField("place_name", StringType, true),
        createStructField("place_country", StringType, true),
        createStructField("place_region", StringType, true),
        createStructField("lat", DoubleType, true),
        createStructField("lon", DoubleType, true),
        createStructField("summary", StringType, false),
        createStructField("summary_item_id", StringType, false),
        createStructField("report_ids", createArrayType(StringType, false), false),
        createStructField("item_ids", createArrayType(StringType, false), false),
        createStructField("origin", createArrayType(StringType, false), false),
        createStructField("regions", createArrayType(StringType, false), false),
        createStructField("places", createArrayType(StringType, false), false),
        createStructField("units", createArrayType(StringType, false), false),
        createStructField("sources", createArrayType(StringType, false), false),
    });

    private IncidentTable() {
    }

    public static Row toRow(Incident incident) {
        return RowFactory.create(incident.id(), incident.type().name(),
                incident.when().map(DateInterval::from).orElse(null), incident.when().map(DateInterval::to).orElse(null),
                incident.when().map(w -> w.precision().name()).orElse(null), incident.itemIds().size(),
                incident.independentSources(), incident.place().map(Place::key).orElse(null),
                incident.place().map(Place::name).orElse(null), incident.place().map(Place::country).orElse(null),
                incident.place().map(Place::region).orElse(null), incident.place().map(Place::lat).orElse(null),
                incident.place().map(Place::lon).orElse(null), incident.summary(), incident.summaryItemId(),
                seq(incident.reportIds()), seq(incident.itemIds()), seq(incident.origin()), seq(incident.regions()),
                seq(incident.places()), seq(incident.units()), seq(incident.sources()));
    }
}
