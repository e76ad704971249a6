package org.frontwatch.app.server.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.frontwatch.app.pipeline.IngestListener;
import org.frontwatch.app.pipeline.IngestOutcome;
import org.frontwatch.app.pipeline.IngestReport;
import org.frontwatch.app.pipeline.Pipeline;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.app.server.view.IngestResult;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Item;

/**
 * Ingests an upload through the application's {@link Pipeline}: the bytes go to a private temporary file under
 * their own name (the name tells the format), the pipeline preserves, extracts, registers and corroborates, and
 * the custody log names the uploader as {@code web:<account>}. One upload at a time: the store has one writer.
 */
public final class PipelineUploadIngest implements UploadIngest {
    private final Workspace workspace;

    public PipelineUploadIngest(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public synchronized IngestResult ingest(String fileName, byte[] bytes, String actor) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("frontwatch-upload-");
            Path file = directory.resolve(Path.of(fileName).getFileName().toString());
            Files.write(file, bytes);
            List<String> itemIds = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            IngestReport report = new Pipeline(workspace, "web:" + actor).ingest(List.of(file), new IngestListener() {
                @Override
                public void itemDone(Item item, IngestOutcome outcome) {
                    itemIds.add(item.id());
                    if (outcome == IngestOutcome.EXTRACTION_FAILED) {
                        problems.add("extraction failed for item " + item.id());
                    }
                }

                @Override
                public void rejected(BadInputException problem) {
                    problems.add(problem.getMessage().replace(file.toString(), fileName));
                }
            });
            report.rejected().stream().map(message -> message.replace(file.toString(), fileName))
                    .filter(message -> !problems.contains(message)).forEach(problems::add);
            return new IngestResult(itemIds, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage upload " + fileName, e);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
