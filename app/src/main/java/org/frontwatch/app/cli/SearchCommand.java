package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.register.index.FacetCount;
import org.frontwatch.register.index.SearchHit;
import org.frontwatch.register.index.SearchQuery;
import org.frontwatch.register.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch search}: full-text search in three languages with field filters and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search the preserved items. Words (all must match, inflected forms included), \"phrases\",",
            "field:value (type, origin, region, place, unit, org, language, source, kind), date:FROM..TO, -word.",
            "Examples: frontwatch search 'подвал type:DETENTION'   frontwatch search 'unit:regiment:1439'"})
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined).")
    private List<String> words;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only items published on or after this day.")
    private LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only items published on or before this day.")
    private LocalDate until;

    @Option(names = "--limit", defaultValue = "20", description = "How many hits to show (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print JSON (hits, total and facet counts).")
    private boolean json;

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SearchQuery query = new SearchQuery(String.join(" ", words), Optional.ofNullable(since),
                Optional.ofNullable(until), Math.max(1, Math.min(limit, SearchQuery.MAX_LIMIT)), 0);
        SearchResult result;
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl())) {
            result = workspace.register().index().search(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, result);
            return ExitCodes.OK;
        }
        out.printf("%d item(s) match; showing %d.%n", result.total(), result.hits().size());
        for (SearchHit hit : result.hits()) {
            out.printf("%n%s  %s  %s  [%s]%n  %s%n  %s%n", hit.itemId().substring(0, 12),
                    hit.published().map(LocalDate::toString).orElse("----------"), hit.source(),
                    hit.language().code(), hit.title(), plain(hit.snippet()));
        }
        if (!result.facets().isEmpty()) {
            out.println();
            result.facets().forEach((facet, counts) -> out.printf("%s: %s%n", facet, counts.stream().limit(8)
                    .map(count -> count.value() + " (" + count.count() + ")").reduce((a, b) -> a + ", " + b).orElse("")));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The snippet for a terminal: marks as [[…]], HTML entities decoded. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "[[").replace("</mark>", "]]").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }
}
