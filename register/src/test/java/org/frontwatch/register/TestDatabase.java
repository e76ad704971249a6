package org.frontwatch.register;

import java.nio.file.Path;
import java.util.Optional;

/** The two databases every store test runs against. */
public enum TestDatabase {
    SQLITE, POSTGRESQL;

    /** Settings for a fresh register in {@code dataDirectory} on this database. */
    public RegisterSettings settings(Path dataDirectory) {
        return switch (this) {
            case SQLITE -> new RegisterSettings(dataDirectory, Optional.empty());
            case POSTGRESQL -> new RegisterSettings(dataDirectory, Optional.of(PostgresExtension.newDatabase()));
        };
    }
}
