package org.frontwatch.register.store;

import org.frontwatch.model.UsageException;

/** The two databases the register runs on; the schema and queries are the same, only connection set-up differs. */
public enum SqlDialect {
    SQLITE, POSTGRESQL;

    static SqlDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new UsageException("the register runs on SQLite or PostgreSQL; not a jdbc:sqlite: or "
                + "jdbc:postgresql: URL: " + Database.redacted(jdbcUrl));
    }
}
