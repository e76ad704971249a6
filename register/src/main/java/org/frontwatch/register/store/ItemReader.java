package org.frontwatch.register.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;

/** Reads items back: filtered listings, one item's detail, and every item in pages for rebuilding. */
final class ItemReader {
    private static final int PAGE = 1000;

    private ItemReader() {
    }

    static List<ItemSummary> list(Connection connection, ItemFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT id, kind, source, uri, published, title, language, status FROM items WHERE 1 = 1");
        List<String> values = new ArrayList<>();
        filter.kind().ifPresent(v -> condition(sql, values, "kind = ?", v.name()));
        filter.language().ifPresent(v -> condition(sql, values, "language = ?", v.code()));
        filter.source().ifPresent(v -> condition(sql, values, "source = ?", v));
        filter.since().ifPresent(v -> condition(sql, values, "published_day >= ?", v.toString()));
        filter.until().ifPresent(v -> condition(sql, values, "published_day <= ?", v.toString()));
        filter.status().ifPresent(v -> condition(sql, values, "status = ?", v.name()));
        sql.append(" ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published DESC, id LIMIT ")
                .append(filter.limit()).append(" OFFSET ").append(filter.offset());
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            List<ItemSummary> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(RowReaders.itemSummary(rows));
                }
            }
            return items;
        }
    }

    /** The summaries of the given items that exist, keyed by id: one query for a page of search hits. */
    static Map<String, ItemSummary> summaries(Connection connection, List<String> itemIds) throws SQLException {
        Map<String, ItemSummary> found = new HashMap<>();
        for (int from = 0; from < itemIds.size(); from += PAGE) {
            List<String> chunk = itemIds.subList(from, Math.min(itemIds.size(), from + PAGE));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, kind, source, uri, published, title, language, status FROM items WHERE id IN ("
                            + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ItemSummary summary = RowReaders.itemSummary(rows);
                        found.put(summary.id(), summary);
                    }
                }
            }
        }
        return found;
    }

    private static void condition(StringBuilder sql, List<String> values, String condition, String value) {
        sql.append(" AND ").append(condition);
        values.add(value);
    }

    static Optional<ItemDetail> detail(Connection connection, String itemId) throws SQLException {
        List<StoredItem> found = page(connection, "id = ?", List.of(itemId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredItem stored = found.get(0);
        List<StoredCapture> captures = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT warc_file, warc_offset, sha256, recorded_at FROM captures WHERE item_id = ? "
                        + "ORDER BY recorded_at, warc_file, warc_offset")) {
            statement.setString(1, itemId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    captures.add(new StoredCapture(new CaptureLocation(rows.getString(1), rows.getLong(2),
                            rows.getString(3)), Instant.parse(rows.getString(4))));
                }
            }
        }
        List<StatusChange> history = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT status, changed_at, note FROM item_status_history WHERE item_id = ? ORDER BY changed_at, id")) {
            statement.setString(1, itemId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    history.add(new StatusChange(ItemStatus.valueOf(rows.getString(1)),
                            Instant.parse(rows.getString(2)), rows.getString(3)));
                }
            }
        }
        List<String> incidents = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT incident_id FROM incident_items WHERE item_id = ? ORDER BY incident_id")) {
            statement.setString(1, itemId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    incidents.add(rows.getString(1));
                }
            }
        }
        return Optional.of(new ItemDetail(stored.item(), stored.extraction().language(), stored.status(), captures,
                stored.mentions(), stored.claims(), stored.reports(), history, incidents));
    }

    /** Reads every item in id order, a page at a time, handing each to {@code consumer} outside the read. */
    static void forEach(Database database, Consumer<StoredItem> consumer) {
        String after = "";
        while (true) {
            String from = after;
            List<StoredItem> page = database.read("read items after " + from,
                    connection -> page(connection, "id > ? ORDER BY id LIMIT " + PAGE, List.of(from)));
            page.forEach(consumer);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).item().id();
        }
    }

    private static List<StoredItem> page(Connection connection, String where, List<String> values)
            throws SQLException {
        List<Item> items = new ArrayList<>();
        Map<String, Language> languages = new HashMap<>();
        Map<String, ItemStatus> statuses = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + RowReaders.ITEM_COLUMNS + " FROM items WHERE " + where)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Item item = RowReaders.item(rows);
                    items.add(item);
                    languages.put(item.id(), Language.ofCode(rows.getString("language")));
                    statuses.put(item.id(), ItemStatus.valueOf(rows.getString("status")));
                }
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        String first = items.get(0).id();
        String last = items.get(items.size() - 1).id();
        Map<String, List<StoredMention>> mentions = new HashMap<>();
        Map<String, List<StoredClaim>> claims = new HashMap<>();
        Map<String, List<StoredReport>> reports = new HashMap<>();
        String range = " WHERE item_id >= ? AND item_id <= ? ORDER BY item_id, span_start, span_end, id";
        query(connection, "SELECT * FROM mentions" + range, first, last, rows -> {
            StoredMention mention = RowReaders.mention(rows);
            mentions.computeIfAbsent(mention.itemId(), k -> new ArrayList<>()).add(mention);
        });
        query(connection, "SELECT * FROM claims" + range, first, last, rows -> {
            StoredClaim claim = RowReaders.claim(rows);
            claims.computeIfAbsent(claim.itemId(), k -> new ArrayList<>()).add(claim);
        });
        query(connection, "SELECT * FROM reports" + range, first, last, rows -> {
            StoredReport report = RowReaders.report(rows);
            reports.computeIfAbsent(report.itemId(), k -> new ArrayList<>()).add(report);
        });
        List<StoredItem> page = new ArrayList<>(items.size());
        for (Item item : items) {
            List<StoredMention> itemMentions = mentions.getOrDefault(item.id(), List.of());
            List<StoredClaim> itemClaims = claims.getOrDefault(item.id(), List.of());
            List<StoredReport> itemReports = reports.getOrDefault(item.id(), List.of());
            Optional<LocalDate> published = item.published().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate());
            Extraction extraction = new Extraction(languages.get(item.id()), published,
                    itemMentions.stream().map(StoredMention::mention).toList(),
                    itemClaims.stream().map(StoredClaim::claim).toList(),
                    itemReports.stream().map(StoredReport::report).toList());
            page.add(new StoredItem(item, extraction, statuses.get(item.id()), itemMentions, itemClaims,
                    itemReports));
        }
        return page;
    }

    private static void query(Connection connection, String sql, String first, String last, RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, last);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }
}
