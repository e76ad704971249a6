package org.frontwatch.register.corroborate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the reports of one copies block — one event type, one near-duplicate cluster — into the sets that linking
 * every two of them from different items by {@link IncidentRule#sameEvent} of copies would give, without comparing
 * every two: a near-duplicate cluster of generated or reposted texts can hold tens of thousands of reports, and
 * their pairs grow with its square.
 *
 * <p>Two copies agree when their anchor sets (units, places, regions of origin, regions where it happened) are
 * compatible, so reports with equal anchor sets form one group and groups are compared instead of reports; a block
 * of thousands of reports has few distinct anchor sets. Within a group every two reports agree, so a group holding
 * two items is connected. Between two groups that agree, every report of one is linked to every report of the
 * other from another item, so both are connected together unless both hold only the same one item.
 */
final class CopyGroups {
    private CopyGroups() {
    }

    /** Joins in {@code sets} the reports (positions in {@code reports}) of {@code block} that copies link. */
    static void link(List<Integer> block, List<ReportFacts> reports, UnionFind sets) {
        if (block.size() < 2) {
            return;
        }
        Map<List<Set<String>>, Group> byAnchors = new LinkedHashMap<>();
        for (int index : block) {
            ReportFacts report = reports.get(index);
            byAnchors.computeIfAbsent(List.of(report.units(), report.places(), report.origin(), report.location()),
                    anchors -> new Group(report.item())).add(index, report.item());
        }
        List<Group> groups = new ArrayList<>(byAnchors.values());
        for (Group group : groups) {
            if (group.manyItems) {
                group.join(sets);
            }
        }
        for (int a = 0; a < groups.size(); a++) {
            Group first = groups.get(a);
            for (int b = a + 1; b < groups.size(); b++) {
                Group second = groups.get(b);
                if (first.joined && second.joined && sets.find(first.report()) == sets.find(second.report())) {
                    continue;
                }
                if ((first.manyItems || second.manyItems || first.item != second.item)
                        && IncidentRule.sameEvent(reports.get(first.report()), reports.get(second.report()), true)) {
                    first.join(sets);
                    second.join(sets);
                    sets.union(first.report(), second.report());
                }
            }
        }
    }

    /** The reports of a copies block with one set of anchors: their positions, their first item, whether more. */
    private static final class Group {
        private final List<Integer> members = new ArrayList<>();
        private final int item;
        private boolean manyItems;
        private boolean joined;

        Group(int item) {
            this.item = item;
        }

        void add(int index, int itemOfIndex) {
            members.add(index);
            manyItems |= itemOfIndex != item;
        }

        /** The group's first report, which stands for its anchors. */
        int report() {
            return members.get(0);
        }

        /** Joins every report of the group into one set (once). */
        void join(UnionFind sets) {
            if (!joined) {
                for (int index : members.subList(1, members.size())) {
                    sets.union(report(), index);
                }
                joined = true;
            }
        }
    }
}
