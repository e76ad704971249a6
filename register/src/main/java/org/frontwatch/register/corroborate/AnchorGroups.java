package org.frontwatch.register.corroborate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontwatch.model.EventType;

/**
 * Links the specific reports (not vague, with a window) that {@link IncidentRule#sameEvent} links, without
 * comparing report with report: the reports of one type with equal anchor sets (units, places, regions of origin,
 * regions where it happened) form a group, cut into chunks — stretches of time no window of another chunk reaches —
 * and the chunks of two groups whose anchors agree are compared when their spans meet, their reports linked by
 * their windows alone in one sweep over both, sorted by window start; a group's own reports likewise.
 *
 * <p>Comparing each report with every later report of a shared anchor whose window its own can still reach grows
 * with the square of the reports per anchor and week: on the generated messages a region named by thousands of
 * reports a week gave hundreds of millions of comparisons of reports that could never agree (their places or
 * units differ). With few distinct anchor sets a group holds many reports and the work is near the number of
 * reports times the groups each agrees with; with many (every report's anchors its own, as in the register
 * benchmark's items) chunks are single reports and the work is that of comparing report with report.
 *
 * <p>Within two groups whose anchors agree, two reports are linked when their windows meet: widened by
 * {@value IncidentRule#SLACK_DAYS} days on both sides when both are dated, not widened when either is dated only by
 * its publication ({@link IncidentRule#undated}), and two such undated reports only when the groups share a unit or a
 * place. The sweep keeps, for each side, the reports whose windows may still meet a later one; a report that meets
 * some of the other side's is linked to them all, and they are then one set, so only the one reaching furthest is
 * kept — each report is kept and dropped once.
 *
 * <p>Once linked, the groups also answer which sets a vague report agrees with ({@link #addAgreeingSets}): the
 * reports of an anchor in reach one by one, or, when they outnumber the anchor's groups, the groups whose anchors
 * agree with it, passing over a run of reports of one set once one of them agrees.
 */
public final class AnchorGroups {
    private final List<ReportFacts> reports;
    private final UnionFind sets;
    private final long[] from;
    private final long[] to;
    private final boolean[] undated;
    private final Map<EventType, TypeGroups> byType = new EnumMap<>(EventType.class);

    /**
     * Groups the specific reports; {@code vague} marks the others. {@link #link} joins them in {@code sets}, and
     * {@link #addAgreeingSets} then finds the sets a vague report agrees with.
     */
    AnchorGroups(List<ReportFacts> reports, boolean[] vague, UnionFind sets) {
        this.reports = reports;
        this.sets = sets;
        from = new long[reports.size()];
        to = new long[reports.size()];
        undated = new boolean[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            ReportFacts report = reports.get(i);
            if (vague[i] || report.window().isEmpty()) {
                continue;
            }
            from[i] = report.window().get().from().toEpochDay();
            to[i] = report.window().get().to().toEpochDay();
            undated[i] = IncidentRule.undated(report);
            byType.computeIfAbsent(report.type(), type -> new TypeGroups()).add(i, report, undated[i]);
        }
        Comparator<Integer> byStart = Comparator.<Integer>comparingLong(i -> from[i]).thenComparingInt(i -> i);
        byType.values().forEach(groups -> groups.index(byStart, from, to, undated));
    }

    /**
     * For each of {@code reports} (specific ones: not vague, with a window), the index of a representative of its set
     * once every two that tell the same event are linked: what the Spark job computes block by block with the same
     * rule as the merger.
     */
    public static int[] setsOf(List<ReportFacts> reports) {
        UnionFind sets = new UnionFind(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            sets.add();
        }
        new AnchorGroups(reports, new boolean[reports.size()], sets).link();
        int[] representatives = new int[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            representatives[i] = sets.find(i);
        }
        return representatives;
    }

    /** Joins in the sets every two specific reports that tell the same event. */
    void link() {
        for (TypeGroups type : byType.values()) {
            for (Group group : type.groups) {
                if (IncidentRule.anchored(group.anchors, group.anchors)) {
                    linkWithin(group);
                }
            }
            type.chunksByAnchor.forEach((anchor, chunks) -> linkChunks(anchor.charAt(0), chunks));
        }
    }

    /**
     * Links the chunks of the groups that name one anchor key (sorted by start): each with the later-starting
     * chunks of other groups that its widened span can reach, when the anchor's kind is the first both groups name
     * (two groups that agree share a key of every kind both name, so they meet in that kind's block) and their
     * anchors agree.
     */
    private void linkChunks(char kind, List<Chunk> chunks) {
        for (int a = 0; a < chunks.size(); a++) {
            Chunk first = chunks.get(a);
            long reach = first.end + 2L * IncidentRule.SLACK_DAYS;
            for (int b = a + 1; b < chunks.size() && chunks.get(b).start <= reach; b++) {
                Chunk second = chunks.get(b);
                if (first.group != second.group && firstKindBothName(first.group.anchors, second.group.anchors) == kind
                        && IncidentRule.compatible(first.group.anchors, second.group.anchors)) {
                    linkBetween(first, second);
                }
            }
        }
    }

