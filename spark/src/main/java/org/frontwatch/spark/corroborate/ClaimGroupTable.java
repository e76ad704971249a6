package org.frontwatch.spark.corroborate;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.register.corroborate.ClaimGroup;
import org.frontwatch.spark.table.ScalaCollections;

/** The {@code claim_groups} table: the register's claim groups, their member claims as an array. */
public final class ClaimGroupTable {
    public static final String NAME = "claim_groups";

    public static final StructType SCHEMA = new StructType(new StructField[] {
        createStructField("id", StringType, false),
        createStructField("subject", StringType, false),
        createStructField("unit", StringType, false),
        createStructField("per", StringType, false),
        createStructField("period", StringType, false),
        createStructField("low", LongType, true),
        createStructField("best", LongType, true),
        createStructField("high", LongType, true),
        createStructField("conflicting", BooleanType, false),
        createStructField("claim_ids", createArrayType(StringType, false), false),
    });

    private ClaimGroupTable() {
    }

    public static Row toRow(ClaimGroup group) {
        return RowFactory.create(group.id(), group.subject(), group.unit(), group.per(), group.period(),
                orNull(group.low()), orNull(group.best()), orNull(group.high()), group.conflicting(),
                ScalaCollections.seq(group.claimIds()));
    }

    private static Long orNull(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
