package org.frontwatch.app.pipeline;

import org.frontwatch.model.BadInputException;
import org.frontwatch.model.CaptureRefusedException;
import org.frontwatch.model.Item;

/** Hears how an ingest goes, item by item: for progress bars and logs. */
public interface IngestListener {
    /** An item was handled; {@code outcome} says how. */
    void itemDone(Item item, IngestOutcome outcome);

    /** A bad input was rejected; the batch goes on. */
    void rejected(BadInputException problem);

    /** A live capture of {@code url} was refused (private address, timeout, size cap…). */
    default void refused(String url, CaptureRefusedException problem) {
        rejected(new BadInputException(url, "", problem.getMessage(), problem));
    }

    /** A listener that hears nothing. */
    static IngestListener silent() {
        return new IngestListener() {
            @Override
            public void itemDone(Item item, IngestOutcome outcome) {
            }

            @Override
            public void rejected(BadInputException problem) {
            }
        };
    }
}
