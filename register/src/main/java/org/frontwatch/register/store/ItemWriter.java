package org.frontwatch.register.store;

import static org.frontwatch.register.store.JdbcValues.keys;
import static org.frontwatch.register.store.JdbcValues.setDouble;
import static org.frontwatch.register.store.JdbcValues.setLong;
import static org.frontwatch.register.store.JdbcValues.setText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Claim;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Mention;

/**
 * Writes one item with its capture and extraction. Idempotent: the item row is upserted, the capture added if
 * new, and the item's mentions, claims and reports replaced by the new extraction's (their ids come from item,
 * type and span, so an unchanged extraction writes the same rows again). {@link #putAll} writes many items with
 * statement batches, the bulk-load path.
 */
final class ItemWriter implements AutoCloseable {
    private static final String UPSERT_ITEM = """
            INSERT INTO items (id, kind, source, uri, published, published_day, title, body, language, metadata,
                               status, stored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, source = excluded.source, uri = excluded.uri,
                published = excluded.published, published_day = excluded.published_day, title = excluded.title,
                body = excluded.body, language = excluded.language, metadata = excluded.metadata""";
    private static final String INSERT_CAPTURE = """
            INSERT INTO captures (item_id, warc_file, warc_offset, sha256, recorded_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (item_id, warc_file, warc_offset) DO NOTHING""";
    private static final String INSERT_FIRST_STATUS = """
            INSERT INTO item_status_history (id, item_id, status, changed_at, note) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";
    private static final String INSERT_MENTION = """
            INSERT INTO mentions (id, item_id, type, surface, span_start, span_end, mention_key, place_name,
                place_country, place_region, latitude, longitude, date_from, date_to, date_precision, figure_low,
                figure_high, figure_unit, figure_per)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";
    private static final String INSERT_CLAIM = """
            INSERT INTO claims (id, item_id, sentence, span_start, span_end, claimant, claimant_key, subject,
                figure_low, figure_high, figure_unit, figure_per)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";
    private static final String INSERT_REPORT = """
            INSERT INTO reports (id, item_id, type, sentence, span_start, span_end, date_from, date_to,
                date_precision, origin, location, places, units)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";

    private static final List<String> DELETE_EXTRACTION = List.of("DELETE FROM mentions WHERE item_id = ?",
            "DELETE FROM claims WHERE item_id = ?", "DELETE FROM reports WHERE item_id = ?");
    /** Ids per look-up of stored items: well under SQLite's and PostgreSQL's limits on bound parameters. */
    private static final int LOOKUP_CHUNK = 500;

    private final Connection connection;
    private final java.util.Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

