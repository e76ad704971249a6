package org.frontwatch.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontwatch.model.ContentDigest;

/**
 * The {@code inputs} table: every input file of the batch with its size and SHA-256, computed where the file is.
 * The input files are the batch's preserved evidence; the bulk load enters each in the custody log with its digest.
 */
public final class InputDigests {
    public static final String NAME = "inputs";

    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("bytes", DataTypes.LongType, false),
        DataTypes.createStructField("sha256", DataTypes.StringType, false),
    });

    private InputDigests() {
    }

    public static Dataset<Row> of(SparkSession spark, JavaSparkContext context, InputFiles files) {
        List<String> all = new ArrayList<>(files.jsonLines());
        all.addAll(files.whole());
        if (all.isEmpty()) {
            return spark.createDataFrame(List.of(), SCHEMA);
        }
        String paths = String.join(",", all.stream().map(path -> path.replace(",", "\\,")).toList());
        JavaRDD<Row> digests = context.binaryFiles(paths, Math.max(1, Math.min(all.size(),
                        context.defaultParallelism())))
                .map(file -> {
                    MessageDigest sha256 = ContentDigest.newSha256();
                    long bytes = 0;
                    byte[] buffer = new byte[1 << 16];
                    try (InputStream in = file._2().open()) {
                        int read;
                        while ((read = in.read(buffer)) > 0) {
                            sha256.update(buffer, 0, read);
                            bytes += read;
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read input " + file._1(), e);
                    }
                    return RowFactory.create(file._1(), bytes, HexFormat.of().formatHex(sha256.digest()));
                });
        return spark.createDataFrame(digests, SCHEMA);
    }
}