    private static char firstKindBothName(ReportFacts a, ReportFacts b) {
        if (!a.units().isEmpty() && !b.units().isEmpty()) {
            return 'u';
        } else if (!a.places().isEmpty() && !b.places().isEmpty()) {
            return 'p';
        } else if (!a.origin().isEmpty() && !b.origin().isEmpty()) {
            return 'o';
        }
        return 'l';
    }

    private void linkWithin(Group group) {
        linkOverlapping(group.dated, IncidentRule.SLACK_DAYS);
        linkMeeting(group.dated, group.undated, 0);
        if (IncidentRule.sharesUnitOrPlace(group.anchors, group.anchors)) {
            linkOverlapping(group.undated, 0);
        }
    }

    private void linkBetween(Chunk first, Chunk second) {
        linkMeeting(first.dated, second.dated, IncidentRule.SLACK_DAYS);
        linkMeeting(first.dated, second.undated, 0);
        linkMeeting(first.undated, second.dated, 0);
        if (IncidentRule.sharesUnitOrPlace(first.group.anchors, second.group.anchors)) {
            linkMeeting(first.undated, second.undated, 0);
        }
    }

    /** Joins the sets of every two reports of one sorted list whose windows, widened by {@code slack}, overlap. */
    private void linkOverlapping(List<Integer> sorted, int slack) {
        int furthest = -1;
        for (int report : sorted) {
            if (furthest >= 0 && to[furthest] + 2L * slack >= from[report]) {
                sets.union(furthest, report);
                if (to[report] > to[furthest]) {
                    furthest = report;
                }
            } else {
                furthest = report;
            }
        }
    }

    /**
     * Joins the sets of every report of one list and every report of the other whose windows, widened by {@code
     * slack}, overlap (both lists sorted by start); not pair by pair, see the class comment.
     */
    private void linkMeeting(List<Integer> first, List<Integer> second, int slack) {
        if (first.isEmpty() || second.isEmpty()) {
            return;
        }
        List<Integer> openFirst = new ArrayList<>();
        List<Integer> openSecond = new ArrayList<>();
        int a = 0;
        int b = 0;
        while (a < first.size() || b < second.size()) {
            boolean takeFirst = b == second.size() || a < first.size() && from[first.get(a)] <= from[second.get(b)];
            int report = takeFirst ? first.get(a++) : second.get(b++);
            List<Integer> other = takeFirst ? openSecond : openFirst;
            int furthest = -1;
            for (int open : other) {
                if (to[open] + 2L * slack >= from[report]) {
                    sets.union(report, open);
                    if (furthest < 0 || to[open] > to[furthest]) {
                        furthest = open;
                    }
                }
            }
            other.clear();
            if (furthest >= 0) {
                other.add(furthest);
            }
            (takeFirst ? openFirst : openSecond).add(report);
        }
    }

    /**
     * Adds to {@code found} the sets of the specific reports that {@code vague} agrees with ({@link
     * IncidentRule#sameEvent}) among those that share a place, a region of origin or a region where it happened
     * with it and start from {@value IncidentRule#VAGUE_DAYS} + 2 × {@value IncidentRule#SLACK_DAYS} days before its
     * window to 2 × {@value IncidentRule#SLACK_DAYS} days after it; stops once {@code found} holds two sets, which
     * is all its placement needs to know. Call after {@link #link}.
     */
    void addAgreeingSets(ReportFacts vague, Set<Integer> found) {
        TypeGroups type = byType.get(vague.type());
        if (type == null || vague.window().isEmpty() || found.size() > 1) {
            return;
        }
        long earliest = vague.window().get().from().toEpochDay() - IncidentRule.VAGUE_DAYS
                - 2L * IncidentRule.SLACK_DAYS;
        long latest = vague.window().get().to().toEpochDay() + 2L * IncidentRule.SLACK_DAYS;
        List<String> anchors = new ArrayList<>();
        vague.places().forEach(key -> anchors.add("p|" + key));
        vague.origin().forEach(key -> anchors.add("o|" + key));
        vague.location().forEach(key -> anchors.add("l|" + key));
        for (String anchor : anchors) {
            // The anchor's reports in reach one by one, or its groups' when they are fewer than those reports.
            List<Integer> naming = type.reportsByAnchor.getOrDefault(anchor, List.of());
            int first = firstStartingOnOrAfter(naming, earliest);
            int end = firstStartingOnOrAfter(naming, latest + 1);
            List<Integer> groups = type.groupsByAnchor.getOrDefault(anchor, List.of());
            if (end - first <= groups.size()) {
                for (int position = first; position < end && found.size() < 2; position++) {
                    if (IncidentRule.sameEvent(vague, reports.get(naming.get(position)), false)) {
                        found.add(sets.find(naming.get(position)));
                    }
                }
            } else {
                for (int index : groups) {
                    Group group = type.groups.get(index);
                    if (IncidentRule.compatible(vague, group.anchors)) {
                        addAgreeingSets(vague, group, earliest, latest, found);
                    }
                }
            }
            if (found.size() > 1) {
                return;
            }
        }
    }

