package org.frontwatch.register.corroborate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.EventType;

/**
 * What corroboration keeps of a report: its window (the report's dates, else its item's publication day, see
 * {@link #window(Optional, Optional)}) and its anchors — units, places, regions of origin and regions where it
 * happened.
 *
 * @param item     the position of the report's item in the item list given to {@link IncidentMerger} ({@link
 *                 IncidentRule} does not read it)
 * @param sentence the sentence that tells the event: an incident's summary is its earliest report's
 */
public record ReportFacts(String id, int item, EventType type, Optional<DateInterval> window, Set<String> units,
                          Set<String> places, Set<String> origin, Set<String> location, String sentence) {
    public ReportFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(window, "window");
        units = Set.copyOf(units);
        places = Set.copyOf(places);
        origin = Set.copyOf(origin);
        location = Set.copyOf(location);
        Objects.requireNonNull(sentence, "sentence");
        if (item < 0) {
            throw new IllegalArgumentException("item must be a position in the item list: " + item);
        }
    }

    /** A report's window: the dates it gives, else the day its item was published, else none. */
    public static Optional<DateInterval> window(Optional<DateInterval> reportDates, Optional<LocalDate> published) {
        return reportDates.or(() -> published.map(DateInterval::day));
    }
}
