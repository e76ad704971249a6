package org.frontwatch.spark.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Copied from the register module's test support ({@code org.frontwatch.register.PostgresExtension}) until the
 * register publishes it in a test jar; keep the two alike.
 *
 * <p>Starts one real PostgreSQL server (Debian's {@code postgresql} package) for the whole test run: a fresh cluster
 * in a temporary directory, listening on 127.0.0.1 on a free port, run as the {@code postgres} user when the tests
 * run as root; stopped and deleted when the run ends. Missing binaries fail the tests — they never skip.
 */
public final class PostgresExtension implements BeforeAllCallback {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PostgresExtension.class, key -> start(), Server.class);
    }

    /**
     * A JDBC URL of a new, empty schema on the shared server (a schema per test is much faster than a database per
     * test; the register's SQL never names a schema, so it runs in the URL's current schema).
     */
    public static synchronized String newDatabase() {
        if (server == null) {
            start();
        }
        String name = "frontwatch_test_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(server.url("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + name + ": " + e.getMessage(), e);
        }
        return server.url("postgres") + "&currentSchema=" + name;
    }

    private static synchronized Server start() {
        if (server != null) {
            return server;
        }
        try {
            Path bin = binaries();
            Path directory = Files.createTempDirectory("frontwatch-postgres");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(directory, users.lookupPrincipalByName("postgres"));
            }
            Path data = directory.resolve("data");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--no-locale");
            run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -h 127.0.0.1 -k " + directory + " -F", "start");
            server = new Server(bin, directory, data, port, root);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("FRONTWATCH_PG_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured, "initdb"))) {
            return Path.of(configured);
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> versions = Files.list(installed)) {
                var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.naturalOrder());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IllegalStateException("PostgreSQL is needed for the store tests and was not found: install "
                + "Debian's postgresql package (apt-get install postgresql) or set FRONTWATCH_PG_BIN");
    }

    private static void run(boolean asPostgres, String... command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
    }

    private record Server(Path bin, Path directory, Path data, int port, boolean root)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
        }

        @Override
        public void close() {
            synchronized (PostgresExtension.class) {
                if (!Files.exists(data)) {
                    return;
                }
                try {
                    run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w",
                            "stop");
                } catch (IOException e) {
                    // already stopped
                }
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    // a temporary directory left behind is not a test failure
                }
            }
        }
    }
}
