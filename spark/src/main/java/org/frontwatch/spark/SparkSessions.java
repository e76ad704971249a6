package org.frontwatch.spark;

import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session the job runs in. On a laptop ({@code local[N]}) the driver binds to 127.0.0.1 and the web UI
 * stays off, so the job opens no port beyond the loopback interface; on a cluster, spark-submit's settings win.
 * Dates and instants cross into rows as {@code java.time} values ({@code spark.sql.datetime.java8API.enabled}).
 * What the job's RDD stages shuffle (ids, signatures, report rows) is serialised with Kryo, which is faster and
 * smaller than Java serialisation, without reference tracking (the shuffled values hold no cycles and share
 * little); a cluster's own {@code spark.serializer} setting wins.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession create(Optional<String> master) {
        SparkSession.Builder builder = SparkSession.builder().appName("frontwatch")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC");
        if (!new SparkConf().contains("spark.serializer")) {
            builder.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                    .config("spark.kryo.referenceTracking", "false");
        }
        if (master.isPresent()) {
            builder.master(master.get());
            if (master.get().startsWith("local")) {
                builder.config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.ui.enabled", "false");
            }
        }
        return builder.getOrCreate();
    }

    /** A session on {@code local[threads]} for tests and benchmarks. */
    public static SparkSession local(int threads) {
        return create(Optional.of("local[" + threads + "]"));
    }
}
