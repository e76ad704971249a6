package org.frontwatch.archive.collect;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.frontwatch.archive.collect.document.TikaDocumentCollector;
import org.frontwatch.archive.collect.feed.FeedCollector;
import org.frontwatch.archive.collect.html.HtmlCollector;
import org.frontwatch.archive.collect.telegram.TelegramExportCollector;
import org.frontwatch.archive.collect.text.PlainTextCollector;
import org.frontwatch.archive.collect.warc.WaczCollector;
import org.frontwatch.archive.collect.warc.WarcCollector;
import org.frontwatch.model.BadInputException;

/**
 * Chooses the collector for each file by format detection (name and first bytes) and walks directories in
 * sorted, deterministic order. The first collector that accepts a file reads it; a file that none accepts is
 * rejected with a message naming it and what it looked like.
 *
 * <p>In a directory walk, hidden files and media files (images, audio, video, stickers — what a Telegram export
 * folder holds beside its {@code result.json}) are passed over silently; a media file named directly is
 * rejected like any other unknown format.
 */
public final class InputCollector {
    private static final Set<String> MEDIA_EXTENSIONS = Set.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic",
            ".mp4", ".mov", ".webm", ".mkv", ".avi", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".wav", ".tgs",
            ".css", ".js", ".ico", ".svg");

    private final List<Collector> collectors;

    public InputCollector(List<Collector> collectors) {
        this.collectors = List.copyOf(collectors);
        if (this.collectors.isEmpty()) {
            throw new IllegalArgumentException("at least one collector is needed: " + collectors);
        }
    }

    /** Every format Frontwatch reads, captures timed by the system clock. */
    public static InputCollector withDefaultFormats(CollectLimits limits) {
        return withDefaultFormats(limits, Clock.systemUTC());
    }

    /** Every format Frontwatch reads; {@code clock} times the captures of material that carries no capture time. */
    public static InputCollector withDefaultFormats(CollectLimits limits, Clock clock) {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        return new InputCollector(List.of(
                new WaczCollector(limits),
                new WarcCollector(limits),
                new TelegramExportCollector(limits, clock),
                new FeedCollector(limits, clock),
                new HtmlCollector(limits, clock),
                new TikaDocumentCollector(limits, clock),
                new PlainTextCollector(limits, clock)));
    }

    /** The collectors in the order they are asked. */
    public List<Collector> collectors() {
        return collectors;
    }

    /**
     * Collects one file, or every file under a directory in sorted order. Bad input goes to
     * {@link CollectSink#reject}; an exception thrown by {@code sink} itself is not bad input: it stops the
     * collection and is rethrown here.
     */
    public void collect(Path fileOrDirectory, CollectSink sink) {
        Objects.requireNonNull(sink, "sink");
        GuardedSink guarded = new GuardedSink(sink);
        try {
            collectGuarded(fileOrDirectory, guarded);
        } catch (RuntimeException e) {
            guarded.failure().ifPresent(failure -> {
                throw failure;
            });
            throw e;
        }
        guarded.failure().ifPresent(failure -> {
            throw failure;
        });
    }

    private void collectGuarded(Path fileOrDirectory, GuardedSink sink) {
        if (Files.isDirectory(fileOrDirectory)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(fileOrDirectory)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(file -> !isPassedOverInWalk(fileOrDirectory.relativize(file)))
                        .sorted()
                        .toList();
            } catch (IOException | RuntimeException e) {
                sink.reject(new BadInputException(fileOrDirectory.toString(), "",
                        "cannot list directory: " + e.getMessage(), e));
                return;
            }
            files.forEach(file -> collectFile(file, sink));
        } else {
            collectFile(fileOrDirectory, sink);
        }
    }

    /**
     * Collects bytes fetched from {@code uri} (by the live fetcher): an RSS/Atom feed when the content type or
     * the first bytes say so, else an HTML page; {@code contentType} may be empty. Feed entries and the page are
     * read as from a file, their captures addressed by {@code uri}.
     */
    public void collect(InputStream body, String uri, String contentType, CollectSink sink) {
        Objects.requireNonNull(sink, "sink");
        GuardedSink guarded = new GuardedSink(sink);
        try (BufferedInputStream in = new BufferedInputStream(body, InputSample.HEAD_BYTES)) {
            in.mark(InputSample.HEAD_BYTES);
            InputSample sample = new InputSample(Path.of("fetched"), in.readNBytes(InputSample.HEAD_BYTES));
            in.reset();
            String type = contentType.toLowerCase(java.util.Locale.ROOT);
            Optional<FeedCollector> feeds = first(FeedCollector.class);
            Optional<HtmlCollector> pages = first(HtmlCollector.class);
            if (feeds.isPresent() && (type.contains("rss") || type.contains("atom") || feeds.get().accepts(sample))) {
                feeds.get().collect(in, uri, guarded);
            } else if (pages.isPresent() && (type.isEmpty() || type.contains("html") || pages.get().accepts(sample))) {
                pages.get().collect(in, uri, guarded);
            } else {
                guarded.reject(new BadInputException(uri, "offset 0", "fetched content of type '" + contentType
                        + "' is neither a feed nor an HTML page (" + FormatDescription.describe(sample) + ")"));
            }
        } catch (IOException e) {
            guarded.reject(new BadInputException(uri, "", "cannot read the fetched body: " + e.getMessage(), e));
        }
        guarded.failure().ifPresent(failure -> {
            throw failure;
        });
    }

    private <T extends Collector> Optional<T> first(Class<T> type) {
        return collectors.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The collector that would read {@code sample}, if any. */
    public Optional<Collector> collectorFor(InputSample sample) {
        return collectors.stream().filter(collector -> collector.accepts(sample)).findFirst();
    }

    private void collectFile(Path file, GuardedSink sink) {
        InputSample sample;
        try {
            sample = InputSample.of(file);
        } catch (IOException | RuntimeException e) {
            sink.reject(new BadInputException(file.toString(), "", "cannot read: " + e, e));
            return;
        }
        Optional<Collector> collector = collectorFor(sample);
        if (collector.isEmpty()) {
            sink.reject(new BadInputException(file.toString(), "offset 0", "not a format Frontwatch reads ("
                    + FormatDescription.describe(sample) + ")"));
            return;
        }
        try {
            collector.get().collect(file, sink);
        } catch (BadInputException e) {
            if (sink.failure().isEmpty()) {
                sink.reject(e);
            }
        } catch (RuntimeException e) {
            if (sink.failure().isEmpty()) {
                sink.reject(new BadInputException(file.toString(), "", collector.get().format()
                        + " collector failed: " + e, e));
            }
        }
        sink.failure().ifPresent(failure -> {
            throw failure;
        });
    }

    private static boolean isPassedOverInWalk(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && MEDIA_EXTENSIONS.contains(name.substring(dot));
    }
}
