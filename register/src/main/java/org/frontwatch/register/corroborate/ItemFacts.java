package org.frontwatch.register.corroborate;

import java.time.LocalDate;
import java.util.Optional;

/** What corroboration keeps of an item: its id, channel, forward origin, publication day and cluster. */
record ItemFacts(String id, String source, Optional<String> forwardedFrom, Optional<LocalDate> published,
                 int cluster) {
}
