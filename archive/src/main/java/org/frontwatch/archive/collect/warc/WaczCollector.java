package org.frontwatch.archive.collect.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.CollectSink;
import org.frontwatch.archive.collect.Collector;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.model.BadInputException;

/**
 * WACZ packages: zips holding WARCs under {@code archive/}. The zip is never unpacked to disk; each WARC entry
 * is streamed through {@link WarcCollector}'s record reader in name order. Defences: at most
 * {@code maxArchiveEntries} entries, at most {@code maxUncompressedBytes} read out in total, no entry inflating
 * more than {@code maxCompressionRatio} times its compressed size (checked on the declared sizes and again on
 * the bytes actually read), and entry names that would escape the archive ({@code ../}, absolute paths, drive
 * letters, backslashes) rejected.
 */
public final class WaczCollector implements Collector {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final CollectLimits limits;
    private final WarcCollector warcs;

    public WaczCollector(CollectLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.warcs = new WarcCollector(limits);
    }

    @Override
    public String format() {
        return "wacz";
    }

    @Override
    public boolean accepts(InputSample sample) {
        return sample.startsWith(ZIP_MAGIC) && (sample.hasExtension(".wacz")
                || !sample.hasExtension(".docx") && sample.headText().contains("datapackage.json"));
    }

    @Override
    public void collect(Path file, CollectSink sink) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxStreamedFileBytes()) {
                sink.reject(new BadInputException(source, "", "file is " + size + " bytes, more than the limit of "
                        + limits.maxStreamedFileBytes()));
                return;
            }
        } catch (IOException e) {
            sink.reject(new BadInputException(source, "", "cannot read: " + e.getMessage(), e));
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxArchiveEntries()) {
                sink.reject(new BadInputException(source, "", "the WACZ has " + zip.size()
                        + " entries, more than the limit of " + limits.maxArchiveEntries()));
                return;
            }
            List<ZipEntry> entries = new ArrayList<>();
            zip.stream().forEach(entries::add);
            entries.sort(Comparator.comparing(ZipEntry::getName));
            ReadBudget budget = new ReadBudget(limits.maxUncompressedBytes());
            for (ZipEntry entry : entries) {
                collectEntry(zip, entry, source, budget, sink);
            }
        } catch (IOException | RuntimeException e) {
            sink.reject(new BadInputException(source, "", "cannot read as a WACZ (zip): " + e.getMessage(), e));
        }
    }

    private void collectEntry(ZipFile zip, ZipEntry entry, String source, ReadBudget budget, CollectSink sink) {
        String name = entry.getName();
        String entrySource = source + "!/" + name;
        if (escapesArchive(name)) {
            sink.reject(new BadInputException(source, "entry '" + name + "'",
                    "entry name escapes the archive (path traversal); entry not read"));
            return;
        }
        if (entry.isDirectory() || !name.startsWith("archive/")
                || !(name.endsWith(".warc.gz") || name.endsWith(".warc"))) {
            return;
        }
        long compressed = entry.getCompressedSize();
        long declared = entry.getSize();
        if (compressed > 0 && declared > compressed * (long) limits.maxCompressionRatio()) {
            sink.reject(new BadInputException(source, "entry '" + name + "'", "entry would expand from "
                    + compressed + " to " + declared + " bytes, more than " + limits.maxCompressionRatio()
                    + " times (a zip bomb?); entry not read"));
            return;
        }
        long ratioCap = Math.max(compressed, 1) * (long) limits.maxCompressionRatio();
        try (InputStream in = new BoundedEntryStream(zip.getInputStream(entry), name, ratioCap, budget)) {
            warcs.collect(in, entrySource, sink);
        } catch (IOException | RuntimeException e) {
            sink.reject(new BadInputException(entrySource, "", "cannot read entry: " + e.getMessage(), e));
        }
    }

    static boolean escapesArchive(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
