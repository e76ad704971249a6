package org.frontwatch.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.InputCollector;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Collected;
import org.frontwatch.spark.table.BatchRecord;
import org.frontwatch.spark.table.ItemTable;
import org.frontwatch.spark.table.ProblemTable;
import scala.Tuple2;

/**
 * Reads whole files — Telegram exports, WARC and WACZ files, HTML, feeds, documents — with the archive's own
 * {@link InputCollector}, one file at a time, inside a Spark task. A file on the local file system is read in
 * place, so items carry the same paths as when the single-machine pipeline reads it; a file on any other
 * Hadoop file system (HDFS, S3, GCS…) is first copied to the task's local temporary directory, because the
 * collectors read {@link Path}s.
 *
 * <p>A file found by walking a directory that no collector reads (the photos and videos beside a Telegram
 * export's {@code result.json}) is passed over; a file named on the command line that no collector reads is a
 * problem, as in the single-machine pipeline.
 */
public final class FileCollectPartition implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {
    private static final long serialVersionUID = 1L;

    private final Set<String> namedFiles;
    private final Instant batchTime;

    /**
     * @param namedFiles the files named on the command line (qualified Hadoop paths), as opposed to found in a walk
     * @param batchTime  the capture time of material that carries none: one instant for the whole batch
     */
    public FileCollectPartition(Set<String> namedFiles, Instant batchTime) {
        this.namedFiles = Set.copyOf(namedFiles);
        this.batchTime = batchTime;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        InputCollector collector = InputCollector.withDefaultFormats(CollectLimits.defaults(),
                Clock.fixed(batchTime, ZoneOffset.UTC));
        List<Row> records = new ArrayList<>();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            collectFile(collector, file._1(), file._2(), records);
        }
        return records.iterator();
    }

    private void collectFile(InputCollector collector, String name, PortableDataStream stream, List<Row> records) {
        CollectSink sink = new CollectSink() {
            @Override
            public void accept(Collected collected) {
                records.add(BatchRecord.ofItem(ItemTable.toRow(collected, name)));
            }

            @Override
            public void reject(BadInputException problem) {
                records.add(BatchRecord.ofProblem(ProblemTable.toRow("collect", problem)));
            }
        };
        URI uri = URI.create(name);
        if ("file".equals(uri.getScheme())) {
            collectLocal(collector, Path.of(uri), name, sink);
            return;
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("frontwatch-input");
            Path copy = directory.resolve(fileName(uri));
            try (InputStream in = stream.open()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            collectLocal(collector, copy, name, sink);
        } catch (IOException | UncheckedIOException e) {
            sink.reject(new BadInputException(name, "", "cannot copy to the task's local disk: " + e, e));
        } finally {
            deleteQuietly(directory);
        }
    }

    private void collectLocal(InputCollector collector, Path file, String name, CollectSink sink) {
        if (!namedFiles.contains(name)) {
            try {
                if (collector.collectorFor(InputSample.of(file)).isEmpty()) {
                    return;
                }
            } catch (IOException e) {
                sink.reject(new BadInputException(name, "", "cannot read: " + e, e));
                return;
            }
        }
        collector.collect(file, sink);
    }

    private static String fileName(URI uri) {
        String path = uri.getPath() == null ? "input" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "input" : name;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (var walk = Files.walk(directory)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is the operating system's to clean
        }
    }
}
