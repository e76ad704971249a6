package org.frontwatch.spark.corroborate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontwatch.model.Claim;
import org.frontwatch.register.corroborate.ClaimGroup;
import org.frontwatch.register.corroborate.ClaimGrouper;
import org.frontwatch.register.store.StoredClaim;
import org.frontwatch.spark.table.ClaimTable;

/**
 * Claim groups on Spark, built by the register's own grouper: claims are partitioned by counted thing, rate period
 * and publication month — parts of the grouper's key, so that no group is split — and each partition is grouped
 * by the register's {@code ClaimGrouper}, which also compares subjects.
 */
final class ClaimGrouping {
    private ClaimGrouping() {
    }

    /** The claim groups of {@code claims}: rows of the claims table with their item's {@code published_day}. */
    static Dataset<Row> groups(SparkSession spark, Dataset<Row> claims, int partitions) {
        JavaRDD<Row> groups = claims.javaRDD()
                .groupBy(row -> row.<String>getAs("unit") + "\u001f" + nullToEmpty(row.getAs("per")) + "\u001f"
                        + ClaimGrouper.period(Optional.ofNullable(row.<LocalDate>getAs("published_day"))), partitions)
                .flatMap(group -> {
                    ClaimGrouper grouper = new ClaimGrouper();
                    for (Row row : group._2()) {
                        Claim claim = ClaimTable.fromRow(row);
                        grouper.add(new StoredClaim(row.getAs("id"), row.getAs("item_id"), claim),
                                Optional.ofNullable(row.getAs("published_day")));
                    }
                    List<Row> rows = new ArrayList<>();
                    for (ClaimGroup claimGroup : grouper.groups()) {
                        rows.add(ClaimGroupTable.toRow(claimGroup));
                    }
                    return rows.iterator();
                });
        return spark.createDataFrame(groups, ClaimGroupTable.SCHEMA);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
