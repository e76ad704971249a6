package org.frontwatch.archive.preserve.custody;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.archive.preserve.Repair;
import org.frontwatch.model.EvidenceException;
import org.frontwatch.model.StoreException;

/**
 * The append-only, hash-chained custody log: one JSON line per action, each chained to the one before by the
 * rule written on {@link CustodyEntry}. Every append is written whole and fsync'd before it returns, so an entry
 * that was returned survives a crash or {@code kill -9}. A line torn by a crash is cut away at {@link #open} and
 * reported by {@link #repair()} for the caller to log.
 *
 * <p>Thread-safe. One process at a time: the file is locked while open. To answer {@link #entries(String)}
 * without holding every entry in memory, the log keeps only the byte offsets of each subject's lines.
 */
public final class CustodyLog implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Clock clock;
    private final Optional<Repair> repair;
    private final Map<String, List<Long>> offsetsBySubject = new HashMap<>();
    private long size;
    private long lastSeq;
    private String head;

    private CustodyLog(Path file, FileChannel channel, FileLock lock, Clock clock, Optional<Repair> repair) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.clock = clock;
        this.repair = repair;
    }

    /** Opens (or creates) the log at {@code file}, cutting back a torn last line. */
    public static CustodyLog open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps new entries. */
    public static CustodyLog open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        FileChannel channel = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            boolean created = !Files.exists(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (created && parent != null) {
                forceDirectory(parent);
            }
            FileLock lock = lockOrFail(file, channel);
            List<Indexed> indexed = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            LineScanner.Result scanned = LineScanner.scan(file, (offset, number, bytes) -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                try {
                    indexed.add(new Indexed(offset, CustodyLineParser.parse(text)));
                } catch (IllegalArgumentException e) {
                    unreadable.add(file + " line " + number + " (offset " + offset + "): " + e.getMessage());
                    indexed.add(new Indexed(offset, null));
                }
            });
            Optional<Repair> repair = Optional.empty();
            if (scanned.tornTail()) {
                channel.truncate(scanned.terminatedEnd());
                channel.force(true);
                repair = Optional.of(new Repair(file, scanned.terminatedEnd(),
                        scanned.fileLength() - scanned.terminatedEnd(), "unterminated last line"));
            }
            CustodyLog log = new CustodyLog(file, channel, lock, clock, repair);
            log.load(indexed, scanned.terminatedEnd(), unreadable);
            return log;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot open custody log " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private void load(List<Indexed> indexed, long length, List<String> unreadable) {
        size = length;
        head = CustodyEntry.GENESIS;
        if (!indexed.isEmpty() && indexed.get(indexed.size() - 1).entry() == null) {
            throw new EvidenceException("custody log cannot be continued, its last line is unreadable: "
                    + unreadable.get(unreadable.size() - 1));
        }
        for (Indexed line : indexed) {
            if (line.entry() != null) {
                offsetsBySubject.computeIfAbsent(line.entry().subject(), s -> new ArrayList<>()).add(line.offset());
                head = line.entry().hash();
                lastSeq = line.entry().seq();
            }
        }
    }

    /**
     * Appends one entry and fsyncs it before returning.
     *
     * @param actor   who acted: a user name or a pipeline stage ("ingest", "recheck")
     * @param action  one of the {@link CustodyAction} words
     * @param subject what was acted on: an item id, a WARC file, an export file
     * @param detail  facts of the action (file, offset, status…)
     */
    public synchronized CustodyEntry append(String actor, String action, String subject,
                                            Map<String, String> detail) {
        CustodyEntry entry = CustodyEntry.chained(lastSeq + 1, clock.instant(), actor, action, subject, detail, head);
        byte[] line = (entry.line() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long position = size;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new StoreException("cannot append to custody log " + file + " at offset " + size + ": "
                    + e.getMessage(), e);
        }
        offsetsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(size);
        size += line.length;
        lastSeq = entry.seq();
        head = entry.hash();
        return entry;
    }

    /** As {@link #append(String, String, String, Map)} with the action's word. */
    public CustodyEntry append(String actor, CustodyAction action, String subject, Map<String, String> detail) {
        return append(actor, action.word(), subject, detail);
    }

    /** The hash of the last entry ({@link CustodyEntry#GENESIS} when empty): publish it to fix the log. */
    public synchronized String head() {
        return head;
    }

    /** The sequence number of the last entry; 0 when empty. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** Every entry about {@code subject}, oldest first. */
    public synchronized List<CustodyEntry> entries(String subject) {
        List<CustodyEntry> entries = new ArrayList<>();
        for (long offset : offsetsBySubject.getOrDefault(subject, List.of())) {
            entries.add(CustodyLineParser.parse(readLine(offset)));
        }
        return entries;
    }

    /** The torn tail cut away at open, if there was one. */
    public Optional<Repair> repair() {
        return repair;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(channel);
        }
    }

    private String readLine(long offset) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long position = offset;
        try {
            while (true) {
                buffer.clear();
                int read = channel.read(buffer, position);
                if (read <= 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    if (buffer.get(i) == '\n') {
                        line.write(buffer.array(), 0, i);
                        return line.toString(StandardCharsets.UTF_8);
                    }
                }
                line.write(buffer.array(), 0, read);
                position += read;
            }
        } catch (IOException e) {
            throw new StoreException("cannot read custody log " + file + " at offset " + offset + ": "
                    + e.getMessage(), e);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Makes a new file's directory entry durable; some platforms cannot, and lose nothing by it. */
    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // not supported on this platform
        }
    }

    private static FileLock lockOrFail(Path file, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StoreException("custody log " + file + " is already open (by this or another process)", null);
        }
        return lock;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing after a failure: the first error is the one to report
            }
        }
    }

    private record Indexed(long offset, CustodyEntry entry) {
    }
}
