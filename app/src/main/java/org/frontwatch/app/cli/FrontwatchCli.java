package org.frontwatch.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.frontwatch.app.pipeline.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code frontwatch} command: global options and the subcommands, assembled in one place. */
@Command(name = "frontwatch",
        mixinStandardHelpOptions = true,
        versionProvider = FrontwatchCli.Version.class,
        sortOptions = false,
        description = {
            "An open-source investigation desk for conflict reporting: collect, preserve, extract, corroborate,",
            "count and publish what soldiers, officials and outlets report — every number traceable to evidence."},
        footer = {"", "Data directory: --data DIR, else $FRONTWATCH_DATA, else ./frontwatch-data.",
            "Exit codes: 0 ok, 1 evidence failed verification, 2 usage, 3 bad input, 4 register error,",
            "5 capture refused, 70 internal error."},
        subcommands = {
            DemoCommand.class, IngestCommand.class, ExtractCommand.class, SearchCommand.class,
            TallyCommand.class, ClaimsCommand.class, UnitCommand.class, ExportCommand.class,
            VerifyCommand.class, RecheckCommand.class, ReindexCommand.class, ServeCommand.class,
            EvalCommand.class, CommandLine.HelpCommand.class})
public final class FrontwatchCli implements Runnable {
    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (WARC files, custody log, SQLite store, search index).")
    private Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "Keep the register in this database instead of the embedded SQLite, "
                    + "e.g. jdbc:postgresql://localhost:5432/frontwatch?user=fw&password=…")
    private String jdbcUrl;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: exit codes and error messages mapped in one place. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new FrontwatchCli());
        commandLine.setExitCodeExceptionMapper(new ExitCodes());
        commandLine.setExecutionExceptionHandler(FrontwatchCli::reportFailure);
        commandLine.setParameterExceptionHandler(FrontwatchCli::reportUsageError);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The data directory chosen by {@code --data}, the environment or the default. */
    DataDirectory dataDirectory() {
        return DataDirectory.choose(Optional.ofNullable(data), System.getenv());
    }

    Optional<String> jdbcUrl() {
        return Optional.ofNullable(jdbcUrl).filter(url -> !url.isBlank());
    }

    private static int reportFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getColorScheme().errorText("frontwatch " + commandLine.getCommandName() + ": "
                + describe(failure)));
        if (System.getenv("FRONTWATCH_DEBUG") != null) {
            failure.printStackTrace(err);
        }
        err.flush();
        return new ExitCodes().getExitCode(failure);
    }

    private static int reportUsageError(CommandLine.ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getColorScheme().errorText("frontwatch: " + failure.getMessage()));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getClass().getSimpleName();
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += " (" + cause.getMessage() + ")";
        }
        return message;
    }

    /** Reads the version Maven wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = FrontwatchCli.class.getResourceAsStream("/org/frontwatch/app/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"Frontwatch " + properties.getProperty("version", "(development build)"),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
        }
    }
}
