package org.frontwatch.register.corroborate;

import java.time.Duration;

/** What a rebuild produced and how long it took. */
public record CorroborationSummary(int items, int nearDuplicateClusters, int reports, int incidents,
                                   int claimGroups, Duration took) {
}
