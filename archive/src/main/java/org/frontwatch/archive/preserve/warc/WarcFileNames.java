package org.frontwatch.archive.preserve.warc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names of Frontwatch's WARC files, {@code frontwatch-<yyyyMMddHHmmssSSS>-<seq>.warc.gz}, and their order:
 * by sequence number, so a clock set back cannot reorder the archive.
 */
public final class WarcFileNames {
    private static final Pattern NAME = Pattern.compile("frontwatch-(\\d{17})-(\\d{5,})\\.warc\\.gz");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private WarcFileNames() {
    }

    /** Whether {@code name} is one of ours (a bare file name, no directory). */
    public static boolean matches(String name) {
        return NAME.matcher(name).matches();
    }

    /** The sequence number in {@code name}. */
    public static long sequence(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a Frontwatch WARC file name: " + name);
        }
        return Long.parseLong(matcher.group(2));
    }

    /** The name of file number {@code sequence}, started at {@code time}. */
    public static String name(Instant time, long sequence) {
        return "frontwatch-" + STAMP.format(time) + "-" + String.format("%05d", sequence) + ".warc.gz";
    }

    /** Our WARC files in {@code directory}, in sequence order; empty when the directory does not exist. */
    public static List<Path> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> matches(String.valueOf(f.getFileName())) && Files.isRegularFile(f))
                    .sorted(Comparator.comparingLong(f -> sequence(String.valueOf(f.getFileName()))))
                    .toList();
        }
    }
}
