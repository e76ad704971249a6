package org.frontwatch.register.corroborate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.Place;
import org.frontwatch.register.store.ContentIds;

/**
 * Merges reports into incidents by {@link IncidentRule} without comparing every pair: copies — the reports of one
 * type and one near-duplicate cluster — are linked by groups of equal anchors ({@link CopyGroups}); specific reports
 * by groups of one type and equal anchors, a group's stretches of time compared with those of the groups that share
 * an anchor key with it and that they can reach, and their reports by their windows in one sweep ({@link
 * AnchorGroups}). Vague reports are placed last, each into the one incident it agrees with (see {@link
 * IncidentRule}). The incidents are those of comparing every two reports ({@code
 * IncidentMergerAgainstPairwiseTest}).
 *
 * <p>Public for callers that partition the reports themselves (the Spark job): merging the reports of every
 * connected component of {@link IncidentRule} links separately gives the incidents merging all of them at once
 * gives, and {@link #asOneIncident()} builds the incident of a component already known.
 */
public final class IncidentMerger {
    private final List<ItemFacts> items;
    private final List<ReportFacts> reports;
    private final Map<String, Place> placesByKey;
    private final Map<String, Integer> placeCounts;

    /**
     * @param items       the reports' items, each report naming its item by position
     * @param reports     the reports to merge
     * @param placesByKey the gazetteer places named by the reports, by key (an incident's place and regions)
     * @param placeCounts how often each place is mentioned in the whole register (the most named becomes an
     *                    incident's place)
     */
    public IncidentMerger(List<ItemFacts> items, List<ReportFacts> reports, Map<String, Place> placesByKey,
                          Map<String, Integer> placeCounts) {
        this.items = items;
        this.reports = reports;
        this.placesByKey = placesByKey;
        this.placeCounts = placeCounts;
    }

    /** The incidents of the reports, sorted by id; a vague report that agrees with several is in none. */
    public List<Incident> merge() {
        UnionFind sets = new UnionFind(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            sets.add();
        }
        Map<String, List<Integer>> copies = new HashMap<>();
        boolean[] vague = new boolean[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            ReportFacts report = reports.get(i);
            copies.computeIfAbsent(report.type() + "|" + items.get(report.item()).cluster(), k -> new ArrayList<>())
                    .add(i);
            vague[i] = IncidentRule.vague(report);
        }
        for (List<Integer> group : copies.values()) {
            CopyGroups.link(group, reports, sets);
        }
        AnchorGroups specific = new AnchorGroups(reports, vague, sets);
        specific.link();
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            components.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        components = placeVagueReports(components, vague, specific, sets);
        List<Incident> incidents = new ArrayList<>(components.size());
        for (List<Integer> component : components.values()) {
            incidents.add(incident(component));
        }
        incidents.sort(Comparator.comparing(Incident::id));
        return incidents;
    }

    /**
     * Places every component made only of vague reports: into the one specific component it agrees with, on its
     * own when it agrees with none, nowhere when it agrees with several.
     */
    private Map<Integer, List<Integer>> placeVagueReports(Map<Integer, List<Integer>> components, boolean[] vague,
                                                          AnchorGroups specific, UnionFind sets) {
        Map<Integer, List<Integer>> placed = new TreeMap<>();
        List<List<Integer>> vagueOnly = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> component : components.entrySet()) {
            boolean allVague = component.getValue().stream().allMatch(i -> vague[i]);
            if (allVague) {
                vagueOnly.add(component.getValue());
            } else {
                placed.put(component.getKey(), new ArrayList<>(component.getValue()));
            }
        }
        for (List<Integer> component : vagueOnly) {
            TreeSet<Integer> candidates = new TreeSet<>();
            for (int index : component) {
                specific.addAgreeingSets(reports.get(index), candidates);
            }
            if (candidates.isEmpty()) {
                placed.put(sets.find(component.get(0)), new ArrayList<>(component));
            } else if (candidates.size() == 1) {
                placed.get(candidates.first()).addAll(component);
            }
        }
        return placed;
    }

    /**
     * The one incident told by all the reports given, built as {@link #merge()} builds each incident from its
     * component — for a caller that found the components itself (the Spark job, which links reports in parallel
     * and need not link a component's reports a second time).
     */
    public Incident asOneIncident() {
        if (reports.isEmpty()) {
            throw new IllegalStateException("an incident needs at least one report");
        }
        List<Integer> all = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            all.add(i);
        }
        return incident(all);
    }

    private Incident incident(List<Integer> component) {
        TreeSet<String> reportIds = new TreeSet<>();
        TreeSet<Integer> itemIndexes = new TreeSet<>();
        TreeSet<String> origin = new TreeSet<>();
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<String> places = new TreeSet<>();
        TreeSet<String> units = new TreeSet<>();
        TreeSet<String> sources = new TreeSet<>();
        LocalDate from = null;
        LocalDate to = null;
        ReportFacts first = null;
        // The incident is dated by its specific reports; vague ones only when it has nothing else.
        boolean onlyVague = component.stream().allMatch(index -> IncidentRule.vague(reports.get(index)));
        for (int index : component) {
            ReportFacts report = reports.get(index);
            reportIds.add(report.id());
            itemIndexes.add(report.item());
            origin.addAll(report.origin());
            regions.addAll(report.location());
            places.addAll(report.places());
            units.addAll(report.units());
            sources.add(items.get(report.item()).source());
            for (String place : report.places()) {
                Optional.ofNullable(placesByKey.get(place)).ifPresent(p -> regions.add(p.region()));
            }
            if (report.window().isPresent() && (onlyVague || !IncidentRule.vague(report))) {
                DateInterval window = report.window().get();
                from = from == null || window.from().isBefore(from) ? window.from() : from;
                to = to == null || window.to().isAfter(to) ? window.to() : to;
            }
            if (first == null || earlier(report, first)) {
                first = report;
            }
        }
        List<String> itemIds = itemIndexes.stream().map(i -> items.get(i).id()).sorted().toList();
        Optional<DateInterval> when = from == null ? Optional.empty()
                : Optional.of(new DateInterval(from, to, from.equals(to) ? DatePrecision.DAY : DatePrecision.DAYS));
        Optional<Place> place = places.stream().filter(placesByKey::containsKey)
                .max(Comparator.<String>comparingInt(key -> placeCounts.getOrDefault(key, 0))
                        .thenComparing(Comparator.reverseOrder()))
                .map(placesByKey::get);
        String id = ContentIds.of(reportIds.toArray(String[]::new));
        return new Incident(id, first.type(), when, List.copyOf(reportIds), itemIds,
                IndependentSources.count(itemIndexes, items), List.copyOf(origin), List.copyOf(regions),
                List.copyOf(places), List.copyOf(units), List.copyOf(sources), place, first.sentence(),
                items.get(first.item()).id());
    }

    private boolean earlier(ReportFacts candidate, ReportFacts current) {
        ItemFacts a = items.get(candidate.item());
        ItemFacts b = items.get(current.item());
        LocalDate dayA = a.published().orElse(LocalDate.MAX);
        LocalDate dayB = b.published().orElse(LocalDate.MAX);
        if (!dayA.equals(dayB)) {
            return dayA.isBefore(dayB);
        }
        return candidate.id().compareTo(current.id()) < 0;
    }
}
