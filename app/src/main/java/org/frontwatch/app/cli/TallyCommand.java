package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.Workspace;
import org.frontwatch.model.EventType;
import org.frontwatch.register.query.TallyDimension;
import org.frontwatch.register.query.TallyQuery;
import org.frontwatch.register.query.TallyRow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontwatch tally}: count incidents (not copies) by a dimension, with the evidence behind each count. */
@Command(name = "tally", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Count incidents — real events, however many items tell them — by region of origin, region,",
            "place, unit, event type or source, with the incident and evidence item ids behind every count.",
            "Example: frontwatch tally --by origin --type APPEAL --since 2023-02-01"})
final class TallyCommand implements Callable<Integer> {
    @Option(names = "--by", required = true, paramLabel = "DIMENSION",
            description = "origin, region, place, unit, type or source.")
    private String by;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only incidents of this event type (APPEAL, REFUSAL, …).")
    private EventType type;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only incidents on or after this day.")
    private LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only incidents on or before this day.")
    private LocalDate until;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    static final class Format {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV (opens in a spreadsheet).")
        boolean csv;
    }

    @Override
    public Integer call() {
        TallyQuery query = new TallyQuery(TallyDimension.parse(by), Optional.ofNullable(type),
                Optional.ofNullable(since), Optional.ofNullable(until));
        List<TallyRow> rows;
        try (Workspace workspace = Workspace.open(cli.dataDirectory(), cli.jdbcUrl())) {
            rows = workspace.register().queries().tally(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            JsonOutput.print(out, new TallyOutput(query.by().name().toLowerCase(Locale.ROOT), query.type(), query.since(),
                    query.until(), rows.stream().mapToInt(TallyRow::incidents).sum(), rows.size(), rows));
        } else if (format.csv) {
            CsvOutput csv = new CsvOutput(out);
            csv.row(List.of("key", "label", "incidents", "incident_ids", "evidence_item_ids"));
            for (TallyRow row : rows) {
                csv.row(List.of(row.key(), row.label(), Integer.toString(row.incidents()),
                        String.join(" ", row.incidentIds()), String.join(" ", row.evidenceItemIds())));
            }
            csv.flush();
        } else {
            printTable(out, rows);
        }
        return ExitCodes.OK;
    }

    private void printTable(PrintWriter out, List<TallyRow> rows) {
        out.printf("%d %s value(s), %d incident(s)%s%s%s%n", rows.size(), by.toLowerCase(Locale.ROOT),
                rows.stream().mapToInt(TallyRow::incidents).sum(),
                type == null ? "" : " of type " + type, since == null ? "" : " since " + since,
                until == null ? "" : " until " + until);
        int width = rows.stream().mapToInt(r -> r.key().length()).max().orElse(4);
        for (TallyRow row : rows) {
            out.printf("  %-" + width + "s  %4d  %s  (items: %s)%n", row.key(), row.incidents(), row.label(),
                    abbreviate(row.evidenceItemIds()));
        }
        out.flush();
    }

    private static String abbreviate(List<String> ids) {
        return ids.stream().map(id -> id.substring(0, Math.min(12, id.length()))).reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    /** The JSON shape of a tally. */
    record TallyOutput(String by, Optional<EventType> type, Optional<LocalDate> since, Optional<LocalDate> until,
                       int incidents, int values, List<TallyRow> rows) {
    }
}
