package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.app.server.FrontwatchServer;
import org.frontwatch.app.server.ServerSettings;
import org.frontwatch.app.server.backend.RegisterBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch serve}: the HTTP API and web UI over the data directory, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the web UI and the JSON API (OpenAPI at /openapi.json): search, item evidence, map,",
            "timeline, tallies that drill down to evidence, claims, review. The first start creates an admin and",
            "prints a one-time password. --public serves a read-only, anonymous view of verified and corroborated",
            "incidents with private persons redacted. Stop with Ctrl-C."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    private String host;

    @Option(names = "--public", description = "Public mode: read-only, anonymous, only reviewed incidents, redacted.")
    private boolean publicMode;

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl())) {
            return serveUntilStopped(workspace, host, port, publicMode, spec.commandLine().getOut());
        }
    }

    /** Serves {@code workspace} until the process is interrupted (Ctrl-C), then stops the server cleanly. */
    static int serveUntilStopped(Workspace workspace, String host, int port, boolean publicMode, PrintWriter out)
            throws InterruptedException {
        return serveUntilStopped(workspace, new ServerSettings(host, port, publicMode), out);
    }

    /** Serves with the given settings until the process is interrupted (Ctrl-C). */
    static int serveUntilStopped(Workspace workspace, ServerSettings settings, PrintWriter out)
            throws InterruptedException {
        String host = settings.host();
        boolean publicMode = settings.publicMode();
        CountDownLatch stopped = new CountDownLatch(1);
        try (FrontwatchServer server = FrontwatchServer.start(settings,
                RegisterBackend.of(workspace))) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "frontwatch-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            String shown = host.equals("0.0.0.0") ? "localhost" : host;
            if (settings.openReading()) {
                out.println("Demo: anyone on this machine may read without signing in (e.g. curl "
                        + "http://" + host + ":" + server.port() + "/api/items); sign in to review or upload.");
            }
            out.printf("Serving %s%s on http://%s:%d/  (API: /api, OpenAPI: /openapi.json; Ctrl-C stops)%n",
                    workspace.directory().root(), publicMode ? " in public mode" : "", shown, server.port());
            out.flush();
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
