package org.frontwatch.archive.collect;

import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Collected;

/** Receives what a collector reads: each item as soon as it is read, and each bad input with file and position. */
public interface CollectSink {
    /** Called once per item, in input order, as soon as the item has been read. */
    void accept(Collected collected);

    /** Called once per bad input (a file, a message, an entry, a record); collection goes on afterwards. */
    void reject(BadInputException problem);
}
