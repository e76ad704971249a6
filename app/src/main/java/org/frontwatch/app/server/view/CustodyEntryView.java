package org.frontwatch.app.server.view;

import java.time.Instant;
import java.util.Objects;

/** One entry of the hash-chained custody log about a subject (an item or an incident). */
public record CustodyEntryView(long sequence, Instant at, String action, String subject, String actor, String detail,
                               String hash) {
    public CustodyEntryView {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(hash, "hash");
    }
}
