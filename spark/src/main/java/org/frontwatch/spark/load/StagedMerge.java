package org.frontwatch.spark.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that merges staged rows into the register's tables the way the register's own writer would: items
 * upserted (first capture's status kept), captures and failures added, an item's mentions, claims and reports
 * replaced by the batch's, a new item given its first status entry.
 */
final class StagedMerge {
    private StagedMerge() {
    }

    /** The table's columns in table order, comma-separated. */
    static String columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                        + "AND table_schema = current_schema() ORDER BY ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("the register has no table " + table + ": is its schema migrated?");
        }
        return String.join(", ", columns);
    }

    static void mergeExtraction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO item_status_history (id, item_id, status, changed_at, note)
                    SELECT md5('item-status' || s.id || s.stored_at || random()::text), s.id, 'ACTIVE', s.stored_at,
                        'captured'
                    FROM (SELECT DISTINCT id, stored_at FROM stage_items) s
                    WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = s.id)""");
            statement.execute("""
                    INSERT INTO items SELECT DISTINCT ON (id) * FROM stage_items ORDER BY id
                    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, source = excluded.source,
                        uri = excluded.uri, published = excluded.published, published_day = excluded.published_day,
                        title = excluded.title, body = excluded.body, language = excluded.language,
                        metadata = excluded.metadata""");
            statement.execute("INSERT INTO captures SELECT * FROM stage_captures ON CONFLICT DO NOTHING");
            for (String table : List.of("mentions", "claims", "reports")) {
                statement.execute("DELETE FROM " + table + " WHERE item_id IN (SELECT id FROM stage_items)");
                statement.execute("INSERT INTO " + table + " SELECT * FROM stage_" + table
                        + " ON CONFLICT (id) DO NOTHING");
            }
            statement.execute("""
                    INSERT INTO failures SELECT DISTINCT ON (id) * FROM stage_failures ORDER BY id
                    ON CONFLICT (id) DO UPDATE SET recorded_at = excluded.recorded_at""");
        }
    }

    /** Whether every item in the register came with this batch. */
    static boolean registerHoldsOnlyTheBatch(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT (SELECT count(*) FROM items) = (SELECT count(DISTINCT id) FROM stage_items)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    static void clearDerived(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("near_duplicates", "incidents", "incident_reports", "incident_items",
                    "incident_keys", "claim_groups", "claim_group_members")) {
                statement.execute("DELETE FROM " + table);
            }
        }
    }
}
