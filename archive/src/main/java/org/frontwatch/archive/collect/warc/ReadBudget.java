package org.frontwatch.archive.collect.warc;

/** How many more bytes may be read out of one archive, shared by all its entries. */
final class ReadBudget {
    private final long limit;
    private long used;

    ReadBudget(long limit) {
        this.limit = limit;
    }

    /** Takes {@code bytes} from the budget; false when that would exceed it. */
    boolean take(long bytes) {
        used += bytes;
        return used <= limit;
    }

    long limit() {
        return limit;
    }
}
