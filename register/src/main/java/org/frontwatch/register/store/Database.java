package org.frontwatch.register.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.frontwatch.model.StoreException;

/**
 * A SQL database reached over JDBC: SQLite (one file, WAL mode, busy timeout) or PostgreSQL. Writes go through
 * one writer connection under a lock — SQLite allows one writer at a time, and a single writer keeps PostgreSQL's
 * behaviour the same — while reads borrow from a small pool of reader connections. Opening it applies the
 * Flyway migrations of {@code org/frontwatch/register/store/migration}.
 *
 * <p>Every write through {@link #write} bumps {@link #version} after it commits, so a result read while the version
 * was the same may be reused: caches of query results key on it. Writes by other processes on the same database are
 * not seen by this counter.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;
    private static final String MIGRATIONS = "classpath:org/frontwatch/register/store/migration";

    private final String url;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final SqlDialect dialect;
    private final AtomicLong version = new AtomicLong();

    private Database(String url, SqlDialect dialect, Connection writer) {
        this.url = url;
        this.dialect = dialect;
        this.writer = writer;
    }

    /** Opens (creating if needed) and migrates the database at {@code jdbcUrl}. */
    public static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
        SqlDialect dialect = SqlDialect.of(jdbcUrl);
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, user.orElse(null), password.orElse(null))
                    .locations(MIGRATIONS)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate the register schema at " + redacted(jdbcUrl) + ": "
                    + e.getMessage(), e);
        }
        try {
            Database database = new Database(jdbcUrl, dialect, connect(jdbcUrl, properties, dialect, false));
            for (int i = 0; i < READERS; i++) {
                database.readers.add(connect(jdbcUrl, properties, dialect, true));
            }
            return database;
        } catch (SQLException e) {
            throw new StoreException("cannot open the register database at " + redacted(jdbcUrl) + ": "
                    + e.getMessage(), e);
        }
    }

    private static Connection connect(String url, Properties properties, SqlDialect dialect, boolean reader)
            throws SQLException {
        Connection connection = DriverManager.getConnection(url, properties);
        if (dialect == SqlDialect.SQLITE) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 30000");
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
            }
        }
        connection.setAutoCommit(!reader || dialect == SqlDialect.SQLITE);
        return connection;
    }

    /** The JDBC URL with any password removed, for messages. */
    static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * How many writes this database has committed since it was opened: a result read at one version is still
     * current while the version stays the same.
     */
    public long version() {
        return version.get();
    }

    /** Runs {@code work} in one transaction on the writer connection; rolls back if it throws. */
    public <T> T write(String what, SqlWork<T> work) {
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                version.incrementAndGet();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + redacted(url) + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} on a reader connection. On PostgreSQL the reader is not in auto-commit mode, so that
     * large results stream with a fetch size instead of loading whole.
     */
    public <T> T read(String what, SqlWork<T> work) {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted waiting to " + what, e);
        }
        try {
            T result = work.run(connection);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw new StoreException("cannot " + what + " in " + redacted(url) + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            readers.add(connection);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            for (Connection reader : readers) {
                reader.close();
            }
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + redacted(url) + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(java.sql.Connection connection) throws SQLException;
    }
}
