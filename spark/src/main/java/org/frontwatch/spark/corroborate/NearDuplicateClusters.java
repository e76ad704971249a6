package org.frontwatch.spark.corroborate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.frontwatch.register.corroborate.Corroborator;
import org.frontwatch.register.corroborate.NearDuplicateDetector;
import scala.Tuple2;

/**
 * Near-duplicate clusters on Spark, the same as the register's {@link NearDuplicateDetector} gives, by the
 * detector's own public parts: every item is signed once where it is ({@link NearDuplicateDetector#signature}
 * of {@link Corroborator#signedText}), its {@value NearDuplicateDetector#BANDS} band keys
 * ({@link NearDuplicateDetector#bandKey}) are grouped into buckets, each bucket's members are tested against the
 * bucket's first item (the smallest id, the register's walk order) with {@link NearDuplicateDetector#joins}, and
 * the accepted pairs are joined into components on the driver. Only ids and signatures (32 numbers) cross the
 * shuffles, never texts. A cluster is named by its smallest item id, as in the register.
 */
final class NearDuplicateClusters {
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("item_id", DataTypes.StringType, false),
        DataTypes.createStructField("cluster_id", DataTypes.StringType, false),
    });

    private NearDuplicateClusters() {
    }

    /**
     * The cluster of every item of {@code items} (columns {@code id}, {@code source}, {@code title}, {@code text},
     * {@code forwarded_from}), shuffled into {@code partitions} partitions.
     */
    static Dataset<Row> clusters(SparkSession spark, Dataset<Row> items, int partitions) {
        JavaPairRDD<String, Tuple2<int[], Tuple2<String, String>>> signed = items
                .select(col("id"), col("source"), col("title"), col("text"), col("forwarded_from"))
                .javaRDD()
                .flatMapToPair(row -> NearDuplicateDetector.signature(
                                Corroborator.signedText(row.getString(2), row.getString(3)))
                        .map(signature -> List.of(new Tuple2<>(row.getString(0),
                                new Tuple2<>(signature, new Tuple2<>(row.getString(1), row.getString(4))))))
                        .orElse(List.of()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // Signed once before the band keys and both joins read it: otherwise Spark runs those three
            // independent stages at the same time and each signs every item again.
            signed.count();
            List<Tuple2<String, String>> accepted = accepted(signed, partitions).collect();
            ConnectedComponents components = new ConnectedComponents();
            accepted.forEach(edge -> components.connect(edge._1(), edge._2()));
            List<Row> clustered = new ArrayList<>();
            for (Map.Entry<String, String> entry : components.components().entrySet()) {
                clustered.add(RowFactory.create(entry.getKey(), entry.getValue()));
            }
            Dataset<Row> joined = spark.createDataFrame(clustered, SCHEMA);
            return items.select(col("id").as("item_id"))
                    .join(joined, "item_id", "left")
                    .select(col("item_id"), coalesce(col("cluster_id"), col("item_id")).as("cluster_id"));
        } finally {
            signed.unpersist(false);
        }
    }

    /** The pairs (first item of a bucket, member) that pass the detector's test. */
    private static JavaRDD<Tuple2<String, String>> accepted(
            JavaPairRDD<String, Tuple2<int[], Tuple2<String, String>>> signed, int partitions) {
        JavaPairRDD<String, String> candidates = signed
                .flatMapToPair(item -> {
                    int[] signature = item._2()._1();
                    List<Tuple2<Tuple2<Integer, Long>, String>> out = new ArrayList<>(NearDuplicateDetector.BANDS);
                    for (int band = 0; band < NearDuplicateDetector.BANDS; band++) {
                        out.add(new Tuple2<>(new Tuple2<>(band, NearDuplicateDetector.bandKey(signature, band)),
                                item._1()));
                    }
                    return out.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(bucket -> {
                    List<String> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    List<Tuple2<String, String>> pairs = new ArrayList<>();
                    if (members.size() > 1) {
                        String first = members.stream().min(String::compareTo).orElseThrow();
                        for (String member : members) {
                            if (!member.equals(first)) {
                                pairs.add(new Tuple2<>(first, member));
                            }
                        }
                    }
                    return pairs.iterator();
                })
                .distinct(partitions);
        return candidates
                .join(signed, partitions)
                .mapToPair(pair -> new Tuple2<>(pair._2()._1(), new Tuple2<>(pair._1(), pair._2()._2())))
                .join(signed, partitions)
                .filter(pair -> {
                    Tuple2<int[], Tuple2<String, String>> first = pair._2()._1()._2();
                    Tuple2<int[], Tuple2<String, String>> candidate = pair._2()._2();
                    return NearDuplicateDetector.joins(first._1(), first._2()._1(),
                            Optional.ofNullable(first._2()._2()), candidate._1(), candidate._2()._1(),
                            Optional.ofNullable(candidate._2()._2()));
                })
                .map(pair -> new Tuple2<>(pair._2()._1()._1(), pair._1()));
    }
}
