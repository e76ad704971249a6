package org.frontwatch.app.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data directory of the embedded default: {@code warc/} (WARC files), {@code custody.log},
 * {@code frontwatch.db} (SQLite) and {@code index/} (Lucene). It is {@code ./frontwatch-data} unless
 * {@code --data DIR} or the {@code FRONTWATCH_DATA} environment variable says otherwise.
 */
public record DataDirectory(Path root) {
    public static final String ENVIRONMENT_VARIABLE = "FRONTWATCH_DATA";
    public static final String DEFAULT_NAME = "frontwatch-data";

    public DataDirectory {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** The directory chosen by an explicit option, else the environment, else the default under the working directory. */
    public static DataDirectory choose(Optional<Path> option, Map<String, String> environment) {
        return new DataDirectory(option.orElseGet(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE))
                .filter(value -> !value.isBlank())
                .map(Path::of)
                .orElse(Path.of(DEFAULT_NAME))));
    }

    public Path warcDirectory() {
        return root.resolve("warc");
    }

    public Path custodyLog() {
        return root.resolve("custody.log");
    }

    public Path database() {
        return root.resolve("frontwatch.db");
    }

    public Path index() {
        return root.resolve("index");
    }
}
