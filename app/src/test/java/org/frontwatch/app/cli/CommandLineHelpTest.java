package org.frontwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineHelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"ingest", "extract", "search", "tally", "claims", "unit", "export", "verify", "recheck",
        "reindex", "serve", "demo", "eval"})
    void everySubcommandExplainsItselfWithHelp(String subcommand) {
        CommandRun run = CommandRun.of(subcommand, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: frontwatch " + subcommand).contains("--help");
    }

    @Test
    void topLevelHelpListsTheSubcommandsAndTheDataDirectory() {
        CommandRun run = CommandRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ingest", "tally", "verify", "serve", "demo", "--data", "FRONTWATCH_DATA");
    }

    @Test
    void versionNamesFrontwatch() {
        CommandRun run = CommandRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Frontwatch ");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        CommandRun run = CommandRun.of("tally", "--by", "origin", "--bogus");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--bogus").contains("frontwatch tally --help");
    }

    @Test
    void badTallyDimensionSaysWhatIsAllowed() {
        CommandRun run = CommandRun.of("--data", System.getProperty("java.io.tmpdir") + "/fw-help-test", "tally",
                "--by", "colour");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("origin, region, place, unit, type or source");
    }
}
