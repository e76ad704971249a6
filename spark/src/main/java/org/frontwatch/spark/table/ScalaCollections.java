package org.frontwatch.spark.table;

import java.util.List;
import java.util.Map;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Java lists and maps as the Scala collections Spark's row encoder takes for array and map columns (Spark 4
 * refuses {@code java.util} collections in rows it encodes).
 */
public final class ScalaCollections {
    private ScalaCollections() {
    }

    public static <T> scala.collection.Seq<T> seq(List<T> values) {
        return CollectionConverters.asScala(values);
    }

    public static <K, V> scala.collection.Map<K, V> map(Map<K, V> values) {
        return CollectionConverters.asScala(values);
    }
}