    /** {@link #addAgreeingSets(ReportFacts, Set)} in one group: passes over a run of one set once one agrees. */
    private void addAgreeingSets(ReportFacts vague, Group group, long earliest, long latest, Set<Integer> found) {
        int[] nextSet = group.nextSet(sets);
        int position = firstStartingOnOrAfter(group.all, earliest);
        while (position < group.all.size() && from[group.all.get(position)] <= latest && found.size() < 2) {
            int report = group.all.get(position);
            if (IncidentRule.sameEvent(vague, reports.get(report), false)) {
                found.add(sets.find(report));
                position = nextSet[position];
            } else {
                position++;
            }
        }
    }

    /** The first position in a list sorted by window start whose window starts on or after {@code day}. */
    private int firstStartingOnOrAfter(List<Integer> sorted, long day) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (from[sorted.get(middle)] < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The groups of one event type and, by anchor kind and key ({@code "p|geonames:713122"}), the groups that name
     * it, their chunks and their reports, each sorted by start.
     */
    private static final class TypeGroups {
        private final Map<List<Set<String>>, Group> byAnchors = new LinkedHashMap<>();
        private final List<Group> groups = new ArrayList<>();
        private final Map<String, List<Integer>> groupsByAnchor = new HashMap<>();
        private final Map<String, List<Chunk>> chunksByAnchor = new HashMap<>();
        private final Map<String, List<Integer>> reportsByAnchor = new HashMap<>();

        void add(int report, ReportFacts facts, boolean publicationOnly) {
            byAnchors.computeIfAbsent(List.of(facts.units(), facts.places(), facts.origin(), facts.location()),
                    anchors -> new Group(facts)).add(report, publicationOnly);
        }

        void index(Comparator<Integer> byStart, long[] from, long[] to, boolean[] publicationOnly) {
            groups.addAll(byAnchors.values());
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                group.sort(byStart, from, to, publicationOnly);
                List<String> anchors = new ArrayList<>();
                group.anchors.units().forEach(key -> anchors.add("u|" + key));
                group.anchors.places().forEach(key -> anchors.add("p|" + key));
                group.anchors.origin().forEach(key -> anchors.add("o|" + key));
                group.anchors.location().forEach(key -> anchors.add("l|" + key));
                for (String anchor : anchors) {
                    groupsByAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).add(g);
                    chunksByAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).addAll(group.chunks);
                    reportsByAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).addAll(group.all);
                }
            }
            chunksByAnchor.values().forEach(chunks -> chunks.sort(Comparator.comparingLong(chunk -> chunk.start)));
            reportsByAnchor.values().forEach(naming -> naming.sort(byStart));
        }
    }

    /** The specific reports of one type with one set of anchors, dated by their text or by their publication. */
    private static final class Group {
        private final ReportFacts anchors;
        private final List<Integer> dated = new ArrayList<>();
        private final List<Integer> undated = new ArrayList<>();
        private final List<Integer> all = new ArrayList<>();
        private final List<Chunk> chunks = new ArrayList<>();
        private int[] nextSet;

        Group(ReportFacts anchors) {
            this.anchors = anchors;
        }

        void add(int report, boolean publicationOnly) {
            (publicationOnly ? undated : dated).add(report);
            all.add(report);
        }

        /** Sorts the reports by start and cuts them into chunks. */
        void sort(Comparator<Integer> byStart, long[] from, long[] to, boolean[] publicationOnly) {
            dated.sort(byStart);
            undated.sort(byStart);
            all.sort(byStart);
            Chunk chunk = null;
            for (int report : all) {
                if (chunk == null || from[report] > chunk.end + 2L * IncidentRule.SLACK_DAYS) {
                    chunk = new Chunk(this, from[report]);
                    chunks.add(chunk);
                }
                chunk.add(report, publicationOnly[report], to[report]);
            }
        }

        /** For each position of {@link #all}, the next position whose report is in another set (once linked). */
        int[] nextSet(UnionFind sets) {
            if (nextSet == null) {
                nextSet = new int[all.size()];
                for (int position = all.size() - 1; position >= 0; position--) {
                    boolean last = position == all.size() - 1;
                    nextSet[position] = last ? all.size()
                            : sets.find(all.get(position + 1)) != sets.find(all.get(position)) ? position + 1
                            : nextSet[position + 1];
                }
            }
            return nextSet;
        }
    }

    /**
     * Reports of one group that follow each other within the widest reach of a window ({@code 2 × SLACK_DAYS}
     * days): no report of a group reaches a report of another of its chunks, so two groups' reports are compared
     * only in chunks whose spans meet.
     */
    private static final class Chunk {
        private final Group group;
        private final List<Integer> dated = new ArrayList<>();
        private final List<Integer> undated = new ArrayList<>();
        private final long start;
        private long end = Long.MIN_VALUE;

        Chunk(Group group, long start) {
            this.group = group;
            this.start = start;
        }

        void add(int report, boolean publicationOnly, long reportEnd) {
            (publicationOnly ? undated : dated).add(report);
            end = Math.max(end, reportEnd);
        }
    }
}
