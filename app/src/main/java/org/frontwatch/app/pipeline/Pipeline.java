package org.frontwatch.app.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.InputCollector;
import org.frontwatch.archive.preserve.capture.CaptureSettings;
import org.frontwatch.archive.preserve.capture.LiveCapture;
import org.frontwatch.archive.preserve.capture.UrlCapturer;
import org.frontwatch.archive.preserve.custody.CustodyAction;
import org.frontwatch.extract.Extractor;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.CaptureRefusedException;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.Item;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;
import org.frontwatch.model.UsageException;
import org.frontwatch.register.corroborate.CorroborationSummary;

/**
 * The ingest pipeline over one workspace: collect → preserve (WARC + custody) → extract → store and index, then
 * corroborate. Items whose id is already stored are skipped (ids come from content), so re-running an ingest adds
 * nothing. Extraction runs on all cores; preserving and storing stay in input order on the calling thread, so the
 * store has one writer and a capture is durable in the WARC before its item is stored.
 */
public final class Pipeline {
    private static final int EXTRACTIONS_IN_FLIGHT = 64;

    private final Workspace workspace;
    private final String actor;

    public Pipeline(Workspace workspace, String actor) {
        this.workspace = workspace;
        this.actor = actor;
    }

    /** Ingests files and directories (every format the collectors read), then corroborates. */
    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        return ingest(inputs.stream().map(Path::toString).toList(), CaptureSettings.defaults(), listener);
    }

    /**
     * Ingests files, directories and {@code http(s)://} URLs — each URL captured live under {@code captureSettings}
     * (timeouts, size cap, redirects, private addresses refused unless allowed) — then corroborates.
     */
    public IngestReport ingest(List<String> inputs, CaptureSettings captureSettings, IngestListener listener) {
        for (String input : inputs) {
            if (!isUrl(input) && !Files.exists(Path.of(input))) {
                throw new UsageException("no such file or directory: " + input);
            }
        }
        InputCollector collector = InputCollector.withDefaultFormats(CollectLimits.defaults());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService extraction = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "frontwatch-extract");
            thread.setDaemon(true);
            return thread;
        });
        Batch batch = new Batch(listener, extraction);
        try {
            UrlCapturer capturer = new UrlCapturer(captureSettings);
            for (String input : inputs) {
                if (isUrl(input)) {
                    batch.capture(capturer, input);
                } else {
                    collector.collect(Path.of(input), batch);
                }
            }
            batch.drain(0);
        } finally {
            extraction.shutdownNow();
            workspace.register().index().commit();
        }
        corroborate();
        return batch.report();
    }

    /** Recomputes near-duplicate clusters, incidents and claim groups from the store. */
    public CorroborationSummary corroborate() {
        return workspace.register().corroborator().rebuild();
    }

    static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }


    /** One ingest run: the sink the collectors feed, with the extractions in flight. */
    private final class Batch implements CollectSink {
        private final IngestListener listener;
        private final ExecutorService extraction;
        private final Deque<Pending> inFlight = new ArrayDeque<>();
        private final List<String> rejected = new ArrayList<>();
        private final List<String> refused = new ArrayList<>();
        private int stored;
        private int alreadyStored;
        private int failed;

        Batch(IngestListener listener, ExecutorService extraction) {
            this.listener = listener;
            this.extraction = extraction;
        }

        @Override
        public void accept(Collected collected) {
            if (!isNew(collected.item())) {
                return;
            }
            extractLater(collected, workspace.archive().preserve(collected));
        }

        /** Captures a URL live and preserves the request and response records; a refusal is a rejected input. */
        void capture(UrlCapturer capturer, String url) {
            LiveCapture live;
            try {
                live = capturer.capture(url);
            } catch (CaptureRefusedException e) {
                refused.add(e.getMessage());
                workspace.register().store().recordFailure(url, "", e.getMessage());
                listener.refused(url, e);
                return;
            }
            if (isNew(live.collected().item())) {
                extractLater(live.collected(), workspace.archive().preserveExchange(live));
            }
        }

        private boolean isNew(Item item) {
            if (workspace.register().store().contains(item.id())
                    || inFlight.stream().anyMatch(pending -> pending.item.id().equals(item.id()))) {
                alreadyStored++;
                listener.itemDone(item, IngestOutcome.ALREADY_STORED);
                return false;
            }
            return true;
        }

        private void extractLater(Collected collected, CaptureLocation location) {
            Item item = collected.item();
            workspace.custody().append(actor, CustodyAction.CAPTURED, item.id(), Map.of(
                    "uri", item.uri(),
                    "sha256", collected.capture().sha256(),
                    "warc", location.warcFile(),
                    "offset", Long.toString(location.offset()),
                    "kind", item.kind().name()));
            Future<Extraction> future = extraction.submit(() -> workspace.extractor()
                    .extract(item));
            inFlight.addLast(new Pending(item, location, future));
            drain(EXTRACTIONS_IN_FLIGHT);
        }

        @Override
        public void reject(BadInputException problem) {
            rejected.add(problem.getMessage());
            workspace.register().store().recordFailure(problem.source(), problem.position().orElse(""),
                    problem.getMessage());
            listener.rejected(problem);
        }

        /** Stores finished extractions in input order until at most {@code keep} remain in flight. */
        void drain(int keep) {
            while (inFlight.size() > keep) {
                Pending pending = inFlight.removeFirst();
                store(pending);
            }
        }

        private void store(Pending pending) {
            Item item = pending.item;
            try {
                Extraction extraction = pending.extraction.get();
                workspace.custody().append(actor, CustodyAction.EXTRACTED, item.id(), Map.of(
                        "language", extraction.language().code(),
                        "mentions", Integer.toString(extraction.mentions().size()),
                        "claims", Integer.toString(extraction.claims().size()),
                        "events", Integer.toString(extraction.events().size())));
                workspace.register().store().put(item, pending.location, extraction);
                workspace.register().index().put(item, extraction);
                stored++;
                listener.itemDone(item, IngestOutcome.STORED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FrontwatchException("interrupted while extracting " + item.uri(), e);
            } catch (ExecutionException e) {
                recordExtractionFailure(pending, e.getCause());
            }
        }

        private void recordExtractionFailure(Pending pending, Throwable cause) {
            Item item = pending.item;
            String message = "extraction failed for " + item.uri() + ": " + cause;
            Extraction nothing = new Extraction(Language.OTHER, Extractor.publicationDay(item), List.of(), List.of(),
                    List.of());
            workspace.register().store().put(item, pending.location, nothing);
            workspace.register().store().setItemStatus(item.id(), ItemStatus.FAILED, Instant.now(),
                    message);
            workspace.register().store().recordFailure(item.uri(), "", message);
            workspace.register().index().put(item, nothing);
            failed++;
            listener.itemDone(item, IngestOutcome.EXTRACTION_FAILED);
        }

        IngestReport report() {
            return new IngestReport(stored, alreadyStored, failed, rejected, refused);
        }
    }

    private record Pending(Item item, CaptureLocation location, Future<Extraction> extraction) {
    }
}
