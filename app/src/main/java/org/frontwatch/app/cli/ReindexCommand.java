package org.frontwatch.app.cli;

import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch reindex}: rebuild the search index from the store alone. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the Lucene search index from the SQL store alone (the index is derived data),",
            "and recompute near-duplicate clusters, incidents and claim groups. An index written before word",
            "offsets were indexed keeps working; reindexing it adds them, which makes search highlighting cheaper."})
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl())) {
            long documents = workspace.register().index().reindex(workspace.register().store());
            var summary = workspace.register().corroborator().rebuild();
            spec.commandLine().getOut().printf("Reindexed %d item(s); %s%n", documents, summary);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
