package org.frontwatch.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as one item tells it, bound to the sentences that carry it.
 *
 * @param when     the interval the event happened in, if the text dates it
 * @param origin   ISO 3166-2 codes of the regions the soldiers come from (a home city implies its region)
 * @param location ISO 3166-2 codes of the regions where it happened
 * @param places   gazetteer keys of the places where it happened
 * @param units    unit keys ({@code unit:regiment:1439})
 */
public record EventReport(EventType type, String text, Span span, Optional<DateInterval> when, List<String> origin,
                          List<String> location, List<String> places, List<String> units) {
    public EventReport {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(when, "when");
        origin = List.copyOf(origin);
        location = List.copyOf(location);
        places = List.copyOf(places);
        units = List.copyOf(units);
    }
}
