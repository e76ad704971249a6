/** The register's SQL source of truth: a Flyway-migrated schema on SQLite or PostgreSQL, written and read over JDBC. */
package org.frontwatch.register.store;
