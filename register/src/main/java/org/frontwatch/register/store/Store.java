package org.frontwatch.register.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.model.UsageException;

/**
 * The register's source of truth: items with their captures and extractions, item statuses and incident reviews
 * with their history, failures, users and tokens. Every write is one transaction; {@link #put} is idempotent.
 */
public final class Store {
    private final Database database;
    private final Accounts accounts;

    public Store(Database database) {
        this.database = database;
        this.accounts = new Accounts(database);
    }

    public Database database() {
        return database;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Stores an item, adds its capture if new, and replaces what was extracted from it. */
    public void put(Item item, CaptureLocation capture, Extraction extraction) {
        database.write("store item " + item.id(), connection -> {
            try (ItemWriter writer = new ItemWriter(connection)) {
                writer.put(item, capture, extraction, Instant.now());
            }
            return null;
        });
    }

    /**
     * Stores many items in one transaction with statement batches: the fast path for bulk loads. An item given twice
     * is stored as given last.
     */
    public void putAll(List<ExtractedItem> items) {
        if (items.isEmpty()) {
            return;
        }
        database.write("store " + items.size() + " items from " + items.get(0).item().id(), connection -> {
            Instant now = Instant.now();
            try (ItemWriter writer = new ItemWriter(connection)) {
                writer.putAll(items, now);
            }
            return null;
        });
    }

    public boolean contains(String itemId) {
        return database.read("look up item " + itemId, connection -> ItemWriter.exists(connection, itemId));
    }

    /** Adds a further capture of a known item (a recheck found it changed, or preserved it again). */
    public void addCapture(String itemId, CaptureLocation capture) {
        database.write("add a capture to item " + itemId, connection -> {
            requireItem(connection, itemId);
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO captures (item_id, warc_file, warc_offset, sha256, recorded_at) "
                            + "VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (item_id, warc_file, warc_offset) DO NOTHING")) {
                statement.setString(1, itemId);
                statement.setString(2, capture.warcFile());
                statement.setLong(3, capture.offset());
                statement.setString(4, capture.sha256());
                statement.setString(5, JdbcValues.instant(Instant.now()));
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** Records material that failed to parse or extract; the same failure recorded twice is kept once. */
    public void recordFailure(String source, String position, String message) {
        database.write("record a failure of " + source, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO failures (id, source, position, message, recorded_at) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (id) DO UPDATE SET recorded_at = excluded.recorded_at")) {
                statement.setString(1, ContentIds.of("failure", source, position, message));
                statement.setString(2, source);
                statement.setString(3, position);
                statement.setString(4, message);
                statement.setString(5, JdbcValues.instant(Instant.now()));
                statement.executeUpdate();
            }
            return null;
        });
    }

    public List<FailureRecord> failures() {
        return database.read("list failures", connection -> {
            List<FailureRecord> failures = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT source, position, message, recorded_at FROM failures ORDER BY recorded_at, id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    failures.add(new FailureRecord(rows.getString(1), rows.getString(2), rows.getString(3),
                            Instant.parse(rows.getString(4))));
                }
            }
            return failures;
        });
    }

    /** Sets an item's status (a recheck found it changed or deleted) and appends it to the history. */
    public void setItemStatus(String itemId, ItemStatus status, Instant at, String note) {
        database.write("set the status of item " + itemId, connection -> {
            requireItem(connection, itemId);
            StatusWriter.appendItemStatus(connection, itemId, status, at, note);
            return null;
        });
    }

    /** Records an analyst's verdict on an incident; the history keeps every verdict. */
    public void setIncidentStatus(String incidentId, ReviewStatus status, String user, String note) {
        database.write("set the review status of incident " + incidentId, connection -> {
            StatusWriter.appendReview(connection, incidentId, status, Instant.now(), user, note);
            return null;
        });
    }

    /** The latest verdict on an incident; {@link ReviewStatus#UNVERIFIED} if nobody reviewed it. */
    public ReviewStatus reviewStatus(String incidentId) {
        return reviewHistory(incidentId).stream().reduce((first, second) -> second).map(ReviewChange::status)
                .orElse(ReviewStatus.UNVERIFIED);
    }

    /** Every verdict on an incident, oldest first. */
    public List<ReviewChange> reviewHistory(String incidentId) {
        return database.read("read the review history of incident " + incidentId, connection -> {
            List<ReviewChange> history = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT status, changed_at, user_name, note FROM incident_review_history "
                            + "WHERE incident_id = ? ORDER BY changed_at, id")) {
                statement.setString(1, incidentId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        history.add(new ReviewChange(ReviewStatus.valueOf(rows.getString(1)),
                                Instant.parse(rows.getString(2)), rows.getString(3), rows.getString(4)));
                    }
                }
            }
            return history;
        });
    }

    public List<ItemSummary> items(ItemFilter filter) {
        return database.read("list items", connection -> ItemReader.list(connection, filter));
    }

    /** The summaries of those of {@code itemIds} that are stored, keyed by id, read in one query. */
    public java.util.Map<String, ItemSummary> summaries(List<String> itemIds) {
        if (itemIds.isEmpty()) {
            return java.util.Map.of();
        }
        return database.read("read " + itemIds.size() + " item summaries",
                connection -> ItemReader.summaries(connection, itemIds));
    }

    public Optional<ItemDetail> item(String itemId) {
        return database.read("read item " + itemId, connection -> ItemReader.detail(connection, itemId));
    }

    /** Hands every stored item, in id order, to {@code consumer}; memory stays bounded by one page. */
    public void forEachItem(Consumer<StoredItem> consumer) {
        ItemReader.forEach(database, consumer);
    }

    public RegisterCounts counts() {
        return database.read("count the register", connection -> new RegisterCounts(
                count(connection, "items"), count(connection, "reports"), count(connection, "incidents"),
                count(connection, "failures")));
    }

    private static long count(java.sql.Connection connection, String table) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void requireItem(java.sql.Connection connection, String itemId) throws java.sql.SQLException {
        if (!ItemWriter.exists(connection, itemId)) {
            throw new UsageException("no item " + itemId + " in the register");
        }
    }
}
