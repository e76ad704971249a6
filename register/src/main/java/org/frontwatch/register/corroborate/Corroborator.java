package org.frontwatch.register.corroborate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.Place;
import org.frontwatch.register.store.Store;
import org.frontwatch.register.store.StoredClaim;
import org.frontwatch.register.store.StoredItem;
import org.frontwatch.register.store.StoredMention;
import org.frontwatch.register.store.StoredReport;

/**
 * Recomputes everything derived from the stored items: near-duplicate clusters ({@link NearDuplicateDetector}),
 * incidents ({@link IncidentRule}, {@link IncidentMerger}), independent-source counts ({@link IndependentSources})
 * and claim groups ({@link ClaimGrouper}). Deterministic: the same store gives the same ids, so analysts' review
 * statuses stay attached to every incident a rebuild leaves unchanged.
 */
public final class Corroborator {
    /** The metadata key under which Telegram collectors record the channel a message was forwarded from. */
    public static final String FORWARDED_FROM = "forwarded_from";

    private final Store store;

    public Corroborator(Store store) {
        this.store = store;
    }

    /** The text near-duplicate detection signs for an item: its title, a line break, its text. */
    public static String signedText(String title, String text) {
        return title + "\n" + text;
    }

    /** An item's publication day: the extraction's, else the item's publication instant's day in UTC. */
    public static Optional<LocalDate> publicationDay(Optional<LocalDate> extracted, Optional<Instant> published) {
        return extracted.or(() -> published.map(instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate()));
    }

    public CorroborationSummary rebuild() {
        long started = System.nanoTime();
        NearDuplicateDetector detector = new NearDuplicateDetector();
        List<ItemFacts> items = new ArrayList<>();
        List<StoredReport> storedReports = new ArrayList<>();
        List<Integer> reportItems = new ArrayList<>();
        Map<String, Place> places = new HashMap<>();
        Map<String, Integer> placeCounts = new HashMap<>();
        ClaimGrouper claims = new ClaimGrouper();
        store.forEachItem(stored -> {
            Optional<String> forwardedFrom = Optional.ofNullable(stored.item().metadata().get(FORWARDED_FROM))
                    .filter(s -> !s.isBlank());
            int index = detector.add(signedText(stored.item().title(), stored.item().text()),
                    stored.item().source(), forwardedFrom);
            Optional<LocalDate> published = published(stored);
            items.add(new ItemFacts(stored.item().id(), stored.item().source(), forwardedFrom, published, index));
            for (StoredReport report : stored.reports()) {
                storedReports.add(report);
                reportItems.add(index);
            }
            for (StoredMention mention : stored.mentions()) {
                mention.mention().place().ifPresent(place -> {
                    places.putIfAbsent(place.key(), place);
                    placeCounts.merge(place.key(), 1, Integer::sum);
                });
            }
            for (StoredClaim claim : stored.claims()) {
                claims.add(claim, published);
            }
        });
        int[] clusters = detector.clusters();
        List<ItemFacts> clustered = new ArrayList<>(items.size());
        Map<String, String> clusterOfItem = new LinkedHashMap<>();
        LinkedHashSet<Integer> distinctClusters = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemFacts item = items.get(i);
            clustered.add(new ItemFacts(item.id(), item.source(), item.forwardedFrom(), item.published(),
                    clusters[i]));
            clusterOfItem.put(item.id(), items.get(clusters[i]).id());
            distinctClusters.add(clusters[i]);
        }
        List<ReportFacts> reports = new ArrayList<>(storedReports.size());
        for (int i = 0; i < storedReports.size(); i++) {
            StoredReport stored = storedReports.get(i);
            int item = reportItems.get(i);
            Optional<DateInterval> window = ReportFacts.window(stored.report().when(), clustered.get(item).published());
            reports.add(new ReportFacts(stored.id(), item, stored.report().type(), window,
                    new java.util.HashSet<>(stored.report().units()), new java.util.HashSet<>(stored.report().places()),
                    new java.util.HashSet<>(stored.report().origin()),
                    new java.util.HashSet<>(stored.report().location()), stored.report().text()));
        }
        List<Incident> incidents = new IncidentMerger(clustered, reports, places, placeCounts).merge();
        List<ClaimGroup> groups = claims.groups();
        CorroborationWriter.replace(store.database(), new TreeMap<>(clusterOfItem), incidents, groups);
        return new CorroborationSummary(items.size(), distinctClusters.size(), reports.size(), incidents.size(),
                groups.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static Optional<LocalDate> published(StoredItem stored) {
        return publicationDay(stored.extraction().published(), stored.item().published());
    }
}
