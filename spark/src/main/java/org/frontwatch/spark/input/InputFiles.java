package org.frontwatch.spark.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.frontwatch.model.UsageException;

/**
 * The files behind the job's {@code --input} paths, listed on the driver through Hadoop's {@link FileSystem}, so
 * that any Hadoop-compatible path works ({@code file:}, {@code hdfs:}, {@code s3a:}, {@code gs:}…). Directories
 * are walked in sorted order, hidden files and folders passed over. Files named {@code *.jsonl},
 * {@code *.ndjson} (optionally {@code .gz}) are JSON lines of items, read line by line; every other file goes
 * to the archive's collectors whole.
 *
 * @param jsonLines  JSON-lines files (qualified paths)
 * @param whole      files for the collectors (qualified paths), in sorted order
 * @param namedFiles the files among {@code whole} that were named directly rather than found in a walk
 */
public record InputFiles(List<String> jsonLines, List<String> whole, Set<String> namedFiles) {
    public InputFiles {
        jsonLines = List.copyOf(jsonLines);
        whole = List.copyOf(whole);
        namedFiles = Set.copyOf(namedFiles);
    }

    /** Lists {@code inputs}; a path that does not exist is a usage error naming it. */
    public static InputFiles list(List<String> inputs, Configuration hadoop) {
        Objects.requireNonNull(hadoop, "hadoop");
        List<String> jsonLines = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(hadoop);
                if (!fs.exists(path)) {
                    throw new UsageException("input does not exist: " + input);
                }
                FileStatus status = fs.getFileStatus(path);
                if (status.isFile()) {
                    String qualified = status.getPath().toString();
                    (isJsonLines(qualified) ? jsonLines : whole).add(qualified);
                    named.add(qualified);
                    continue;
                }
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> walk = fs.listFiles(path, true);
                while (walk.hasNext()) {
                    Path file = walk.next().getPath();
                    if (!isHidden(status.getPath(), file)) {
                        found.add(file.toString());
                    }
                }
                found.sort(null);
                for (String file : found) {
                    (isJsonLines(file) ? jsonLines : whole).add(file);
                }
            } catch (IOException e) {
                throw new UsageException("cannot list input " + input + ": " + e.getMessage());
            }
        }
        return new InputFiles(jsonLines, whole, named);
    }

    public boolean isEmpty() {
        return jsonLines.isEmpty() && whole.isEmpty();
    }

    static boolean isJsonLines(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")
                || name.endsWith(".ndjson.gz");
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part = file; part != null && !part.equals(root); part = part.getParent()) {
            if (part.getName().startsWith(".") || part.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
