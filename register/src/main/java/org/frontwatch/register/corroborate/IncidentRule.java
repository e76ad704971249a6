package org.frontwatch.register.corroborate;

import java.util.Set;
import org.frontwatch.model.DatePrecision;

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
 * Incidents are the connected components of this relation among <em>specific</em> reports, so two reports that do
 * not agree directly may still meet through a third that agrees with both; the incident's anchors are then the
 * union. Copies are linked only across items (two reports of one item are two sentences, not two copies).
 *
 * <p>A report dated only by its item's publication (no date in its text; its window is already the week before
 * publication) is not widened by the slack, and two such reports must share a unit or a place to be linked: a
 * shared region and a nearby publication day are too little for two texts that name no date.
 *
 * <p>A <em>vague</em> report — no unit, and no window or one wider than {@value #VAGUE_DAYS} days ("appeals since
 * early February", "last month men from Buryatia recorded a plea near Kreminna"), or no date of its own and no place
 * (a headline "Мобилизованные из Бурятии записали видеообращение" over a post that dates nothing: the week before
 * publication may hold two appeals from one region) — cannot tell one event from another, so it
 * never links two incidents: it joins the one incident it agrees with, founds its own when it agrees with none,
 * and is left out of incidents (kept as a report) when it agrees with several — a summary of many events is not
 * one more event.
 */
public final class IncidentRule {
    /** Days each side of a dated report's window is widened by before windows are compared. */
    public static final int SLACK_DAYS = 3;
    /** A report without a unit whose window is longer than this many days is vague. */
    public static final int VAGUE_DAYS = 10;

    private IncidentRule() {
    }

    /**
     * Whether reports {@code a} and {@code b} tell the same event by the rule above; {@code nearDuplicates}: their
     * items are one near-duplicate cluster (and are two items, not one).
     */
    public static boolean sameEvent(ReportFacts a, ReportFacts b, boolean nearDuplicates) {
        if (a.type() != b.type() || !compatible(a, b)) {
            return false;
        }
        if (nearDuplicates) {
            return true;
        }
        if (undated(a) && undated(b) && !sharesUnitOrPlace(a, b)) {
            return false;
        }
        int slack = undated(a) || undated(b) ? 0 : SLACK_DAYS;
        return windowsMeet(a, b, slack) && anchored(a, b);
    }

    /** Whether a report's window comes from its item's publication, not from a date in its text. */
    static boolean undated(ReportFacts report) {
        return report.window().map(window -> window.precision() == DatePrecision.OPEN).orElse(true);
    }

    /** Whether a report is too vague to link incidents (see the class comment). */
    public static boolean vague(ReportFacts report) {
        if (!report.units().isEmpty()) {
            return false;
        }
        if (undated(report) && report.places().isEmpty()) {
            return true;
        }
        return report.window().map(window -> window.from().plusDays(VAGUE_DAYS).isBefore(window.to().plusDays(1)))
                .orElse(true);
    }

    static boolean windowsMeet(ReportFacts a, ReportFacts b) {
        return windowsMeet(a, b, SLACK_DAYS);
    }

    /** Whether the windows overlap once each is widened by {@code slack} days on both sides. */
    static boolean windowsMeet(ReportFacts a, ReportFacts b, int slack) {
        if (a.window().isEmpty() || b.window().isEmpty()) {
            return false;
        }
        return !a.window().get().to().plusDays(slack).isBefore(b.window().get().from().minusDays(slack))
                && !b.window().get().to().plusDays(slack).isBefore(a.window().get().from().minusDays(slack));
    }

    /** Whether two reports share a unit or a place (what two reports that name no date must share). */
    static boolean sharesUnitOrPlace(ReportFacts a, ReportFacts b) {
        return shares(a.units(), b.units()) || shares(a.places(), b.places());
    }

    /** Whether the anchors of two reports are compatible: no anchor kind that both name without a shared key. */
    static boolean compatible(ReportFacts a, ReportFacts b) {
        return agree(a.units(), b.units()) && agree(a.places(), b.places()) && agree(a.origin(), b.origin())
                && agree(a.location(), b.location());
    }

    /** Whether two reports share at least one anchor: a unit, a place, a region of origin or where it happened. */
    static boolean anchored(ReportFacts a, ReportFacts b) {
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
