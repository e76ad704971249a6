package org.frontwatch.spark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.InputCollector;
import org.frontwatch.extract.Extractor;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Collected;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.register.store.ExtractedItem;
import org.frontwatch.spark.input.JsonLinesItemReader;

/**
 * The single-machine pipeline driven stage by stage, as the reference the Spark job must match: the archive's
 * collector (JSON lines through the same line reader) → the extract stage's {@link Extractor} → the register's
 * store (SQLite) → the register's corroborator. Items stream through in chunks of {@value #CHUNK}, so a million
 * messages never sit in memory at once.
 */
public final class SingleMachinePipeline {
    private static final int CHUNK = 5_000;

    private SingleMachinePipeline() {
    }

    /** Runs the pipeline over {@code inputs} into a register in {@code data}; returns the number of items stored. */
    public static int run(List<Path> inputs, Path data) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        InputCollector collector = InputCollector.withDefaultFormats(CollectLimits.defaults(), clock);
        JsonLinesItemReader lines = new JsonLinesItemReader(clock);
        Extractor extractor = Extractor.create();
        try (Register register = Register.open(new RegisterSettings(data, Optional.empty()))) {
            ChunkedLoad load = new ChunkedLoad(register, extractor);
            CollectSink sink = new CollectSink() {
                @Override
                public void accept(Collected item) {
                    load.add(item);
                }

                @Override
                public void reject(BadInputException problem) {
                    // the Spark job records problems in its own table; the comparison is of what was read
                }
            };
            for (Path input : inputs) {
                if (input.toString().endsWith(".jsonl")) {
                    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                        String line;
                        long offset = 0;
                        while ((line = reader.readLine()) != null) {
                            if (!JsonLinesItemReader.isBlank(line)) {
                                load.add(lines.read(line, input.toString(), "offset " + offset));
                            }
                            offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
                        }
                    }
                } else {
                    collector.collect(input, sink);
                }
            }
            load.flush();
            register.rebuild();
            register.commit();
            return load.items;
        }
    }

    /** Extracts collected items and puts them into the register a chunk at a time. */
    private static final class ChunkedLoad {
        private final Register register;
        private final Extractor extractor;
        private final List<ExtractedItem> chunk = new ArrayList<>(CHUNK);
        private int items;

        ChunkedLoad(Register register, Extractor extractor) {
            this.register = register;
            this.extractor = extractor;
        }

        void add(Collected each) {
            chunk.add(new ExtractedItem(each.item(), new CaptureLocation("reference.warc.gz", 0,
                    each.capture().sha256()), extractor.extract(each.item())));
            items++;
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            register.putAll(chunk);
            chunk.clear();
        }
    }
}
