package org.frontwatch.register.query;

/** The width of a timeline bucket; weeks start on Monday (ISO). */
public enum TimelineStep {
    DAY, WEEK
}
