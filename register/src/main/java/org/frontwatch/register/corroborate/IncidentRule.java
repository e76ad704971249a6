package org.frontwatch.register.corroborate;

import java.util.Set;

/**
 * When two reports tell the same real event. Reports A and B are linked when
 * <ol>
 *   <li>their event types are equal, and</li>
 *   <li>their anchors are compatible: for each of units, places, regions of origin and regions where it happened,
 *       if both reports name some, they share at least one; and</li>
 *   <li>either their items are near-duplicates (one cluster: a repost, forward or reprint tells the same event),
 *       or their windows overlap once each is widened by {@value #SLACK_DAYS} days on both sides AND they share
 *       at least one anchor (a unit, a place, a region of origin or a region where it happened). A report with no
 *       date and no publication day, or with no anchor, merges only with its copies.</li>
 * </ol>
 * Incidents are the connected components of this relation, so two reports that do not agree directly may still
 * meet through a third that agrees with both; the incident's anchors are then the union.
 */
final class IncidentRule {
    static final int SLACK_DAYS = 3;

    private IncidentRule() {
    }

    static boolean sameEvent(ReportFacts a, ReportFacts b, boolean nearDuplicates) {
        if (a.type() != b.type() || !compatible(a, b)) {
            return false;
        }
        if (nearDuplicates) {
            return true;
        }
        return windowsMeet(a, b) && anchored(a, b);
    }

    static boolean windowsMeet(ReportFacts a, ReportFacts b) {
        if (a.window().isEmpty() || b.window().isEmpty()) {
            return false;
        }
        return !a.window().get().to().plusDays(SLACK_DAYS).isBefore(b.window().get().from().minusDays(SLACK_DAYS))
                && !b.window().get().to().plusDays(SLACK_DAYS).isBefore(a.window().get().from().minusDays(SLACK_DAYS));
    }

    private static boolean compatible(ReportFacts a, ReportFacts b) {
        return agree(a.units(), b.units()) && agree(a.places(), b.places()) && agree(a.origin(), b.origin())
                && agree(a.location(), b.location());
    }

    private static boolean anchored(ReportFacts a, ReportFacts b) {
        return shares(a.units(), b.units()) || shares(a.places(), b.places()) || shares(a.origin(), b.origin())
                || shares(a.location(), b.location());
    }

    private static boolean agree(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || shares(a, b);
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String key : small) {
            if (large.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
