package org.frontwatch.spark.table;

import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What flows between the job's stages, one row per input unit: either an {@code item} (with, after extraction, its
 * {@code mentions}, {@code claims} and {@code reports}) or a {@code problem}. Keeping an item's findings nested
 * in its row means extraction runs once; the flat tables are selected from these rows when written.
 */
public final class BatchRecord {
    public static final StructType SCHEMA = new StructType(new StructField[] {
        createStructField("item", ItemTable.SCHEMA, true),
        createStructField("problem", ProblemTable.SCHEMA, true),
        createStructField("mentions", createArrayType(MentionTable.SCHEMA, false), false),
        createStructField("claims", createArrayType(ClaimTable.SCHEMA, false), false),
        createStructField("reports", createArrayType(ReportTable.SCHEMA, false), false),
    });

    private static final scala.collection.Seq<Row> EMPTY = ScalaCollections.seq(List.of());

    private BatchRecord() {
    }

    public static Row ofItem(Row item) {
        return RowFactory.create(item, null, EMPTY, EMPTY, EMPTY);
    }

    public static Row ofProblem(Row problem) {
        return RowFactory.create(null, problem, EMPTY, EMPTY, EMPTY);
    }

    public static Row extracted(Row item, List<Row> mentions, List<Row> claims, List<Row> reports) {
        return RowFactory.create(item, null, ScalaCollections.seq(mentions), ScalaCollections.seq(claims),
                ScalaCollections.seq(reports));
    }

    public static boolean isItem(Row record) {
        return !record.isNullAt(0);
    }

    public static Row item(Row record) {
        return record.getStruct(0);
    }
}
