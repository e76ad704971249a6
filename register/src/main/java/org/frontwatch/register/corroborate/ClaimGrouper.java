package org.frontwatch.register.corroborate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.frontwatch.model.Figure;
import org.frontwatch.register.store.ContentIds;
import org.frontwatch.register.store.StoredClaim;

/**
 * Groups claims about the same subject (case, spacing and punctuation ignored), counted thing, rate period and
 * publication month, and computes each group's low / best / high and whether its claims conflict. Claims that
 * differ in counted thing, rate period or publication month never share a group, so a caller may group each such
 * part of the claims separately (the Spark job does).
 */
public final class ClaimGrouper {
    private final Map<String, List<Entry>> groups = new TreeMap<>();

    /** Adds a claim of an item published on {@code published} (UTC), if known. */
    public void add(StoredClaim claim, Optional<LocalDate> published) {
        String subject = normalise(claim.claim().subject());
        Figure figure = claim.claim().figure();
        String per = figure.per().orElse("");
        String period = period(published);
        String key = subject + "\u001f" + figure.unit() + "\u001f" + per + "\u001f" + period;
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(claim.id(), subject, figure, period));
    }

    /** The groups of the claims added, in order of subject, unit, rate period and month. */
    public List<ClaimGroup> groups() {
        List<ClaimGroup> result = new ArrayList<>(groups.size());
        for (List<Entry> entries : groups.values()) {
            entries.sort(Comparator.comparing(Entry::claimId));
            Entry first = entries.get(0);
            long low = Long.MAX_VALUE;
            long high = Long.MIN_VALUE;
            List<Double> points = new ArrayList<>();
            // ranges on a line meet pairwise exactly when the highest lower bound is at most the lowest upper bound,
            // so one pass tells a conflict (comparing every two claims took hours for a group of 100 000 claims)
            long highestLow = Long.MIN_VALUE;
            long lowestHigh = Long.MAX_VALUE;
            for (Entry entry : entries) {
                Figure figure = entry.figure();
                long entryLow = figure.low().orElseGet(() -> figure.high().getAsLong());
                long entryHigh = figure.high().orElseGet(() -> figure.low().getAsLong());
                low = Math.min(low, entryLow);
                high = Math.max(high, entryHigh);
                points.add((entryLow + entryHigh) / 2.0);
                highestLow = Math.max(highestLow, figure.low().orElse(Long.MIN_VALUE));
                lowestHigh = Math.min(lowestHigh, figure.high().orElse(Long.MAX_VALUE));
            }
            boolean conflicting = highestLow > lowestHigh;
            points.sort(Double::compare);
            double median = points.size() % 2 == 1 ? points.get(points.size() / 2)
                    : (points.get(points.size() / 2 - 1) + points.get(points.size() / 2)) / 2.0;
            String per = first.figure().per().orElse("");
            String id = ContentIds.of("claim-group", first.subject(), first.figure().unit(), per, first.period());
            result.add(new ClaimGroup(id, first.subject(), first.figure().unit(), per, first.period(),
                    OptionalLong.of(low), OptionalLong.of(Math.round(median)), OptionalLong.of(high), conflicting,
                    entries.stream().map(Entry::claimId).toList()));
        }
        return result;
    }

    /** The month a claim of an item published on {@code published} is grouped under: {@code 2023-03} or {@code undated}. */
    public static String period(Optional<LocalDate> published) {
        return published.map(day -> day.toString().substring(0, 7)).orElse("undated");
    }

    static String normalise(String subject) {
        return subject.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\p{Punct}«»“”„—–]+", " ")
                .replaceAll("\\s+", " ").trim();
    }

    private record Entry(String claimId, String subject, Figure figure, String period) {
    }
}
