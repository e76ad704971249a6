package org.frontwatch.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.frontwatch.app.pipeline.DataDirectory;
import org.frontwatch.app.pipeline.IngestReport;
import org.frontwatch.app.pipeline.Pipeline;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.app.server.ServerSettings;
import org.frontwatch.model.EventType;
import org.frontwatch.model.UsageException;
import org.frontwatch.register.query.TallyDimension;
import org.frontwatch.register.query.TallyQuery;
import org.frontwatch.register.query.TallyRow;
import org.frontwatch.register.query.TimelineBucket;
import org.frontwatch.register.query.TimelineStep;
import org.frontwatch.register.store.RegisterCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch demo}: the main job on the embedded default — ingest the example corpus, summarise, serve. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingest the example corpus (examples/: a Telegram export, news pages, RSS and Atom feeds) into",
            "the data directory, print a summary — items, reports, incidents, and the regions of origin of APPEAL",
            "incidents since the earliest one — then serve the web UI (http://localhost:8080)."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--no-serve", description = "Exit after the summary instead of serving the web UI.")
    private boolean noServe;

    @Option(names = "--fresh", description = "Start from an empty data directory (deletes the existing one).")
    private boolean fresh;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the web UI (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--examples", paramLabel = "DIR", description = "The example corpus (default: examples/ of this installation).")
    private Path examples;

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        DataDirectory directory = cli.dataDirectory();
        if (fresh) {
            DataDirectories.delete(directory);
        }
        List<Path> corpus = List.of(examplesDirectory());
        try (Workspace workspace = Workspace.open(directory, cli.jdbcUrl())) {
            IngestReport report;
            try (IngestProgress progress = new IngestProgress(spec.commandLine().getErr(), System.console() != null)) {
                report = new Pipeline(workspace, Workspace.COMMAND_LINE_ACTOR).ingest(corpus, progress);
            }
            printSummary(out, workspace, report);
            if (!noServe) {
                // Reading without signing in only for a demo bound to this machine: a shared server never does it.
                boolean local = InetAddress.getByName(host).isLoopbackAddress();
                return ServeCommand.serveUntilStopped(workspace,
                        new ServerSettings(host, port, false, local), out);
            }
        }
        return ExitCodes.OK;
    }

    private Path examplesDirectory() {
        if (examples != null) {
            return examples;
        }
        String home = System.getenv("FRONTWATCH_HOME");
        Path candidate = home == null ? Path.of("examples") : Path.of(home, "examples");
        if (!Files.isDirectory(candidate)) {
            throw new UsageException("cannot find the example corpus at " + candidate.toAbsolutePath()
                    + "; give it with --examples DIR");
        }
        return candidate;
    }

    private void printSummary(PrintWriter out, Workspace workspace, IngestReport report) {
        RegisterCounts counts = workspace.register().store().counts();
        out.printf("%nFrontwatch demo — data directory %s%n", workspace.directory().root());
        out.printf("  this run: %d new item(s), %d already stored, %d rejected input(s)%n", report.stored(),
                report.alreadyStored(), report.rejected().size());
        out.printf("  register: %d item(s), %d event report(s), %d incident(s), %d recorded failure(s)%n",
                counts.items(), counts.reports(), counts.incidents(), counts.failures());
        Optional<LocalDate> earliest = workspace.register().queries()
                .timeline(TimelineStep.DAY, Optional.of(EventType.APPEAL), Optional.empty(), Optional.empty(), false)
                .stream().map(TimelineBucket::start).min(Comparator.naturalOrder());
        List<TallyRow> rows = workspace.register().queries().tally(new TallyQuery(TallyDimension.ORIGIN,
                Optional.of(EventType.APPEAL), earliest, Optional.empty()));
        out.printf("%nAPPEAL incidents by region of origin since %s: %d region(s)%n",
                earliest.map(LocalDate::toString).orElse("the beginning"), rows.size());
        for (TallyRow row : rows) {
            out.printf("  %-8s %3d  %s%n", row.key(), row.incidents(), row.label());
        }
        out.println();
        out.println("Try: ./frontwatch tally --by origin --type APPEAL --since 2023-02-01");
        out.println("     ./frontwatch search 'подвал'      ./frontwatch claims      ./frontwatch verify");
        out.flush();
    }

    /** Removes a data directory, refusing anything that does not look like one. */
    static final class DataDirectories {
        private DataDirectories() {
        }

        static void delete(DataDirectory directory) throws IOException {
            Path root = directory.root();
            if (!Files.exists(root)) {
                return;
            }
            boolean looksLikeData;
            try (Stream<Path> children = Files.list(root)) {
                looksLikeData = children.allMatch(child -> List.of("warc", "index", "custody.log", "frontwatch.db",
                        "frontwatch.db-wal", "frontwatch.db-shm").contains(child.getFileName().toString()));
            }
            if (!looksLikeData) {
                throw new UsageException("refusing to delete " + root + ": it holds files that are not Frontwatch data");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
