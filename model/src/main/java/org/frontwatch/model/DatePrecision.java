package org.frontwatch.model;

/** How exactly a date expression fixes its interval. */
public enum DatePrecision {
    DAY, DAYS, WEEK, PART_OF_MONTH, MONTH, SEASON, YEAR, OPEN
}
