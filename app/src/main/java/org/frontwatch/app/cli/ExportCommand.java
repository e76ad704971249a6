package org.frontwatch.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.app.redact.PublicRedactor;
import org.frontwatch.archive.preserve.custody.CustodyAction;
import org.frontwatch.model.Redactor;
import org.frontwatch.register.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code frontwatch export}: the register in formats investigators' other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the register: acled (ACLED-style CSV, one row per incident), geojson (incidents as a",
            "GeoJSON FeatureCollection for a GIS), ftm (FollowTheMoney entities as JSON lines for Aleph/OpenAleph),",
            "jsonl (everything as JSON lines). --public exports only corroborated or verified incidents, redacted.",
            "Every export is recorded in the custody log."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "acled|geojson|ftm|jsonl", description = "The format.")
    private String format;

    @Option(names = "--public", description = "Only public incidents, with private persons, phone numbers, handles, "
            + "e-mails and street addresses redacted.")
    private boolean publicMode;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @ParentCommand
    private FrontwatchCli cli;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = ExportFormat.parse(format);
        Redactor redactor = publicMode ? PublicRedactor.instance() : Redactor.none();
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl());
             Writer out = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            workspace.register().exporter().export(exportFormat, publicMode, redactor, out);
            out.flush();
            workspace.custody().append(Workspace.COMMAND_LINE_ACTOR, CustodyAction.EXPORTED, "register", Map.of(
                    "format", exportFormat.name().toLowerCase(Locale.ROOT),
                    "public", Boolean.toString(publicMode),
                    "to", output == null ? "stdout" : output.toAbsolutePath().toString()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ExitCodes.OK;
    }
}
