package org.frontwatch.register;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the register lives: the data directory (holding {@code index/} and, by default, the SQLite file
 * {@code frontwatch.db}) and, for a team server, a {@code jdbc:postgresql://…} URL with optional credentials
 * (they may also be given in the URL).
 */
public record RegisterSettings(Path dataDirectory, Optional<String> jdbcUrl, Optional<String> user,
                               Optional<String> password) {
    public RegisterSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public RegisterSettings(Path dataDirectory, Optional<String> jdbcUrl) {
        this(dataDirectory, jdbcUrl, Optional.empty(), Optional.empty());
    }

    /** The JDBC URL to open: the given one, or SQLite at {@code <data>/frontwatch.db}. */
    public String effectiveJdbcUrl() {
        return jdbcUrl.orElse("jdbc:sqlite:" + dataDirectory.resolve("frontwatch.db").toAbsolutePath());
    }

    public Path indexDirectory() {
        return dataDirectory.resolve("index");
    }

    @Override
    public String toString() {
        return "RegisterSettings[dataDirectory=" + dataDirectory + ", jdbcUrl="
                + jdbcUrl.map(url -> url.replaceAll("(?i)(password=)[^&;]*", "$1***")).orElse("(SQLite)")
                + ", user=" + user.orElse("") + ", password=" + (password.isPresent() ? "***" : "") + "]";
    }
}
