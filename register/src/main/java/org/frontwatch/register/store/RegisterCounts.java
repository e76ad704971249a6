package org.frontwatch.register.store;

/** The register's size at a glance, for the demo summary. */
public record RegisterCounts(long items, long reports, long incidents, long failures) {
}
