package org.frontwatch.archive.collect.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.WarcReader;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.Collector;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.archive.collect.html.HtmlCollector;
import org.frontwatch.model.BadInputException;

/** WARC files, plain or gzipped per record, recognised by their {@code WARC/} version line (under gzip too). */
public final class WarcCollector implements Collector {
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};

    private final CollectLimits limits;
    private final WarcRecords records;

    public WarcCollector(CollectLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.records = new WarcRecords(limits, new HtmlCollector(limits, Clock.systemUTC()));
    }

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public boolean accepts(InputSample sample) {
        return sample.startsWith(WARC_MAGIC) || sample.startsWith(GZIP_MAGIC) && startsWithWarcWhenUnzipped(sample);
    }

    @Override
    public void collect(Path file, CollectSink sink) {
        try {
            long size = Files.size(file);
            if (size > limits.maxStreamedFileBytes()) {
                sink.reject(new BadInputException(file.toString(), "", "file is " + size
                        + " bytes, more than the limit of " + limits.maxStreamedFileBytes()));
                return;
            }
            try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
                records.collect(reader, file.toString(), sink);
            }
        } catch (IOException | RuntimeException e) {
            sink.reject(new BadInputException(file.toString(), "offset 0", "cannot read as WARC: " + e.getMessage(),
                    e));
        }
    }

    /** Collects a WARC stream (for example an entry of a WACZ); {@code source} names it in messages. */
    void collect(InputStream warc, String source, CollectSink sink) throws IOException {
        try (WarcReader reader = new WarcReader(warc)) {
            records.collect(reader, source, sink);
        }
    }

    static boolean startsWithWarcWhenUnzipped(InputSample sample) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(sample.head()))) {
            return Arrays.equals(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
