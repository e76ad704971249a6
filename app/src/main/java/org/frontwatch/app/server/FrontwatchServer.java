package org.frontwatch.app.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.frontwatch.app.redact.PublicRedactor;
import org.frontwatch.app.server.auth.Account;
import org.frontwatch.app.server.auth.LoginThrottle;
import org.frontwatch.app.server.auth.PasswordHasher;
import org.frontwatch.app.server.auth.Role;
import org.frontwatch.app.server.auth.SessionStore;

/**
 * The running Frontwatch server: the JSON API under {@code /api}, its description at {@code /openapi.json}, and
 * the web UI at {@code /}. Every response carries a Content-Security-Policy without inline scripts; every route
 * passes the {@link Gate}; every failure becomes a status in {@link ErrorMapping}.
 */
public final class FrontwatchServer implements AutoCloseable {
    /** Allows only this server's own scripts, styles, images and frames; nothing may frame the UI. */
    static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /**
     * Request threads. Handlers are short and mostly on the CPU (answers are cached while the register is
     * unchanged), so a few dozen threads keep two cores busy; 200 concurrent clients then queue for a thread instead
     * of 200 threads contending for the cores, the four database readers and the caches.
     */
    static final int MAX_REQUEST_THREADS = 32;
    private static final int MIN_REQUEST_THREADS = 8;
    private final Javalin javalin;

    private FrontwatchServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts a server with bcrypt cost 12, printing the first admin's one-time password to standard output. */
    public static FrontwatchServer start(ServerSettings settings, ServerBackend backend) {
        return start(settings, backend, new PasswordHasher(PasswordHasher.DEFAULT_COST), Clock.systemUTC(),
                System.out);
    }

    /** Starts a server with the given hasher, clock and console: tests use a cheap bcrypt cost. */
    public static FrontwatchServer start(ServerSettings settings, ServerBackend backend, PasswordHasher hasher,
                                         Clock clock, PrintStream console) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(backend, "backend");
        if (!settings.publicMode()) {
            createFirstAdmin(backend, hasher, clock, console);
        }
        SessionStore sessions = new SessionStore(clock, Duration.ofHours(12));
        Gate gate = new Gate(backend.accounts(), sessions, settings.publicMode(), settings.openReading());
        Optional<PublicView> publicView = settings.publicMode()
                ? Optional.of(new PublicView(backend, PublicRedactor.instance(), clock)) : Optional.empty();
        List<ApiRoute> routes = new ArrayList<>();
        routes.addAll(new EvidenceRoutes(backend, publicView).routes());
        routes.addAll(new IncidentRoutes(backend, publicView).routes());
        routes.addAll(new IngestRoutes(backend).routes());
        routes.addAll(new AccountRoutes(backend.accounts(), sessions,
                new LoginThrottle(clock, 5, Duration.ofMinutes(5)), hasher, clock, settings.publicMode(),
                gate::forgetLookups).routes());
        Map<String, Object> openApi = OpenApiDocument.of(routes, settings.publicMode());

        Javalin javalin = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            QueuedThreadPool threads = new QueuedThreadPool(MAX_REQUEST_THREADS, MIN_REQUEST_THREADS);
            threads.setName("frontwatch-http");
            config.jetty.threadPool = threads;
            config.jsonMapper(JsonMapping.javalinMapper());
            config.http.maxRequestSize = IngestRoutes.MAX_UPLOAD_BYTES;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = securityHeaders();
            });
            config.routes.before(context -> securityHeaders().forEach(context::header));
            for (ApiRoute route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), context -> {
                    context.header("Cache-Control", "no-store");
                    gate.admit(route, context);
                    route.handler().handle(context);
                });
            }
            config.routes.get("/openapi.json", context -> context.json(openApi));
            ErrorMapping.install(config.routes);
        });
        javalin.start();
        return new FrontwatchServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    private static Map<String, String> securityHeaders() {
        return Map.of("Content-Security-Policy", UI_POLICY, "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer",
                "Cross-Origin-Opener-Policy", "same-origin", "Permissions-Policy", "geolocation=(), camera=(), microphone=()");
    }

    private static void createFirstAdmin(ServerBackend backend, PasswordHasher hasher, Clock clock,
                                         PrintStream console) {
        if (!backend.accounts().accounts().isEmpty()) {
            return;
        }
        String password = SessionStore.randomSecret();
        backend.accounts().save(new Account("admin", Role.ADMIN, hasher.hash(password), clock.instant()));
        console.println("Frontwatch: first start — created account 'admin' with the one-time password "
                + password);
        console.println("Frontwatch: sign in and change it (POST /api/password or the Admin page); it is not shown again.");
    }
}
