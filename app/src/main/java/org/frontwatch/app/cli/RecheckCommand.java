package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.Recheck;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.archive.preserve.capture.CaptureSettings;
import org.frontwatch.archive.preserve.capture.UrlCapturer;
import org.frontwatch.archive.preserve.recheck.RecheckOutcome;
import org.frontwatch.archive.preserve.recheck.Rechecker;
import org.frontwatch.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch recheck}: notice deleted and changed originals, keeping every capture. */
@Command(name = "recheck", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-fetch captured web addresses (articles, public Telegram posts). A changed original gets a",
            "new capture and status 'changed'; 404/410, a platform's 'post deleted' page or a vanished channel gives",
            "status 'deleted' with the time. Earlier captures are kept; each recheck is logged in custody.",
            "Run it from cron, e.g. hourly: frontwatch recheck --older-than 24h"})
final class RecheckCommand implements Callable<Integer> {
    @Option(names = "--older-than", defaultValue = "24h", paramLabel = "DURATION",
            description = "Only items last captured or checked longer ago than this: 30m, 24h, 7d (default: ${DEFAULT-VALUE}).")
    private String olderThan;

    @Option(names = "--allow-private", description = "Allow loopback and private addresses (refused by default).")
    private boolean allowPrivate;

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Rechecker rechecker = new Rechecker(new UrlCapturer(CaptureSettings.defaults().withAllowPrivate(allowPrivate)));
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl())) {
            Recheck.RecheckReport report = new Recheck(workspace, rechecker, Workspace.COMMAND_LINE_ACTOR)
                    .run(parseDuration(olderThan), outcome -> print(out, outcome));
            out.printf("Rechecked: %d unchanged, %d changed, %d deleted, %d failed.%n", report.unchanged(),
                    report.changed(), report.deleted(), report.failures().size());
            report.failures().forEach(failure -> out.println("  failed: " + failure));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, RecheckOutcome outcome) {
        if (outcome.verdict() != RecheckOutcome.Verdict.UNCHANGED) {
            out.printf("  %-8s %s (%s)%n", outcome.verdict().name().toLowerCase(Locale.ROOT), outcome.uri(),
                    outcome.evidence());
        }
    }

    /** Reads 30m, 24h, 7d, 90s or an ISO-8601 duration (PT24H). */
    static Duration parseDuration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException(value);
            };
        } catch (RuntimeException e) {
            throw new UsageException("not a duration: \"" + text + "\" (use 30m, 24h, 7d or PT24H)");
        }
    }
}
