package org.frontwatch.spark.table;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.BadInputException;

/**
 * The {@code problems} table: every input the job could not read, with file and position, so that a bad file or
 * message is recorded instead of failing the batch.
 */
public final class ProblemTable {
    public static final String NAME = "problems";

    public static final StructType SCHEMA = new StructType(new StructField[] {
        createStructField("stage", StringType, false),
        createStructField("source", StringType, false),
        createStructField("position", StringType, true),
        createStructField("message", StringType, false),
    });

    private ProblemTable() {
    }

    public static Row toRow(String stage, BadInputException problem) {
        return RowFactory.create(stage, problem.source(), problem.position().orElse(null), problem.getMessage());
    }
}
