package org.frontwatch.register.store;

/** What a user may do: viewers read, analysts also ingest and review, admins also manage users. */
public enum UserRole {
    VIEWER, ANALYST, ADMIN
}
