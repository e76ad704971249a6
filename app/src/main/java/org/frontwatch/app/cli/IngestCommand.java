package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.IngestReport;
import org.frontwatch.app.pipeline.Pipeline;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.archive.preserve.capture.CaptureSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch ingest}: collect, preserve, extract, store and index files and directories. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Collect files or whole directories: Telegram Desktop exports (result.json), RSS/Atom feeds,",
            "HTML, PDF, DOCX and text files, WARC/WACZ archives. Every item is preserved in WARC with a custody entry,",
            "extracted, stored and indexed; incidents are rebuilt at the end. Re-running adds nothing already stored.",
            "Bad inputs are reported with file and position, recorded, and the batch goes on (exit code 3 then;",
            "5 when a live capture was refused)."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH|URL", arity = "1..*",
            description = "Files, directories, or http(s) URLs to capture live (request and response kept in WARC).")
    private List<String> inputs;

    @Option(names = "--allow-private", description = "Allow live capture from loopback and private addresses "
            + "(refused by default, also after redirects).")
    private boolean allowPrivate;

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl());
             IngestProgress progress = new IngestProgress(spec.commandLine().getErr(), System.console() != null)) {
            IngestReport report = new Pipeline(workspace, Workspace.COMMAND_LINE_ACTOR)
                    .ingest(inputs, CaptureSettings.defaults().withAllowPrivate(allowPrivate), progress);
            progress.close();
            out.printf("Ingested into %s: %d new item(s), %d already stored, %d failed extraction, %d input(s) "
                    + "rejected, %d capture(s) refused.%n", workspace.directory().root(), report.stored(),
                    report.alreadyStored(), report.extractionFailed(), report.rejected().size(), report.refused().size());
            out.flush();
            if (!report.refused().isEmpty()) {
                return ExitCodes.CAPTURE;
            }
            return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }
}
