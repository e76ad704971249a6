package org.frontwatch.register.query;

import static org.frontwatch.register.store.JdbcValues.doubleValue;
import static org.frontwatch.register.store.JdbcValues.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Place;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.register.store.ItemSummary;
import org.frontwatch.register.store.RowReaders;
import org.frontwatch.register.store.StoredClaim;
import org.frontwatch.register.store.StoredMention;
import org.frontwatch.register.store.StoredReport;

/** Reads incidents: listings with review status, and one incident with its items, reports and claims. */
final class IncidentReader {
    static final String SUMMARY_COLUMNS = "i.id, i.type, i.date_from, i.date_to, i.item_count, i.source_count, "
            + "i.place_key, i.place_name, i.place_country, i.place_region, i.latitude, i.longitude, i.summary, "
            + "i.summary_item_id, r.status AS review_status";
    static final String FROM = " FROM incidents i LEFT JOIN incident_reviews r ON r.incident_id = i.id WHERE 1 = 1";

    private IncidentReader() {
    }

    static List<IncidentSummary> list(Connection connection, IncidentFilter filter) throws SQLException {
        IncidentConditions conditions = new IncidentConditions().type(filter.type())
                .dates(filter.since(), filter.until()).status(filter.status()).publicOnly(filter.publicOnly());
        String sql = "SELECT " + SUMMARY_COLUMNS + FROM + conditions.sql()
                + " ORDER BY CASE WHEN i.date_from IS NULL THEN 1 ELSE 0 END, i.date_from DESC, i.id LIMIT "
                + filter.limit() + " OFFSET " + filter.offset();
        return summaries(connection, sql, conditions.values());
    }

    static List<IncidentSummary> summaries(Connection connection, String sql, List<String> values)
            throws SQLException {
        List<IncidentSummary> incidents = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    incidents.add(summary(rows));
                }
            }
        }
        return incidents;
    }

    static IncidentSummary summary(ResultSet row) throws SQLException {
        Optional<Place> place = text(row, "place_key").map(key -> {
            try {
                return new Place(key, row.getString("place_name"), row.getString("place_country"),
                        row.getString("place_region"), doubleValue(row, "latitude").orElse(0.0),
                        doubleValue(row, "longitude").orElse(0.0));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return new IncidentSummary(row.getString("id"), EventType.valueOf(row.getString("type")),
                window(row), row.getInt("item_count"), row.getInt("source_count"), place,
                row.getString("summary"), row.getString("summary_item_id"),
                text(row, "review_status").map(ReviewStatus::valueOf).orElse(ReviewStatus.UNVERIFIED));
    }

    static Optional<DateInterval> window(ResultSet row) throws SQLException {
        Optional<LocalDate> from = text(row, "date_from").map(LocalDate::parse);
        Optional<LocalDate> to = text(row, "date_to").map(LocalDate::parse);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DateInterval(from.get(), to.get(),
                from.get().equals(to.get()) ? DatePrecision.DAY : DatePrecision.DAYS));
    }

    static Optional<IncidentDetail> detail(Connection connection, String incidentId,
                                           List<org.frontwatch.register.store.ReviewChange> history)
            throws SQLException {
        List<IncidentSummary> found = summaries(connection, "SELECT " + SUMMARY_COLUMNS + FROM + " AND i.id = ?",
                List.of(incidentId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<ItemSummary> items = new ArrayList<>();
        query(connection, "SELECT it.id, it.kind, it.source, it.uri, it.published, it.title, it.language, it.status "
                + "FROM incident_items ii JOIN items it ON it.id = ii.item_id WHERE ii.incident_id = ? "
                + "ORDER BY CASE WHEN it.published IS NULL THEN 1 ELSE 0 END, it.published, it.id", incidentId,
                rows -> items.add(RowReaders.itemSummary(rows)));
        List<StoredReport> reports = new ArrayList<>();
        query(connection, "SELECT r.* FROM incident_reports ir JOIN reports r ON r.id = ir.report_id "
                + "WHERE ir.incident_id = ? ORDER BY r.item_id, r.span_start, r.id", incidentId,
                rows -> reports.add(RowReaders.report(rows)));
        List<StoredClaim> claims = new ArrayList<>();
        query(connection, "SELECT c.* FROM incident_items ii JOIN claims c ON c.item_id = ii.item_id "
                + "WHERE ii.incident_id = ? ORDER BY c.item_id, c.span_start, c.id", incidentId,
                rows -> claims.add(RowReaders.claim(rows)));
        List<StoredMention> mentions = new ArrayList<>();
        query(connection, "SELECT m.* FROM incident_items ii JOIN mentions m ON m.item_id = ii.item_id "
                + "WHERE ii.incident_id = ? ORDER BY m.item_id, m.span_start, m.id", incidentId,
                rows -> mentions.add(RowReaders.mention(rows)));
        Map<String, List<String>> keys = new TreeMap<>();
        query(connection, "SELECT dimension, key_value FROM incident_keys WHERE incident_id = ? "
                + "ORDER BY dimension, key_value", incidentId,
                rows -> keys.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2)));
        return Optional.of(new IncidentDetail(found.get(0), items, reports, claims, mentions, keys, history));
    }

    static void query(Connection connection, String sql, String value, RowConsumer consumer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }
}
