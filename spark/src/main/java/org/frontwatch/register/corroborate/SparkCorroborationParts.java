package org.frontwatch.register.corroborate;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Place;
import org.frontwatch.register.store.StoredClaim;

/**
 * The register's own corroboration parts — MinHash banding, the near-duplicate test, {@link IncidentRule},
 * {@link IncidentMerger}, {@link ClaimGrouper} — opened to the Spark job, so that Spark partitions the work but
 * never re-implements a rule. It lives in the register's package (in the Spark module's jar) because those parts
 * are package-private; the two private pieces of {@link NearDuplicateDetector} it needs, {@code bandKey} and
 * {@code signed}, are reached by reflection and fail loudly if they are renamed.
 *
 * <p>Stopgap: the register should make public (1) {@code NearDuplicateDetector.bandKeys(String text)} returning
 * the band keys of one text, (2) {@code IncidentRule.sameEvent} over a public report-facts record, (3) an
 * {@code IncidentMerger} entry taking public facts, (4) {@code ClaimGrouper}, and (5) {@code Corroborator}'s
 * signature text ({@code title + "\n" + text}) and publication day as named methods. Then this class goes.
 */
public final class SparkCorroborationParts {
    private static final Method BAND_KEY;
    private static final Field SIGNED;

    static {
        try {
            BAND_KEY = NearDuplicateDetector.class.getDeclaredMethod("bandKey", int.class, int.class);
            BAND_KEY.setAccessible(true);
            SIGNED = NearDuplicateDetector.class.getDeclaredField("signed");
            SIGNED.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("the register's NearDuplicateDetector no longer has bandKey(int, "
                    + "int) and signed[]: update SparkCorroborationParts (" + e + ")");
        }
    }

    /** An item as corroboration sees it; {@code cluster} is the id of its near-duplicate cluster. */
    public record ItemInput(String id, String source, Optional<String> forwardedFrom, Optional<LocalDate> published,
                            String cluster) {
        public ItemInput {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(forwardedFrom, "forwardedFrom");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(cluster, "cluster");
        }
    }

    /** A report as corroboration sees it: {@code window} is its dates, else its item's publication day. */
    public record ReportInput(String id, String itemId, EventType type, Optional<DateInterval> window,
                              Set<String> units, Set<String> places, Set<String> origin, Set<String> location,
                              String sentence) {
        public ReportInput {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(window, "window");
            units = Set.copyOf(units);
            places = Set.copyOf(places);
            origin = Set.copyOf(origin);
            location = Set.copyOf(location);
            Objects.requireNonNull(sentence, "sentence");
        }
    }

    private SparkCorroborationParts() {
    }

    /** How many LSH bands a signature has. */
    public static int bands() {
        return NearDuplicateDetector.BANDS;
    }

    /** How many days each side of a report's window the incident rule widens it by. */
    public static int slackDays() {
        return IncidentRule.SLACK_DAYS;
    }

    /** The LSH band keys of {@code text}, one per band, or none when the text has no words. */
    public static long[] bandKeys(String text) {
        NearDuplicateDetector detector = new NearDuplicateDetector();
        detector.add(text, "", Optional.empty());
        try {
            if (!((boolean[]) SIGNED.get(detector))[0]) {
                return new long[0];
            }
            long[] keys = new long[NearDuplicateDetector.BANDS];
            for (int band = 0; band < keys.length; band++) {
                keys[band] = (long) BAND_KEY.invoke(detector, 0, band);
            }
            return keys;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot call NearDuplicateDetector.bandKey", e);
        }
    }

    /**
     * Whether {@code candidate} joins the cluster of {@code first}, two texts that share a band: the detector's own
     * test (similarity threshold, lower for a forward from the other's channel), asked of a detector holding the two.
     */
    public static boolean nearDuplicates(String firstText, String firstSource, Optional<String> firstForwardedFrom,
                                         String candidateText, String candidateSource,
                                         Optional<String> candidateForwardedFrom) {
        NearDuplicateDetector detector = new NearDuplicateDetector();
        detector.add(firstText, firstSource, firstForwardedFrom);
        detector.add(candidateText, candidateSource, candidateForwardedFrom);
        return detector.clusters()[1] == 0;
    }

    /** Whether two reports tell the same event by {@link IncidentRule} ({@code copies}: their items are one cluster). */
    public static boolean sameEvent(ReportInput a, ReportInput b, boolean copies) {
        return IncidentRule.sameEvent(facts(a, 0), facts(b, 0), copies);
    }

    /**
     * The incidents {@link IncidentMerger} builds from {@code reports} of {@code items}, with the place gazetteer
     * entries and mention counts of the whole batch (they choose an incident's place).
     */
    public static List<Incident> incidents(List<ItemInput> items, List<ReportInput> reports,
                                           Map<String, Place> placesByKey, Map<String, Integer> placeCounts) {
        Map<String, Integer> itemIndex = new HashMap<>();
        Map<String, Integer> clusterIndex = new HashMap<>();
        List<ItemFacts> itemFacts = new ArrayList<>(items.size());
        for (ItemInput item : items) {
            itemIndex.put(item.id(), itemFacts.size());
            int cluster = clusterIndex.computeIfAbsent(item.cluster(), k -> clusterIndex.size());
            itemFacts.add(new ItemFacts(item.id(), item.source(), item.forwardedFrom(), item.published(), cluster));
        }
        List<ReportFacts> reportFacts = new ArrayList<>(reports.size());
        for (ReportInput report : reports) {
            Integer index = itemIndex.get(report.itemId());
            if (index == null) {
                throw new IllegalArgumentException("report " + report.id() + " names an item not given: "
                        + report.itemId());
            }
            reportFacts.add(facts(report, index));
        }
        return new IncidentMerger(itemFacts, reportFacts, placesByKey, placeCounts).merge();
    }

    /** The claim groups {@link ClaimGrouper} builds from {@code claims}, each with its item's publication day. */
    public static List<ClaimGroup> claimGroups(List<StoredClaim> claims, List<Optional<LocalDate>> published) {
        ClaimGrouper grouper = new ClaimGrouper();
        for (int i = 0; i < claims.size(); i++) {
            grouper.add(claims.get(i), published.get(i));
        }
        return grouper.groups();
    }

    private static ReportFacts facts(ReportInput report, int item) {
        return new ReportFacts(report.id(), item, report.type(), report.window(), report.units(), report.places(),
                report.origin(), report.location(), report.sentence());
    }
}
