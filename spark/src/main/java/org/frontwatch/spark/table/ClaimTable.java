package org.frontwatch.spark.table;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.Claim;
import org.frontwatch.model.Figure;
import org.frontwatch.model.Span;

/** The {@code claims} table: one row per claim, its figure in flat columns; {@code ordinal} keeps the extractor's order. */
public final class ClaimTable {
    public static final String NAME = "claims";

    public static final StructType SCHEMA = new StructType(new StructField[] {
        createStructField("id", StringType, false),
        createStructField("item_id", StringType, false),
        createStructField("ordinal", IntegerType, false),
        createStructField("text", StringType, false),
        createStructField("start", IntegerType, false),
        createStructField("end", IntegerType, false),
        createStructField("claimant", StringType, true),
        createStructField("claimant_key", StringType, true),
        createStructField("subject", StringType, false),
        createStructField("low", LongType, true),
        createStructField("high", LongType, true),
        createStructField("unit", StringType, false),
        createStructField("per", StringType, true),
    });

    private ClaimTable() {
    }

    public static Row toRow(String id, String itemId, int ordinal, Claim claim) {
        Figure figure = claim.figure();
        return RowFactory.create(id, itemId, ordinal, claim.text(), claim.span().start(), claim.span().end(),
                RowFields.orNull(claim.claimant()), RowFields.orNull(claim.claimantKey()), claim.subject(),
                RowFields.orNull(figure.low()), RowFields.orNull(figure.high()), figure.unit(),
                RowFields.orNull(figure.per()));
    }

    public static Claim fromRow(Row row) {
        return new Claim(row.getAs("text"), new Span(row.<Integer>getAs("start"), row.<Integer>getAs("end")),
                RowFields.optionalString(row, "claimant"), RowFields.optionalString(row, "claimant_key"),
                row.getAs("subject"), RowFields.figure(row).orElseThrow());
    }
}
