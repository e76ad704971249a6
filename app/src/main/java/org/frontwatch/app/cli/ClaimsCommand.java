package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.model.Claim;
import org.frontwatch.register.corroborate.ClaimGroup;
import org.frontwatch.register.query.ClaimGroupView;
import org.frontwatch.register.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch claims}: contested figures side by side, with claimants, ranges and conflicts. */
@Command(name = "claims", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List claim groups — figures about the same subject and period — with each claimant's figure,",
            "low / best / high across them (UCDP style), and whether they conflict."})
final class ClaimsCommand implements Callable<Integer> {
    @Option(names = "--conflicts", description = "Only groups whose claims conflict.")
    private boolean conflictsOnly;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<ClaimGroupView> groups;
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl())) {
            groups = workspace.register().queries().claimGroups().stream()
                    .filter(view -> !conflictsOnly || view.group().conflicting()).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, groups);
            return ExitCodes.OK;
        }
        out.printf("%d claim group(s)%n", groups.size());
        for (ClaimGroupView view : groups) {
            ClaimGroup group = view.group();
            out.printf("%n%s — %s%s, %s: low %s, best %s, high %s%s%n", group.subject(), group.unit(),
                    group.per().isEmpty() ? "" : " per " + group.per(), group.period(), number(group.low()),
                    number(group.best()), number(group.high()), group.conflicting() ? "  [CONFLICT]" : "");
            for (StoredClaim stored : view.claims()) {
                Claim claim = stored.claim();
                out.printf("  %-28s %s–%s  (item %s)%n", claim.claimant().orElse("(unattributed)"),
                        number(claim.figure().low()), number(claim.figure().high()), stored.itemId().substring(0, 12));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "?";
    }
}
