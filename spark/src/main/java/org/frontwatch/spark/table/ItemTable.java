package org.frontwatch.spark.table;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.Capture;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

/**
 * The {@code items} table: one row per item with the facts of its capture (time, content type, size) and the
 * input file it was read from, which is the preserved evidence the batch's custody entries name. The capture's
 * bytes are not copied into Parquet: they stay in the input file. {@code language} and {@code extraction_error}
 * are filled by the extract stage. Its rows carry their schema, so that stages read them by column name before
 * they become a data frame.
 */
public final class ItemTable {
    public static final String NAME = "items";

    public static final StructType SCHEMA = new StructType(new StructField[] {
        createStructField("id", StringType, false),
        createStructField("kind", StringType, false),
        createStructField("source", StringType, false),
        createStructField("uri", StringType, false),
        createStructField("published", TimestampType, true),
        createStructField("title", StringType, false),
        createStructField("text", StringType, false),
        createStructField("metadata", createMapType(StringType, StringType, false), false),
        createStructField("capture_uri", StringType, false),
        createStructField("captured_at", TimestampType, false),
        createStructField("content_type", StringType, false),
        createStructField("payload_bytes", LongType, false),
        createStructField("input_file", StringType, false),
        createStructField("language", StringType, true),
        createStructField("extraction_error", StringType, true),
    });

    /** Index of the first column the extract stage fills. */
    static final int EXTRACT_COLUMNS_FROM = SCHEMA.fieldIndex("language");

    private ItemTable() {
    }

    /** The row of an item just collected from {@code inputFile}: not yet extracted. */
    public static Row toRow(Collected collected, String inputFile) {
        Item item = collected.item();
        Capture capture = collected.capture();
        return new GenericRowWithSchema(new Object[] {item.id(), item.kind().name(), item.source(), item.uri(),
                item.published().orElse(null), item.title(), item.text(), ScalaCollections.map(new HashMap<>(item.metadata())), capture.uri(),
                capture.capturedAt(), capture.contentType(), (long) capture.payload().length, inputFile, null, null},
                SCHEMA);
    }

    /** {@code row} with the extract stage's columns set. */
    public static Row withExtraction(Row row, Optional<String> language, Optional<String> error) {
        Object[] values = new Object[SCHEMA.size()];
        for (int i = 0; i < EXTRACT_COLUMNS_FROM; i++) {
            values[i] = row.get(i);
        }
        values[EXTRACT_COLUMNS_FROM] = language.orElse(null);
        values[EXTRACT_COLUMNS_FROM + 1] = error.orElse(null);
        return new GenericRowWithSchema(values, SCHEMA);
    }

    public static Item item(Row row) {
        Map<String, String> metadata = row.getJavaMap(row.fieldIndex("metadata"));
        return new Item(row.getAs("id"), SourceKind.valueOf(row.getAs("kind")), row.getAs("source"), row.getAs("uri"),
                Optional.ofNullable(row.<Instant>getAs("published")), row.getAs("title"), row.getAs("text"),
                metadata);
    }
}
