package org.frontwatch.archive.preserve.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.archive.preserve.Repair;
import org.frontwatch.archive.preserve.capture.LiveCapture;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Collected;
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.EvidenceException;
import org.frontwatch.model.StoreException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WARC evidence store: every capture written once, durably, as gzip'd WARC 1.1 records (see
 * {@link CaptureRecords}) into {@code frontwatch-<timestamp>-<seq>.warc.gz} files that rotate at a size limit.
 *
 * <p><b>Once per payload.</b> A payload whose SHA-256 is already preserved is not written again; the existing
 * location is returned. The digest index is rebuilt at {@link #open}: from each rotated file's checked
 * {@link DigestSidecar}, and by reading the records of the newest file (and of any file whose sidecar is missing
 * or does not check out).
 *
 * <p><b>Durable.</b> Each capture's records are appended with one write and fsync'd (with the directory, for a new
 * file) before {@code preserve} returns. A group torn by a crash at the end of the newest file is cut back at
 * {@link #open} and reported by {@link #repair()} for the caller to log in custody.
 *
 * <p>Thread-safe. One process at a time: the directory is locked while open.
 */
public final class EvidenceArchive implements Closeable {
    /** Files rotate once they would grow beyond this: 1 GiB. */
    public static final long DEFAULT_ROTATION_BYTES = 1L << 30;
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceArchive.class);
    private static final String LOCK_FILE = ".frontwatch-archive.lock";

    private final Path directory;
    private final long rotationBytes;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Optional<Repair> repair;
    private final Map<String, CaptureLocation> locations;
    private Path currentFile;
    private FileChannel current;
    private long currentSize;
    private long lastSequence;

    private EvidenceArchive(Path directory, long rotationBytes, Clock clock, FileChannel lockChannel, FileLock lock,
                            Optional<Repair> repair, Map<String, CaptureLocation> locations, Path lastFile,
                            long lastSequence) {
        this.directory = directory;
        this.rotationBytes = rotationBytes;
        this.clock = clock;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.repair = repair;
        this.locations = locations;
        this.currentFile = lastFile;
        this.lastSequence = lastSequence;
    }

    /** Opens (or creates) the archive in {@code warcDirectory}, rotating files at 1 GiB. */
    public static EvidenceArchive open(Path warcDirectory) {
        return open(warcDirectory, DEFAULT_ROTATION_BYTES);
    }

    /** Opens the archive, rotating files once they would grow beyond {@code rotationBytes}. */
    public static EvidenceArchive open(Path warcDirectory, long rotationBytes) {
        return open(warcDirectory, rotationBytes, Clock.systemUTC());
    }

    /** As {@link #open(Path, long)}, with the clock that names new files and dates their warcinfo records. */
    public static EvidenceArchive open(Path warcDirectory, long rotationBytes, Clock clock) {
        Objects.requireNonNull(warcDirectory, "warcDirectory");
        Objects.requireNonNull(clock, "clock");
        if (rotationBytes <= 0) {
            throw new IllegalArgumentException("rotationBytes must be positive: " + rotationBytes);
        }
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(warcDirectory);
            lockChannel = FileChannel.open(warcDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockOrFail(warcDirectory, lockChannel);
            List<Path> files = WarcFileNames.list(warcDirectory);
            Map<String, CaptureLocation> locations = new HashMap<>();
            Optional<Repair> repair = Optional.empty();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                boolean newest = i == files.size() - 1;
                Optional<Map<String, CaptureLocation>> indexed = newest ? Optional.empty() : DigestSidecar.read(file);
                if (indexed.isPresent()) {
                    indexed.get().forEach(locations::putIfAbsent);
                    continue;
                }
                ArchiveScan scan = ArchiveScan.of(file, Files.size(file));
                scan.captures().forEach(locations::putIfAbsent);
                if (scan.torn() && newest) {
                    repair = Optional.of(cutBack(file, scan));
                } else if (scan.torn()) {
                    LOG.warn("{}: damaged after offset {} ({}); run verify", file, scan.wholeEnd(),
                            scan.problem().orElse("incomplete record group"));
                } else if (!newest) {
                    DigestSidecar.write(file, scan.fileLength(), scan.captures());
                }
            }
            Path lastFile = files.isEmpty() ? null : files.get(files.size() - 1);
            long lastSequence = lastFile == null ? 0 : WarcFileNames.sequence(String.valueOf(lastFile.getFileName()));
            return new EvidenceArchive(warcDirectory, rotationBytes, clock, lockChannel, lock, repair,
                    locations, lastFile, lastSequence);
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new StoreException("cannot open WARC directory " + warcDirectory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    /**
     * Preserves a collected capture as a {@code resource} record and a {@code metadata} record naming the item;
     * returns where the resource record is. A payload already preserved is not written again.
     */
    public synchronized CaptureLocation preserve(Collected collected) {
        Objects.requireNonNull(collected, "collected");
        CaptureLocation existing = locations.get(collected.capture().sha256());
        if (existing != null) {
            return existing;
        }
        try {
            return append(collected.capture().sha256(), CaptureRecords.of(collected));
        } catch (IOException e) {
            throw new StoreException("cannot preserve " + collected.capture().uri() + " in " + currentFile + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Preserves a live capture as a {@code response} and {@code request} record per HTTP hop (redirects too) and a
     * {@code metadata} record naming the item; returns where the final response record is. A final payload
     * already preserved is not written again.
     */
    public synchronized CaptureLocation preserveExchange(LiveCapture capture) {
        Objects.requireNonNull(capture, "capture");
        String sha256 = capture.collected().capture().sha256();
        CaptureLocation existing = locations.get(sha256);
        if (existing != null) {
            return existing;
        }
        try {
            return append(sha256, CaptureRecords.of(capture));
        } catch (IOException e) {
            throw new StoreException("cannot preserve " + capture.requestedUri() + " in " + currentFile + ": "
                    + e.getMessage(), e);
        }
    }

    /** Where the payload with this SHA-256 (lowercase hex) is preserved, if it is. */
    public synchronized Optional<CaptureLocation> location(String sha256) {
        return Optional.ofNullable(locations.get(sha256));
    }

    /** How many distinct payloads are preserved. */
    public synchronized int size() {
        return locations.size();
    }

    /**
     * Reads a preserved payload back: the resource record's block, or the HTTP body of a response record. Its
     * SHA-256 is checked against the location before it is returned.
     */
    public byte[] payload(CaptureLocation location) {
        Objects.requireNonNull(location, "location");
        if (!WarcFileNames.matches(location.warcFile())) {
            throw new EvidenceException("not a Frontwatch WARC file name: " + location.warcFile());
        }
        Path file = directory.resolve(location.warcFile());
        byte[] payload;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(location.offset());
            WarcReader reader = new WarcReader(channel);
            WarcRecord record = reader.next().orElseThrow(() -> new EvidenceException(
                    location.warcFile() + " at offset " + location.offset() + ": no record there"));
            payload = payloadOf(record);
        } catch (IOException e) {
            throw new EvidenceException(location.warcFile() + " at offset " + location.offset()
                    + ": cannot read record: " + e.getMessage());
        }
        String actual = ContentDigest.sha256Hex(payload);
        if (!actual.equals(location.sha256())) {
            throw new EvidenceException(location.warcFile() + " at offset " + location.offset()
                    + ": payload digest mismatch, expected sha256:" + location.sha256() + ", actual sha256:" + actual);
        }
        return payload;
    }

    /** The torn tail cut away at open, if there was one. */
    public Optional<Repair> repair() {
        return repair;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() {
        try {
            if (current != null) {
                current.close();
            }
            lock.release();
        } catch (IOException e) {
            throw new StoreException("cannot close WARC directory " + directory + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(lockChannel);
        }
    }

    /** The payload a record carries: HTTP body for request and response records, the block for the rest. */
    static byte[] payloadOf(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            try (InputStream body = response.http().body().stream()) {
                return body.readAllBytes();
            }
        }
        if (record instanceof WarcRequest request) {
            try (InputStream body = request.http().body().stream()) {
                return body.readAllBytes();
            }
        }
        try (InputStream block = record.body().stream()) {
            return block.readAllBytes();
        }
    }

    private CaptureLocation append(String sha256, CaptureRecords.Group group) throws IOException {
        byte[] bytes = group.bytes();
        boolean newFile = false;
        if (current == null || (currentSize > 0 && currentSize + bytes.length > rotationBytes)) {
            newFile = openWritable();
        }
        if (currentSize == 0) {
            byte[] warcinfo = CaptureRecords.warcinfo(String.valueOf(currentFile.getFileName()), clock.instant());
            write(warcinfo);
        }
        long base = currentSize;
        try {
            write(bytes);
            current.force(true);
        } catch (IOException e) {
            cutBackAfterFailedWrite(base);
            throw e;
        }
        if (newFile) {
            forceDirectory();
        }
        CaptureLocation location = new CaptureLocation(String.valueOf(currentFile.getFileName()),
                base + group.payloadRecordOffset(), sha256);
        locations.put(sha256, location);
        return location;
    }

    /** Opens the file to write to; returns whether a new file was created. */
    private boolean openWritable() throws IOException {
        if (current != null) {
            current.close();
            current = null;
            writeSidecar(currentFile, currentSize);
        } else if (currentFile != null && Files.size(currentFile) < rotationBytes) {
            current = FileChannel.open(currentFile, StandardOpenOption.WRITE);
            currentSize = current.size();
            return false;
        }
        lastSequence++;
        currentFile = directory.resolve(WarcFileNames.name(clock.instant(), lastSequence));
        current = FileChannel.open(currentFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        currentSize = 0;
        return true;
    }

    /** After a failed write (a full disk), removes what part of the group reached the file. */
    private void cutBackAfterFailedWrite(long length) {
        try {
            current.truncate(length);
            current.force(true);
            currentSize = length;
        } catch (IOException e) {
            LOG.warn("cannot cut {} back to {} bytes after a failed write; the next open will: {}", currentFile,
                    length, e.toString());
        }
    }

    /** Indexes a file that will not grow again; a failure only costs a scan at the next open. */
    private void writeSidecar(Path file, long length) {
        String name = String.valueOf(file.getFileName());
        Map<String, CaptureLocation> captures = new HashMap<>();
        locations.values().stream().filter(l -> l.warcFile().equals(name)).forEach(l -> captures.put(l.sha256(), l));
        try {
            DigestSidecar.write(file, length, captures);
        } catch (IOException e) {
            LOG.warn("cannot write digest index beside {}: {}", file, e.toString());
        }
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = currentSize;
        while (buffer.hasRemaining()) {
            position += current.write(buffer, position);
        }
        currentSize = position;
    }

    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.debug("cannot fsync directory {} on this platform: {}", directory, e.toString());
        }
    }

    private static Repair cutBack(Path file, ArchiveScan scan) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(scan.wholeEnd());
            channel.force(true);
        }
        String reason = scan.problem().orElse("a capture's records were not all written");
        LOG.warn("{}: cut back torn tail from {} to {} bytes ({})", file, scan.fileLength(), scan.wholeEnd(), reason);
        return new Repair(file, scan.wholeEnd(), scan.fileLength() - scan.wholeEnd(), reason);
    }

    private static FileLock lockOrFail(Path directory, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StoreException("WARC directory " + directory + " is already open (by this or another process)",
                    null);
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
}
