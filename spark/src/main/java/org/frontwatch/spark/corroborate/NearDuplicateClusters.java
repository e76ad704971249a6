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
import org.frontwatch.register.corroborate.SparkCorroborationParts;
import scala.Tuple2;

/**
 * Near-duplicate clusters on Spark, the same as the register's {@code NearDuplicateDetector} gives: every item's
 * LSH band keys are computed where the item is ({@code flatMap}), items meeting in a band bucket are grouped by
 * the key, each bucket's members are tested against the bucket's first item (the smallest id, the register's
 * walk order) with the detector's own test, and the accepted pairs are joined into components on the driver.
 * A cluster is named by its smallest item id, as in the register.
 */
final class NearDuplicateClusters {
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("item_id", DataTypes.StringType, false),
        DataTypes.createStructField("cluster_id", DataTypes.StringType, false),
    });

    private NearDuplicateClusters() {
    }

    /**
     * The cluster of every item of {@code items} (columns {@code id}, {@code source}, {@code text},
     * {@code forwarded_from}, where {@code text} is what the register signs).
     */
    static Dataset<Row> clusters(SparkSession spark, Dataset<Row> items) {
        JavaPairRDD<String, Tuple2<String, Tuple2<String, String>>> byId = items.javaRDD()
                .mapToPair(row -> new Tuple2<>(row.<String>getAs("id"), new Tuple2<>(row.<String>getAs("text"),
                        new Tuple2<>(row.<String>getAs("source"), row.<String>getAs("forwarded_from")))));
        JavaPairRDD<String, String> candidates = byId
                .flatMapToPair(item -> {
                    long[] keys = SparkCorroborationParts.bandKeys(item._2()._1());
                    List<Tuple2<String, String>> out = new ArrayList<>(keys.length);
                    for (int band = 0; band < keys.length; band++) {
                        out.add(new Tuple2<>(band + ":" + Long.toHexString(keys[band]), item._1()));
                    }
                    return out.iterator();
                })
                .groupByKey()
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
                .distinct();
        JavaRDD<Tuple2<String, String>> accepted = candidates
                .join(byId)
                .mapToPair(pair -> new Tuple2<>(pair._2()._1(), new Tuple2<>(pair._1(), pair._2()._2())))
                .join(byId)
                .filter(pair -> {
                    Tuple2<String, Tuple2<String, String>> first = pair._2()._1()._2();
                    Tuple2<String, Tuple2<String, String>> candidate = pair._2()._2();
                    return SparkCorroborationParts.nearDuplicates(first._1(), first._2()._1(),
                            Optional.ofNullable(first._2()._2()), candidate._1(), candidate._2()._1(),
                            Optional.ofNullable(candidate._2()._2()));
                })
                .map(pair -> new Tuple2<>(pair._2()._1()._1(), pair._1()));
        ConnectedComponents components = new ConnectedComponents();
        accepted.collect().forEach(edge -> components.connect(edge._1(), edge._2()));
        List<Row> clustered = new ArrayList<>();
        for (Map.Entry<String, String> entry : components.components().entrySet()) {
            clustered.add(RowFactory.create(entry.getKey(), entry.getValue()));
        }
        Dataset<Row> joined = spark.createDataFrame(clustered, SCHEMA);
        return items.select(col("id").as("item_id"))
                .join(joined, "item_id", "left")
                .select(col("item_id"), coalesce(col("cluster_id"), col("item_id")).as("cluster_id"));
    }
}
