package org.frontwatch.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything the extract stage found in one text: the shape of {@code frontwatch extract}'s output. */
public record Extraction(Language language, Optional<LocalDate> published, List<Mention> mentions,
                         List<Claim> claims, List<EventReport> events) {
    public Extraction {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }

    public List<Mention> mentionsOf(MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }
}
