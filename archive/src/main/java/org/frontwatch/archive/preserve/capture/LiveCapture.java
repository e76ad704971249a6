package org.frontwatch.archive.preserve.capture;

import java.util.List;
import java.util.Objects;
import org.frontwatch.model.Collected;

/**
 * A URL captured live: every hop of the fetch (redirects first, the final response last) and the item read from
 * the final response. The collected capture's payload is the final response's body.
 *
 * @param requestedUri the URL as asked for, before redirects
 * @param exchanges    each request and response, in order; never empty
 * @param collected    the capture of the final body and the item read from it
 */
public record LiveCapture(String requestedUri, List<RecordedExchange> exchanges, Collected collected) {
    public LiveCapture {
        Objects.requireNonNull(requestedUri, "requestedUri");
        Objects.requireNonNull(collected, "collected");
        exchanges = List.copyOf(exchanges);
        if (exchanges.isEmpty()) {
            throw new IllegalArgumentException("a live capture has at least one exchange: " + requestedUri);
        }
        String finalSha256 = exchanges.get(exchanges.size() - 1).bodySha256();
        if (!finalSha256.equals(collected.capture().sha256())) {
            throw new IllegalArgumentException("the capture must be the final response's body: body=" + finalSha256
                    + ", capture=" + collected.capture().sha256());
        }
    }

    /** The exchange whose body was captured. */
    public RecordedExchange last() {
        return exchanges.get(exchanges.size() - 1);
    }

    /** The final HTTP status. */
    public int status() {
        return last().status();
    }
}
