package org.frontwatch.register.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.frontwatch.model.EventType;
import org.frontwatch.register.store.Database;
import org.frontwatch.register.store.Store;

/**
 * The questions investigators ask: tallies of incidents (never of copies) that drill down to evidence, incident
 * listings and details, claim groups, unit profiles and timelines. Reads only; run {@code rebuild} first.
 *
 * <p>Tallies and incident listings read every matching incident (tens of thousands at 100 k items), so their
 * results are kept while the store is unchanged ({@link QueryResultCache}) and recomputed after any write. Tallies
 * are computed from a {@link TallySnapshot} of all incidents in memory once one has been read for the store as it
 * is (read in the background after a write), and by SQL until then; both give the same rows.
 */
public final class RegisterQueries {
    private final Store store;
    private final Database database;
    private final QueryResultCache results;
    private final TallySnapshots snapshots;
    private final ExecutorService snapshotThread = snapshotThread();

    public RegisterQueries(Store store) {
        this.store = store;
        this.database = store.database();
        this.results = new QueryResultCache(database::version, 256);
        this.snapshots = new TallySnapshots(database::version, this::readSnapshot, snapshotThread,
                TallySnapshots.PAUSE_FACTOR);
    }

    /** One thread at most, started when a snapshot is to be read and ended when idle. */
    private static ExecutorService snapshotThread() {
        return new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), work -> {
            Thread thread = new Thread(work, "frontwatch-tally-snapshot");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Stops reading tally snapshots and waits for a read under way, so that no read holds a connection when the
     * register closes the database; the register calls it first.
     */
    public void close() {
        snapshotThread.shutdown();
        try {
            snapshotThread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@link #close} has run and no snapshot read is under way. */
    boolean snapshotReadsEnded() {
        return snapshotThread.isTerminated();
    }

    private TallySnapshot readSnapshot(long version) {
        return database.read("read incidents for tallies", connection -> TallySnapshot.read(connection, version));
    }

    /** Rows sorted by incident count (most first), then key, each listing all its evidence. */
    public List<TallyRow> tally(TallyQuery query) {
        return results.get(query, () -> snapshots.current().map(snapshot -> snapshot.tally(query))
                .orElseGet(() -> tallyByQuery(query)));
    }

    /**
     * The rows of {@link #tally(TallyQuery)}, each listing only its first {@code maxEvidence} incident ids and item
     * ids (in id order) but counting all: what the server sends, without building every row's full evidence first.
     */
    public List<TallyRow> tally(TallyQuery query, int maxEvidence) {
        if (maxEvidence < 0) {
            throw new IllegalArgumentException("evidence limit must not be negative: " + maxEvidence);
        }
        return results.get(List.of(query, maxEvidence), () -> snapshots.current()
                .map(snapshot -> snapshot.tally(query, maxEvidence))
                .orElseGet(() -> tally(query).stream().map(row -> row.firstEvidence(maxEvidence)).toList()));
    }

    /** The tally read from the store by SQL, as it is answered until a snapshot is ready. */
    List<TallyRow> tallyByQuery(TallyQuery query) {
        IncidentConditions conditions = new IncidentConditions().type(query.type())
                .dates(query.since(), query.until()).publicOnly(query.publicOnly());
        return database.read("tally by " + query.by().column(), connection -> {
            Map<String, TreeSet<String>> incidentsByKey = new TreeMap<>();
            List<String> values = new ArrayList<>();
            values.add(query.by().column());
            values.addAll(conditions.values());
            each(connection, "SELECT k.key_value, i.id FROM incident_keys k JOIN incidents i ON i.id = k.incident_id "
                    + "WHERE k.dimension = ?" + conditions.sql(), values,
                    rows -> incidentsByKey.computeIfAbsent(rows.getString(1), k -> new TreeSet<>())
                            .add(rows.getString(2)));
            Map<String, TreeSet<String>> itemsByIncident = new TreeMap<>();
            each(connection, "SELECT ii.incident_id, ii.item_id FROM incident_items ii JOIN incidents i "
                    + "ON i.id = ii.incident_id WHERE 1 = 1" + conditions.sql(), conditions.values(),
                    rows -> itemsByIncident.computeIfAbsent(rows.getString(1), k -> new TreeSet<>())
                            .add(rows.getString(2)));
            Map<String, String> labels = labels(connection, query.by(), incidentsByKey.keySet());
            List<TallyRow> rows = new ArrayList<>();
            incidentsByKey.forEach((key, incidents) -> {
                TreeSet<String> evidence = new TreeSet<>();
                incidents.forEach(id -> evidence.addAll(itemsByIncident.getOrDefault(id, new TreeSet<>())));
                rows.add(new TallyRow(key, labels.getOrDefault(key, key), incidents.size(), List.copyOf(incidents),
                        List.copyOf(evidence)));
            });
            rows.sort(Comparator.comparingInt(TallyRow::incidents).reversed().thenComparing(TallyRow::key));
            return List.copyOf(rows);
        });
    }

    static Map<String, String> labels(Connection connection, TallyDimension by,
                                              java.util.Set<String> keys) throws SQLException {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (by) {
            case ORIGIN, REGION -> keys.forEach(key -> labels.put(key, RegionNames.label(key)));
            case PLACE -> placeNames(connection, keys, labels);
            case TYPE -> keys.forEach(key -> labels.put(key, key.charAt(0) + key.substring(1).toLowerCase()
                    .replace('_', ' ')));
            default -> keys.forEach(key -> labels.put(key, key));
        }
        return labels;
    }

    /** The gazetteer names of the given place keys, as their first mention carries them: one index lookup each. */
    private static void placeNames(Connection connection, java.util.Set<String> keys, Map<String, String> labels)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT place_name FROM mentions "
                + "WHERE mention_key = ? AND type = 'PLACE' AND place_name IS NOT NULL LIMIT 1")) {
            for (String key : keys) {
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        labels.put(key, rows.getString(1));
                    }
                }
            }
        }
    }

    public List<IncidentSummary> incidents(IncidentFilter filter) {
        return results.get(filter, () -> List.copyOf(database.read("list incidents",
                connection -> IncidentReader.list(connection, filter))));
    }

    public Optional<IncidentDetail> incident(String incidentId) {
        var history = store.reviewHistory(incidentId);
        return database.read("read incident " + incidentId,
                connection -> IncidentReader.detail(connection, incidentId, history));
    }

    /** The items in the near-duplicate cluster of {@code itemId} (reposts, forwards, reprints), itself included. */
    public List<String> nearDuplicates(String itemId) {
        return database.read("read the near-duplicates of " + itemId, connection -> {
            List<String> items = new ArrayList<>();
            each(connection, "SELECT d.item_id FROM near_duplicates d JOIN near_duplicates m "
                    + "ON m.cluster_id = d.cluster_id WHERE m.item_id = ? ORDER BY d.item_id", List.of(itemId),
                    rows -> items.add(rows.getString(1)));
            return items;
        });
    }

    /** Claim groups, conflicting ones first, then by subject and period. */
    public List<ClaimGroupView> claimGroups() {
        return database.read("list claim groups", ClaimGroupReader::all);
    }

    /** The profile of a unit given as {@code regiment:1439} or {@code unit:regiment:1439}. */
    public UnitProfile unit(String unitKey) {
        return database.read("profile unit " + unitKey, connection -> UnitProfileReader.profile(connection, unitKey));
    }

    /** Incidents per type per day or week (by the day each incident begins), in date order. */
    public List<TimelineBucket> timeline(TimelineStep step, Optional<EventType> type, Optional<LocalDate> since,
                                         Optional<LocalDate> until, boolean publicOnly) {
        IncidentConditions conditions = new IncidentConditions().type(type).dates(since, until)
                .publicOnly(publicOnly);
        return database.read("count incidents by " + step, connection -> {
            Map<LocalDate, Map<EventType, Long>> counts = new TreeMap<>();
            each(connection, "SELECT i.type, i.date_from FROM incidents i WHERE i.date_from IS NOT NULL"
                    + conditions.sql(), conditions.values(), rows -> {
                LocalDate day = LocalDate.parse(rows.getString(2));
                LocalDate start = step == TimelineStep.WEEK
                        ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
                counts.computeIfAbsent(start, k -> new TreeMap<>())
                        .merge(EventType.valueOf(rows.getString(1)), 1L, Long::sum);
            });
            List<TimelineBucket> buckets = new ArrayList<>();
            counts.forEach((start, byType) -> byType.forEach((eventType, count) ->
                    buckets.add(new TimelineBucket(start, eventType, count))));
            return buckets;
        });
    }

    static void each(Connection connection, String sql, List<String> values, IncidentReader.RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }
}
