package org.frontwatch.register.corroborate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What corroboration keeps of an item: its id, channel, forward origin, publication day (UTC) and near-duplicate
 * cluster — any number that items of one cluster share and items of different clusters do not.
 */
public record ItemFacts(String id, String source, Optional<String> forwardedFrom, Optional<LocalDate> published,
                        int cluster) {
    public ItemFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(forwardedFrom, "forwardedFrom");
        Objects.requireNonNull(published, "published");
    }
}
