package org.frontwatch.register.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.ReviewStatus;

/** Writes status changes: the current status and an entry in its history, in the caller's transaction. */
final class StatusWriter {
    private StatusWriter() {
    }

    static void appendItemStatus(Connection connection, String itemId, ItemStatus status, Instant at, String note)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE items SET status = ? WHERE id = ?")) {
            statement.setString(1, status.name());
            statement.setString(2, itemId);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO item_status_history (id, item_id, status, changed_at, note) VALUES (?, ?, ?, ?, ?)")) {
            statement.setString(1, ContentIds.of("item-status", itemId, status.name(), at.toString(), note,
                    java.util.UUID.randomUUID().toString()));
            statement.setString(2, itemId);
            statement.setString(3, status.name());
            statement.setString(4, JdbcValues.instant(at));
            statement.setString(5, note);
            statement.executeUpdate();
        }
    }

    static void appendReview(Connection connection, String incidentId, ReviewStatus status, Instant at, String user,
                             String note) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO incident_reviews (incident_id, status, changed_at, user_name, note) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (incident_id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at,
                    user_name = excluded.user_name, note = excluded.note""")) {
            statement.setString(1, incidentId);
            statement.setString(2, status.name());
            statement.setString(3, JdbcValues.instant(at));
            statement.setString(4, user);
            statement.setString(5, note);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO incident_review_history (id, incident_id, status, changed_at, user_name, note)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            statement.setString(1, ContentIds.of("review", incidentId, status.name(), at.toString(), user, note,
                    java.util.UUID.randomUUID().toString()));
            statement.setString(2, incidentId);
            statement.setString(3, status.name());
            statement.setString(4, JdbcValues.instant(at));
            statement.setString(5, user);
            statement.setString(6, note);
            statement.executeUpdate();
        }
    }
}
