package org.frontwatch.spark.corroborate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.frontwatch.register.corroborate.IncidentRule;
import org.frontwatch.register.corroborate.ReportFacts;
import scala.Tuple2;

/**
 * The links between reports that the register's {@code IncidentMerger} makes before it places vague reports,
 * found block by block: reports are grouped by the merger's blocks — type and near-duplicate cluster (copies:
 * every pair from two different items), or type and one anchor (unit, place, region of origin, region where it
 * happened; vague reports left out, each report against the later-starting ones its widened window can reach) —
 * and each block keeps only the links that join two of its sets. The components of these links are the
 * merger's components before vague reports are placed.
 */
final class IncidentLinks {
    private IncidentLinks() {
    }

    /** The links among {@code rows} ({@link CorroborationFacts#rows fact rows}), as report-id pairs. */
    static JavaRDD<Tuple2<String, String>> of(JavaRDD<Row> rows, int partitions) {
        return rows
                .flatMapToPair(row -> {
                    ReportFacts report = CorroborationFacts.report(row);
                    List<Tuple2<String, Row>> blocks = new ArrayList<>();
                    blocks.add(new Tuple2<>(report.type() + "|c|" + row.getString(CorroborationFacts.CLUSTER_ID), row));
                    if (report.window().isPresent() && !IncidentRule.vague(report)) {
                        report.units().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|u|" + key, row)));
                        report.places().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|p|" + key, row)));
                        report.origin().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|o|" + key, row)));
                        report.location().forEach(key -> blocks.add(new Tuple2<>(report.type() + "|l|" + key, row)));
                    }
                    return blocks.iterator();
                })
                .groupByKey(partitions)
                .flatMap(block -> {
                    List<Row> members = new ArrayList<>();
                    block._2().forEach(members::add);
                    boolean copies = block._1().contains("|c|");
                    return (copies ? copyLinks(members) : anchorLinks(members)).iterator();
                });
    }

    /** Every pair of reports of two different items that tell the same event as copies of one text. */
    private static List<Tuple2<String, String>> copyLinks(List<Row> members) {
        if (members.size() < 2) {
            return List.of();
        }
        members.sort(Comparator.comparing(row -> row.getString(CorroborationFacts.ID)));
        List<ReportFacts> reports = new ArrayList<>(members.size());
        List<String> items = new ArrayList<>(members.size());
        for (Row row : members) {
            reports.add(CorroborationFacts.report(row));
            items.add(row.getString(CorroborationFacts.ITEM_ID));
        }
        BlockSets sets = new BlockSets(reports.size());
        List<Tuple2<String, String>> links = new ArrayList<>();
        for (int a = 0; a < reports.size(); a++) {
            for (int b = a + 1; b < reports.size(); b++) {
                if (!items.get(a).equals(items.get(b)) && sets.find(a) != sets.find(b)
                        && IncidentRule.sameEvent(reports.get(a), reports.get(b), true)) {
                    sets.union(a, b);
                    links.add(new Tuple2<>(reports.get(a).id(), reports.get(b).id()));
                }
            }
        }
        return links;
    }

    /** Each report of an anchor block against the later-starting ones its widened window can reach. */
    private static List<Tuple2<String, String>> anchorLinks(List<Row> members) {
        if (members.size() < 2) {
            return List.of();
        }
        List<ReportFacts> reports = new ArrayList<>(members.size());
        members.forEach(row -> reports.add(CorroborationFacts.report(row)));
        reports.sort(Comparator.comparing((ReportFacts report) -> report.window().orElseThrow().from())
                .thenComparing(ReportFacts::id));
        BlockSets sets = new BlockSets(reports.size());
        List<Tuple2<String, String>> links = new ArrayList<>();
        for (int a = 0; a < reports.size(); a++) {
            ReportFacts first = reports.get(a);
            for (int b = a + 1; b < reports.size(); b++) {
                ReportFacts second = reports.get(b);
                if (second.window().orElseThrow().from()
                        .isAfter(first.window().orElseThrow().to().plusDays(2L * IncidentRule.SLACK_DAYS))) {
                    break;
                }
                if (sets.find(a) != sets.find(b) && IncidentRule.sameEvent(first, second, false)) {
                    sets.union(a, b);
                    links.add(new Tuple2<>(first.id(), second.id()));
                }
            }
        }
        return links;
    }

    /** Disjoint sets over the reports of one block. */
    private static final class BlockSets {
        private final int[] parent;

        BlockSets(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int element) {
            int x = element;
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
