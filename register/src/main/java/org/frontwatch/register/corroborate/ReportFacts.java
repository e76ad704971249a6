package org.frontwatch.register.corroborate;

import java.util.Optional;
import java.util.Set;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.EventType;

/**
 * What corroboration keeps of a report: its window (the report's dates, else its item's publication day) and its
 * anchors — units, places, regions of origin and regions where it happened.
 */
record ReportFacts(String id, int item, EventType type, Optional<DateInterval> window, Set<String> units,
                   Set<String> places, Set<String> origin, Set<String> location, String sentence) {
}
