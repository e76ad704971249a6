package org.frontwatch.spark;

import org.apache.spark.sql.SparkSession;

/** One Spark session on {@code local[2]} for the whole test run, bound to 127.0.0.1, stopped when the JVM ends. */
public final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.local(2);
            session.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }
}
