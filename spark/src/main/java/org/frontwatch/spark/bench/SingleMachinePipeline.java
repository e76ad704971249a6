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
 * store (SQLite) → the register's corroborator.
 */
public final class SingleMachinePipeline {
    private static final int CHUNK = 5_000;

    private SingleMachinePipeline() {
    }

    /** Runs the pipeline over {@code inputs} into a register in {@code data}; returns the number of items stored. */
    public static int run(List<Path> inputs, Path data) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        List<Collected> collected = new ArrayList<>();
        CollectSink sink = new CollectSink() {
            @Override
            public void accept(Collected item) {
                collected.add(item);
            }

            @Override
            public void reject(BadInputException problem) {
                // the Spark job records problems in its own table; the comparison is of what was read
            }
        };
        InputCollector collector = InputCollector.withDefaultFormats(CollectLimits.defaults(), clock);
        JsonLinesItemReader lines = new JsonLinesItemReader(clock);
        for (Path input : inputs) {
            if (input.toString().endsWith(".jsonl")) {
                try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                    String line;
                    long offset = 0;
                    while ((line = reader.readLine()) != null) {
                        if (!JsonLinesItemReader.isBlank(line)) {
                            collected.add(lines.read(line, input.toString(), "offset " + offset));
                        }
                        offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
                    }
                }
            } else {
                collector.collect(input, sink);
            }
        }
        Extractor extractor = Extractor.create();
        try (Register register = Register.open(new RegisterSettings(data, Optional.empty()))) {
            List<ExtractedItem> chunk = new ArrayList<>(CHUNK);
            for (Collected each : collected) {
                chunk.add(new ExtractedItem(each.item(), new CaptureLocation("reference.warc.gz", 0,
                        each.capture().sha256()), extractor.extract(each.item())));
                if (chunk.size() == CHUNK) {
                    register.putAll(chunk);
                    chunk.clear();
                }
            }
            register.putAll(chunk);
            register.rebuild();
            register.commit();
        }
        return collected.size();
    }
}