    /** A writer on {@code connection}; its statements are prepared once and reused for every item. */
    ItemWriter(Connection connection) {
        this.connection = connection;
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : prepared.values()) {
            statement.close();
        }
        prepared.clear();
    }

    void put(Item item, CaptureLocation capture, Extraction extraction, Instant now) throws SQLException {
        boolean known = isKnown(item.id());
        bindItem(item, capture, extraction, now, known);
        statement(UPSERT_ITEM).executeUpdate();
        statement(INSERT_CAPTURE).executeUpdate();
        if (!known) {
            statement(INSERT_FIRST_STATUS).executeUpdate();
        }
        if (known) {
            deleteExtraction(item.id());
            executeDeletes();
        }
        addExtraction(item.id(), extraction);
        executeExtraction();
    }

    /**
     * Writes many items with one round of statement batches: which items are already stored is read in one query per
     * {@value #LOOKUP_CHUNK} ids, only those have their earlier mentions, claims and reports deleted, and every row
     * goes through {@link PreparedStatement#addBatch}. An item given twice is written once, as given last.
     */
    void putAll(List<ExtractedItem> items, Instant now) throws SQLException {
        Map<String, ExtractedItem> lastOfEach = new LinkedHashMap<>();
        for (ExtractedItem each : items) {
            lastOfEach.remove(each.item().id());
            lastOfEach.put(each.item().id(), each);
        }
        Set<String> known = known(new ArrayList<>(lastOfEach.keySet()));
        for (ExtractedItem each : lastOfEach.values()) {
            boolean isKnown = known.contains(each.item().id());
            bindItem(each.item(), each.capture(), each.extraction(), now, isKnown);
            statement(UPSERT_ITEM).addBatch();
            statement(INSERT_CAPTURE).addBatch();
            if (!isKnown) {
                statement(INSERT_FIRST_STATUS).addBatch();
            }
            if (isKnown) {
                deleteExtraction(each.item().id());
            }
        }
        statement(UPSERT_ITEM).executeBatch();
        statement(INSERT_CAPTURE).executeBatch();
        statement(INSERT_FIRST_STATUS).executeBatch();
        executeDeletes();
        for (ExtractedItem each : lastOfEach.values()) {
            addExtraction(each.item().id(), each.extraction());
        }
        executeExtraction();
    }

    /** Those of {@code itemIds} already stored. */
    private Set<String> known(List<String> itemIds) throws SQLException {
        Set<String> known = new HashSet<>();
        for (int from = 0; from < itemIds.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = itemIds.subList(from, Math.min(itemIds.size(), from + LOOKUP_CHUNK));
            String placeholders = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM items WHERE id IN (" + placeholders + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
            }
        }
        return known;
    }

    private void bindItem(Item item, CaptureLocation capture, Extraction extraction, Instant now, boolean known)
            throws SQLException {
        PreparedStatement upsert = statement(UPSERT_ITEM);
        upsert.setString(1, item.id());
        upsert.setString(2, item.kind().name());
        upsert.setString(3, item.source());
        upsert.setString(4, item.uri());
        setText(upsert, 5, item.published().map(JdbcValues::instant));
        setText(upsert, 6, item.published().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        upsert.setString(7, item.title());
        upsert.setString(8, item.text());
        upsert.setString(9, extraction.language().code());
        upsert.setString(10, JdbcValues.json(item.metadata()));
        upsert.setString(11, ItemStatus.ACTIVE.name());
        upsert.setString(12, JdbcValues.instant(now));
        PreparedStatement captureStatement = statement(INSERT_CAPTURE);
        captureStatement.setString(1, item.id());
        captureStatement.setString(2, capture.warcFile());
        captureStatement.setLong(3, capture.offset());
        captureStatement.setString(4, capture.sha256());
        captureStatement.setString(5, JdbcValues.instant(now));
        if (!known) {
            PreparedStatement status = statement(INSERT_FIRST_STATUS);
            status.setString(1, ContentIds.of("item-status", item.id(), ItemStatus.ACTIVE.name(),
                    JdbcValues.instant(now), "captured"));
            status.setString(2, item.id());
            status.setString(3, ItemStatus.ACTIVE.name());
            status.setString(4, JdbcValues.instant(now));
            status.setString(5, "captured");
        }
    }

    private boolean isKnown(String itemId) throws SQLException {
        PreparedStatement statement = statement("SELECT 1 FROM items WHERE id = ?");
        statement.setString(1, itemId);
        try (var rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    static boolean exists(Connection connection, String itemId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM items WHERE id = ?")) {
            statement.setString(1, itemId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Adds the deletion of an item's earlier mentions, claims and reports to the statement batches. */
    private void deleteExtraction(String itemId) throws SQLException {
        for (String sql : DELETE_EXTRACTION) {
            PreparedStatement statement = statement(sql);
            statement.setString(1, itemId);
            statement.addBatch();
        }
    }

    private void executeDeletes() throws SQLException {
        for (String sql : DELETE_EXTRACTION) {
            statement(sql).executeBatch();
        }
    }

    /** Adds an extraction's mentions, claims and reports to the statement batches. */
    private void addExtraction(String itemId, Extraction extraction) throws SQLException {
        for (Mention mention : extraction.mentions()) {
            PreparedStatement statement = statement(INSERT_MENTION);
            bindMention(statement, itemId, mention);
            statement.addBatch();
        }
        for (Claim claim : extraction.claims()) {
            PreparedStatement statement = statement(INSERT_CLAIM);
            bindClaim(statement, itemId, claim);
            statement.addBatch();
        }
        for (EventReport report : extraction.events()) {
            PreparedStatement statement = statement(INSERT_REPORT);
            bindReport(statement, itemId, report);
            statement.addBatch();
        }
    }

    private void executeExtraction() throws SQLException {
        for (String sql : List.of(INSERT_MENTION, INSERT_CLAIM, INSERT_REPORT)) {
            PreparedStatement statement = prepared.get(sql);
            if (statement != null) {
                statement.executeBatch();
            }
        }
    }

    private static void bindMention(PreparedStatement statement, String itemId, Mention mention) throws SQLException {
        statement.setString(1, ContentIds.mentionId(itemId, mention));
        statement.setString(2, itemId);
        statement.setString(3, mention.type().name());
        statement.setString(4, mention.text());
        statement.setInt(5, mention.span().start());
        statement.setInt(6, mention.span().end());
        statement.setString(7, mention.key());
        setText(statement, 8, mention.place().map(p -> p.name()));
        setText(statement, 9, mention.place().map(p -> p.country()));
        setText(statement, 10, mention.place().map(p -> p.region()));
        setDouble(statement, 11, mention.place().map(p -> p.lat()));
        setDouble(statement, 12, mention.place().map(p -> p.lon()));
        bindInterval(statement, 13, mention.date());
        setLong(statement, 16, mention.figure().map(f -> f.low()).orElse(OptionalLong.empty()));
        setLong(statement, 17, mention.figure().map(f -> f.high()).orElse(OptionalLong.empty()));
        setText(statement, 18, mention.figure().map(f -> f.unit()));
        setText(statement, 19, mention.figure().flatMap(f -> f.per()));
    }

    private static void bindClaim(PreparedStatement statement, String itemId, Claim claim) throws SQLException {
        statement.setString(1, ContentIds.claimId(itemId, claim));
        statement.setString(2, itemId);
        statement.setString(3, claim.text());
        statement.setInt(4, claim.span().start());
        statement.setInt(5, claim.span().end());
        setText(statement, 6, claim.claimant());
        setText(statement, 7, claim.claimantKey());
        statement.setString(8, claim.subject());
        setLong(statement, 9, claim.figure().low());
        setLong(statement, 10, claim.figure().high());
        statement.setString(11, claim.figure().unit());
        setText(statement, 12, claim.figure().per());
    }

    private static void bindReport(PreparedStatement statement, String itemId, EventReport report)
            throws SQLException {
        statement.setString(1, ContentIds.reportId(itemId, report));
        statement.setString(2, itemId);
        statement.setString(3, report.type().name());
        statement.setString(4, report.text());
        statement.setInt(5, report.span().start());
        statement.setInt(6, report.span().end());
        bindInterval(statement, 7, report.when());
        statement.setString(10, keys(report.origin()));
        statement.setString(11, keys(report.location()));
        statement.setString(12, keys(report.places()));
        statement.setString(13, keys(report.units()));
    }

    private static void bindInterval(PreparedStatement statement, int index, Optional<DateInterval> interval)
            throws SQLException {
        setText(statement, index, interval.map(i -> i.from().toString()));
        setText(statement, index + 1, interval.map(i -> i.to().toString()));
        setText(statement, index + 2, interval.map(i -> i.precision().name()));
    }
}
