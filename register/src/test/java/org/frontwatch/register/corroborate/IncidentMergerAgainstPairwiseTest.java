package org.frontwatch.register.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The merger's incidents are those of {@link IncidentRule} applied to every two reports, as its class comment
 * defines them, whatever groups and sweeps it uses to avoid comparing every two: checked against a plain pairwise
 * merge on random reports over a small vocabulary of anchors (many equal and overlapping anchor sets, dated,
 * undated, wide and missing windows, copies across and within items), over two months (dense) and over a year
 * (sparse: groups of equal anchors fall into several stretches of time).
 */
class IncidentMergerAgainstPairwiseTest {
    private static final List<Set<String>> UNITS = List.of(Set.of(), Set.of(), Set.of("unit:a"), Set.of("unit:b"),
            Set.of("unit:a", "unit:b"));
    private static final List<Set<String>> PLACES = List.of(Set.of(), Set.of("place:1"), Set.of("place:2"),
            Set.of("place:3"), Set.of("place:1", "place:2"));
    private static final List<Set<String>> REGIONS = List.of(Set.of(), Set.of("RU-BU"), Set.of("RU-IRK"),
            Set.of("RU-BU", "RU-IRK"));
    private static final List<Set<String>> LOCATIONS = List.of(Set.of(), Set.of("UA-14"), Set.of("UA-09"));
    private static final LocalDate START = LocalDate.parse("2023-02-01");

    @Test
    void mergesAsComparingEveryTwoReportsWould() {
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            int days = seed % 2 == 0 ? 60 : 400;
            List<ItemFacts> items = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                items.add(new ItemFacts(String.format("%064d", i), "source " + i % 5, Optional.empty(),
                        Optional.of(START.plusDays(random.nextInt(days))), random.nextInt(8)));
            }
            List<ReportFacts> reports = new ArrayList<>();
            for (int r = 0; r < 250; r++) {
                reports.add(randomReport(random, "r" + r, random.nextInt(items.size()), items, days));
            }

            List<Incident> incidents = new IncidentMerger(items, reports, Map.of(), Map.of()).merge();

            assertThat(incidents.stream().map(incident -> Set.copyOf(incident.reportIds())).collect(Collectors.toSet()))
                    .as("seed %d", seed).isEqualTo(pairwiseIncidents(items, reports));
        }
    }

    private static ReportFacts randomReport(Random random, String id, int item, List<ItemFacts> items, int days) {
        LocalDate published = items.get(item).published().orElseThrow();
        LocalDate from = START.plusDays(random.nextInt(days));
        Optional<DateInterval> window = switch (random.nextInt(6)) {
            case 0 -> Optional.of(DateInterval.day(from));
            case 1 -> Optional.of(new DateInterval(from, from.plusDays(1 + random.nextInt(9)), DatePrecision.DAYS));
            case 2 -> Optional.of(new DateInterval(from, from.plusDays(10 + random.nextInt(50)), DatePrecision.DAYS));
            case 3, 4 -> Optional.of(new DateInterval(published.minusDays(6), published, DatePrecision.OPEN));
            default -> Optional.empty();
        };
        return new ReportFacts(id, item, random.nextBoolean() ? EventType.APPEAL : EventType.REFUSAL, window,
                pick(random, UNITS), pick(random, PLACES), pick(random, REGIONS), pick(random, LOCATIONS),
                "sentence " + id);
    }

    private static Set<String> pick(Random random, List<Set<String>> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /**
     * Every two reports compared: copies (one cluster, two items) and specific reports linked by {@link
     * IncidentRule#sameEvent}; then each component of vague reports placed by the specific reports it agrees with
     * that start from {@code VAGUE_DAYS + 2 * SLACK_DAYS} days before its window to {@code 2 * SLACK_DAYS} after.
     */
    private static Set<Set<String>> pairwiseIncidents(List<ItemFacts> items, List<ReportFacts> reports) {
        int[] parent = new int[reports.size()];
        boolean[] vague = new boolean[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            parent[i] = i;
            vague[i] = IncidentRule.vague(reports.get(i));
        }
        for (int a = 0; a < reports.size(); a++) {
            for (int b = a + 1; b < reports.size(); b++) {
                ReportFacts first = reports.get(a);
                ReportFacts second = reports.get(b);
                boolean copies = first.item() != second.item()
                        && items.get(first.item()).cluster() == items.get(second.item()).cluster();
                if (copies && IncidentRule.sameEvent(first, second, true)
                        || !vague[a] && !vague[b] && IncidentRule.sameEvent(first, second, false)) {
                    parent[root(parent, a)] = root(parent, b);
                }
            }
        }
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Set<String>> incidents = new TreeMap<>();
        List<List<Integer>> vagueOnly = new ArrayList<>();
        components.forEach((root, members) -> {
            if (members.stream().allMatch(i -> vague[i])) {
                vagueOnly.add(members);
            } else {
                incidents.put(root, members.stream().map(i -> reports.get(i).id())
                        .collect(Collectors.toCollection(HashSet::new)));
            }
        });
        for (List<Integer> component : vagueOnly) {
            Set<Integer> agreeing = new TreeSet<>();
            for (int v : component) {
                ReportFacts report = reports.get(v);
                for (int other = 0; other < reports.size(); other++) {
                    if (!vague[other] && report.window().isPresent() && reports.get(other).window().isPresent()
                            && withinPlacementReach(report, reports.get(other))
                            && IncidentRule.sameEvent(report, reports.get(other), false)) {
                        agreeing.add(root(parent, other));
                    }
                }
            }
            Set<String> ids = component.stream().map(i -> reports.get(i).id()).collect(Collectors.toSet());
            if (agreeing.isEmpty()) {
                incidents.put(root(parent, component.get(0)), ids);
            } else if (agreeing.size() == 1) {
                incidents.get(agreeing.iterator().next()).addAll(ids);
            }
        }
        return new HashSet<>(incidents.values());
    }

    private static boolean withinPlacementReach(ReportFacts vague, ReportFacts other) {
        LocalDate start = other.window().orElseThrow().from();
        LocalDate earliest = vague.window().orElseThrow().from()
                .minusDays(IncidentRule.VAGUE_DAYS + 2L * IncidentRule.SLACK_DAYS);
        LocalDate latest = vague.window().orElseThrow().to().plusDays(2L * IncidentRule.SLACK_DAYS);
        return !start.isBefore(earliest) && !start.isAfter(latest);
    }

    private static int root(int[] parent, int element) {
        int x = element;
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }
}
