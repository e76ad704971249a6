package org.frontwatch.register.corroborate;

import static org.frontwatch.register.store.JdbcValues.setDouble;
import static org.frontwatch.register.store.JdbcValues.setLong;
import static org.frontwatch.register.store.JdbcValues.setText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.frontwatch.register.store.Database;

/** Replaces the derived tables — near-duplicate clusters, incidents and claim groups — in one transaction. */
final class CorroborationWriter {
    private static final int BATCH = 1000;

    private CorroborationWriter() {
    }

    static void replace(Database database, Map<String, String> clusterOfItem, List<Incident> incidents,
                        List<ClaimGroup> claimGroups) {
        database.write("replace incidents and clusters", connection -> {
            for (String table : List.of("near_duplicates", "incidents", "incident_reports", "incident_items",
                    "incident_keys", "claim_groups", "claim_group_members")) {
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table)) {
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO near_duplicates (item_id, cluster_id) VALUES (?, ?)")) {
                int pending = 0;
                for (Map.Entry<String, String> entry : clusterOfItem.entrySet()) {
                    statement.setString(1, entry.getKey());
                    statement.setString(2, entry.getValue());
                    statement.addBatch();
                    pending = flush(statement, pending);
                }
                statement.executeBatch();
            }
            writeIncidents(connection, incidents);
            writeClaimGroups(connection, claimGroups);
            return null;
        });
    }

    private static int flush(PreparedStatement statement, int pending) throws SQLException {
        if (pending + 1 >= BATCH) {
            statement.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    private static void writeIncidents(Connection connection, List<Incident> incidents) throws SQLException {
        try (PreparedStatement incident = connection.prepareStatement("""
                INSERT INTO incidents (id, type, date_from, date_to, item_count, source_count, place_key, place_name,
                    place_country, place_region, latitude, longitude, summary, summary_item_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement report = connection.prepareStatement(
                     "INSERT INTO incident_reports (incident_id, report_id) VALUES (?, ?)");
             PreparedStatement item = connection.prepareStatement(
                     "INSERT INTO incident_items (incident_id, item_id) VALUES (?, ?)");
             PreparedStatement key = connection.prepareStatement(
                     "INSERT INTO incident_keys (incident_id, dimension, key_value) VALUES (?, ?, ?)")) {
            int pending = 0;
            for (Incident each : incidents) {
                incident.setString(1, each.id());
                incident.setString(2, each.type().name());
                setText(incident, 3, each.when().map(w -> w.from().toString()));
                setText(incident, 4, each.when().map(w -> w.to().toString()));
                incident.setInt(5, each.itemIds().size());
                incident.setInt(6, each.independentSources());
                setText(incident, 7, each.place().map(p -> p.key()));
                setText(incident, 8, each.place().map(p -> p.name()));
                setText(incident, 9, each.place().map(p -> p.country()));
                setText(incident, 10, each.place().map(p -> p.region()));
                setDouble(incident, 11, each.place().map(p -> p.lat()));
                setDouble(incident, 12, each.place().map(p -> p.lon()));
                incident.setString(13, each.summary());
                incident.setString(14, each.summaryItemId());
                incident.addBatch();
                pairs(report, each.id(), each.reportIds());
                pairs(item, each.id(), each.itemIds());
                keys(key, each.id(), "origin", each.origin());
                keys(key, each.id(), "region", each.regions());
                keys(key, each.id(), "place", each.places());
                keys(key, each.id(), "unit", each.units());
                keys(key, each.id(), "source", each.sources());
                keys(key, each.id(), "type", List.of(each.type().name()));
                if (++pending >= BATCH) {
                    incident.executeBatch();
                    report.executeBatch();
                    item.executeBatch();
                    key.executeBatch();
                    pending = 0;
                }
            }
            incident.executeBatch();
            report.executeBatch();
            item.executeBatch();
            key.executeBatch();
        }
    }

    private static void pairs(PreparedStatement statement, String incidentId, List<String> values)
            throws SQLException {
        for (String value : values) {
            statement.setString(1, incidentId);
            statement.setString(2, value);
            statement.addBatch();
        }
    }

    private static void keys(PreparedStatement statement, String incidentId, String dimension, List<String> values)
            throws SQLException {
        for (String value : values) {
            statement.setString(1, incidentId);
            statement.setString(2, dimension);
            statement.setString(3, value);
            statement.addBatch();
        }
    }

    private static void writeClaimGroups(Connection connection, List<ClaimGroup> groups) throws SQLException {
        try (PreparedStatement group = connection.prepareStatement("""
                INSERT INTO claim_groups (id, subject, figure_unit, figure_per, period, low, best, high, conflicting,
                    claim_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement member = connection.prepareStatement(
                     "INSERT INTO claim_group_members (group_id, claim_id) VALUES (?, ?)")) {
            for (ClaimGroup each : groups) {
                group.setString(1, each.id());
                group.setString(2, each.subject());
                group.setString(3, each.unit());
                group.setString(4, each.per());
                group.setString(5, each.period());
                setLong(group, 6, each.low());
                setLong(group, 7, each.best());
                setLong(group, 8, each.high());
                group.setInt(9, each.conflicting() ? 1 : 0);
                group.setInt(10, each.claimIds().size());
                group.addBatch();
                pairs(member, each.id(), each.claimIds());
            }
            group.executeBatch();
            member.executeBatch();
        }
    }
}
