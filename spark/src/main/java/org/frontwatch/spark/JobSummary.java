package org.frontwatch.spark;

/** What one run of the job produced: row counts of its tables. */
public record JobSummary(long items, long mentions, long claims, long reports, long problems, long clusters,
                         long incidents) {
    public JobSummary {
        if (items < 0 || mentions < 0 || claims < 0 || reports < 0 || problems < 0 || clusters < 0
                || incidents < 0) {
            throw new IllegalArgumentException("counts must not be negative: items=" + items + ", mentions="
                    + mentions + ", claims=" + claims + ", reports=" + reports + ", problems=" + problems
                    + ", clusters=" + clusters + ", incidents=" + incidents);
        }
    }

    @Override
    public String toString() {
        return items + " items, " + mentions + " mentions, " + claims + " claims, " + reports + " reports, "
                + problems + " problems, " + clusters + " near-duplicate clusters, " + incidents + " incidents";
    }
}
