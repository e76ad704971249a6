package org.frontwatch.app.server;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.frontwatch.app.server.auth.Account;
import org.frontwatch.app.server.auth.PasswordHasher;
import org.frontwatch.app.server.auth.Role;

/**
 * A Frontwatch server over the fixture corpus on 127.0.0.1 and a free port, with one account per role, plus a
 * marker server that counts every request hostile markup manages to send.
 */
final class FixtureServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";
    static final PasswordHasher CHEAP_HASHER = new PasswordHasher(4);

    final InMemoryBackend backend;
    final FrontwatchServer server;
    final HttpServer marker;
    final List<String> markerRequests = new CopyOnWriteArrayList<>();
    final String firstStartOutput;

    FixtureServer(boolean publicMode) {
        this(new ServerSettings("127.0.0.1", 0, publicMode));
    }

    FixtureServer(ServerSettings settings) {
        try {
            marker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        marker.createContext("/", exchange -> {
            markerRequests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        marker.start();
        backend = new InMemoryBackend(new FixtureCorpus(markerUrl()));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        server = FrontwatchServer.start(settings, backend, CHEAP_HASHER,
                Clock.systemUTC(), new PrintStream(console, true, StandardCharsets.UTF_8));
        firstStartOutput = console.toString(StandardCharsets.UTF_8);
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT) + "-user";
            backend.accounts().save(new Account(name, role, CHEAP_HASHER.hash(PASSWORD), java.time.Instant.now()));
        }
    }

    String markerUrl() {
        return "http://127.0.0.1:" + marker.getAddress().getPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        marker.stop(0);
    }

    /** Runs the fixture server until killed, for looking at the UI by hand and for screenshots. */
    public static void main(String[] arguments) throws InterruptedException {
        FixtureServer fixture = new FixtureServer(arguments.length > 0 && arguments[0].equals("--public"));
        System.out.println(fixture.baseUrl() + " (accounts viewer-user, analyst-user, admin-user; password '"
                + PASSWORD + "')");
        System.out.print(fixture.firstStartOutput);
        Thread.currentThread().join();
    }
}
