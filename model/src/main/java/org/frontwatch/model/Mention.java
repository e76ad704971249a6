package org.frontwatch.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A typed span of an item's text with its normalised key. Places carry their gazetteer entry, dates their resolved
 * interval, quantities their figure; the other attributes are empty.
 */
public record Mention(MentionType type, String text, Span span, String key, Optional<Place> place,
                      Optional<DateInterval> date, Optional<Figure> figure) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(figure, "figure");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text length must equal span length: text=\"" + text + "\", span="
                    + span);
        }
    }

    public static Mention of(MentionType type, String text, Span span, String key) {
        return new Mention(type, text, span, key, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Mention place(String text, Span span, Place place) {
        return new Mention(MentionType.PLACE, text, span, place.key(), Optional.of(place), Optional.empty(),
                Optional.empty());
    }

    public static Mention date(String text, Span span, DateInterval interval) {
        return new Mention(MentionType.DATE, text, span, interval.from() + "/" + interval.to(), Optional.empty(),
                Optional.of(interval), Optional.empty());
    }

    public static Mention quantity(String text, Span span, Figure figure) {
        return new Mention(MentionType.QUANTITY, text, span, "quantity:" + figure.unit(), Optional.empty(),
                Optional.empty(), Optional.of(figure));
    }
}
