package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.model.UnitKey;
import org.frontwatch.model.UsageException;
import org.frontwatch.register.query.KeyCount;
import org.frontwatch.register.query.UnitProfile;
import org.frontwatch.register.query.UnitSighting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch unit}: what the register knows of one unit. */
@Command(name = "unit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Profile a unit: the incidents it appears in with places and dates, the regions its soldiers",
            "come from, event types, sources and every item that mentions it. Example: frontwatch unit regiment:1439"})
final class UnitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "KIND:DESIGNATION", description = "regiment:1439, brigade:155, unit:16871, named:storm-z")
    private String unit;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        UnitKey key;
        try {
            key = UnitKey.parse(unit);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        UnitProfile profile;
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl())) {
            profile = workspace.register().queries().unit(key.toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, profile);
            return ExitCodes.OK;
        }
        out.printf("%s: %d incident(s), %d item(s)%n", profile.unit(), profile.sightings().size(),
                profile.itemIds().size());
        for (UnitSighting sighting : profile.sightings()) {
            out.printf("  %-17s %-23s %s%n", sighting.type(),
                    sighting.when().map(w -> w.from() + (w.to().equals(w.from()) ? "" : ".." + w.to())).orElse("undated"),
                    String.join(", ", sighting.placeNames()));
        }
        print(out, "Regions of origin", profile.origins());
        print(out, "Event types", profile.types());
        print(out, "Sources", profile.sources());
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String heading, List<KeyCount> counts) {
        if (!counts.isEmpty()) {
            out.printf("%s: %s%n", heading, counts.stream().map(c -> c.label() + " (" + c.count() + ")")
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        }
    }
}
