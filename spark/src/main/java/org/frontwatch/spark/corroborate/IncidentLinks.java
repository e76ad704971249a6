package org.frontwatch.spark.corroborate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.frontwatch.register.corroborate.AnchorGroups;
import org.frontwatch.register.corroborate.IncidentRule;
import org.frontwatch.register.corroborate.ReportFacts;
import scala.Tuple2;

/**
 * The links between reports that the register's {@code IncidentMerger} makes before it places vague reports,
 * found block by block: reports are grouped by the merger's blocks — type and near-duplicate cluster (copies:
 * every pair from two different items), or type and one anchor (unit, place, region of origin, region where it
 * happened; vague reports left out, linked by the merger's own {@link AnchorGroups}) — and each block keeps only
 * the links that join two of its sets. The components of these links are the
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

    /**
     * Links that connect the reports of a copies block as the merger's links between every two of them from
     * different items do ({@link IncidentRule#sameEvent} of copies: same type and compatible anchors). Compatibility
     * depends only on the four anchor sets, so reports with equal sets form one group, and groups are compared
     * instead of reports — a near-duplicate cluster of thousands of reposts has few distinct anchor sets. A group
     * is connected when it holds two items, or holds one item and is compatible with a group holding another;
     * two compatible groups are connected when between them they hold two items.
     */
    private static List<Tuple2<String, String>> copyLinks(List<Row> members) {
        if (members.size() < 2) {
            return List.of();
        }
        members.sort(Comparator.comparing(row -> row.getString(CorroborationFacts.ID)));
        Map<List<Set<String>>, AnchorGroup> byAnchors = new LinkedHashMap<>();
        for (Row row : members) {
            ReportFacts report = CorroborationFacts.report(row);
            byAnchors.computeIfAbsent(List.of(report.units(), report.places(), report.origin(), report.location()),
                    anchors -> new AnchorGroup(report)).add(report.id(), row.getString(CorroborationFacts.ITEM_ID));
        }
        List<AnchorGroup> groups = new ArrayList<>(byAnchors.values());
        List<Tuple2<String, String>> links = new ArrayList<>();
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                AnchorGroup first = groups.get(a);
                AnchorGroup second = groups.get(b);
                if (IncidentRule.sameEvent(first.report, second.report, true)
                        && (first.items.size() > 1 || second.items.size() > 1 || !first.items.equals(second.items))) {
                    first.connected = true;
                    second.connected = true;
                    links.add(new Tuple2<>(first.report.id(), second.report.id()));
                }
            }
        }
        for (AnchorGroup group : groups) {
            if (group.connected || group.items.size() > 1) {
                for (String id : group.ids.subList(1, group.ids.size())) {
                    links.add(new Tuple2<>(group.report.id(), id));
                }
            }
        }
        return links;
    }

    /** The reports of a copies block with one set of anchors: its first report, their ids and (up to two) items. */
    private static final class AnchorGroup {
        private final ReportFacts report;
        private final List<String> ids = new ArrayList<>();
        private final Set<String> items = new HashSet<>(2);
        private boolean connected;

        AnchorGroup(ReportFacts report) {
            this.report = report;
        }

        void add(String id, String item) {
            ids.add(id);
            if (items.size() < 2) {
                items.add(item);
            }
        }
    }

    /**
     * The links of an anchor block: its reports' sets under {@link AnchorGroups} (the merger's own linking of specific
     * reports, groups of equal anchors compared chunk by chunk rather than report by report — a region named by
     * thousands of reports a week made comparing each with every report its window reaches quadratic), each report
     * linked to its set's representative.
     */
    private static List<Tuple2<String, String>> anchorLinks(List<Row> members) {
        if (members.size() < 2) {
            return List.of();
        }
        List<ReportFacts> reports = new ArrayList<>(members.size());
        members.forEach(row -> reports.add(CorroborationFacts.report(row)));
        int[] sets = AnchorGroups.setsOf(reports);
        List<Tuple2<String, String>> links = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            if (sets[i] != i) {
                links.add(new Tuple2<>(reports.get(sets[i]).id(), reports.get(i).id()));
            }
        }
        return links;
    }
}
