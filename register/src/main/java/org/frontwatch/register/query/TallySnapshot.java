package org.frontwatch.register.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every incident's type, dates, public review and keys, with the items that tell it, held in memory as arrays, so
 * that a tally with any filter is a pass over the incidents instead of a query that reads tens of thousands of rows
 * (at 100 k items a tally by SQL took 100–300 ms of CPU, from memory it takes a few). It answers exactly what
 * {@link RegisterQueries}' SQL tally answers, for the store {@link #version} it was read at, and for no other.
 *
 * <p>Incidents and items are numbered in the order of their ids, so the ascending numbers of a row's incidents and
 * evidence are its ids in order. Dates are compared by their rank among the stored date texts, which orders them
 * as the SQL conditions order the ISO text.
 */
final class TallySnapshot {
    private static final int ANY = -2;
    private static final int NONE = -1;
    private final long version;
    private final String[] incidentIds;
    /** Each incident's type as its number in {@link #typeNumbers}. */
    private final int[] types;
    private final Map<String, Integer> typeNumbers;
    /** Every stored date text, sorted; incidents hold the rank of theirs, {@value #NONE} for none. */
    private final String[] days;
    private final int[] datesFrom;
    private final int[] datesTo;
    private final boolean[] publicReview;
    /** The items of incident {@code i} are {@code items[itemsFrom[i]]} up to {@code items[itemsFrom[i + 1]]}. */
    private final int[] itemsFrom;
    private final int[] items;
    private final String[] itemIds;
    private final Map<TallyDimension, Dimension> dimensions;

    /** One dimension's keys, in key order, each with the ascending numbers of its incidents and its label. */
    private record Dimension(String[] keys, String[] labels, int[][] incidents) {
    }

    private TallySnapshot(long version, String[] incidentIds, String[] types, String[] datesFrom, String[] datesTo,
                          boolean[] publicReview, int[][] itemsOfIncident, String[] itemIds,
                          Map<TallyDimension, Dimension> dimensions) {
        this.version = version;
        this.incidentIds = incidentIds;
        this.typeNumbers = new HashMap<>();
        this.types = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            this.types[i] = typeNumbers.computeIfAbsent(types[i], type -> typeNumbers.size());
        }
        TreeSet<String> allDays = new TreeSet<>();
        for (int i = 0; i < incidentIds.length; i++) {
            if (datesFrom[i] != null) {
                allDays.add(datesFrom[i]);
            }
            if (datesTo[i] != null) {
                allDays.add(datesTo[i]);
            }
        }
        this.days = allDays.toArray(String[]::new);
        this.datesFrom = ranks(datesFrom);
        this.datesTo = ranks(datesTo);
        this.publicReview = publicReview;
        this.itemsFrom = new int[incidentIds.length + 1];
        for (int i = 0; i < incidentIds.length; i++) {
            itemsFrom[i + 1] = itemsFrom[i] + itemsOfIncident[i].length;
        }
        this.items = new int[itemsFrom[incidentIds.length]];
        for (int i = 0; i < incidentIds.length; i++) {
            System.arraycopy(itemsOfIncident[i], 0, items, itemsFrom[i], itemsOfIncident[i].length);
        }
        this.itemIds = itemIds;
        this.dimensions = dimensions;
    }

    private int[] ranks(String[] dates) {
        int[] ranks = new int[dates.length];
        for (int i = 0; i < dates.length; i++) {
            ranks[i] = dates[i] == null ? NONE : Arrays.binarySearch(days, dates[i]);
        }
        return ranks;
    }

    /** The rank of the first stored date at or after {@code day}'s text ({@code days.length} if none is). */
    private int firstAtOrAfter(String day) {
        int found = Arrays.binarySearch(days, day);
        return found >= 0 ? found : -found - 1;
    }

    /** The snapshot of a store without incidents at {@code version}. */
    static TallySnapshot empty(long version) {
        Map<TallyDimension, Dimension> dimensions = new EnumMap<>(TallyDimension.class);
        for (TallyDimension dimension : TallyDimension.values()) {
            dimensions.put(dimension, new Dimension(new String[0], new String[0], new int[0][]));
        }
        return new TallySnapshot(version, new String[0], new String[0], new String[0], new String[0],
                new boolean[0], new int[0][], new String[0], dimensions);
    }

    /** The store version this snapshot was read at. */
    long version() {
        return version;
    }

    /** Reads the snapshot of the store at {@code version}; the caller reads the version before calling. */
    static TallySnapshot read(Connection connection, long version) throws SQLException {
        List<String[]> incidents = new ArrayList<>();
        RegisterQueries.each(connection, "SELECT id, type, date_from, date_to FROM incidents", List.of(),
                rows -> incidents.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3),
                    rows.getString(4)}));
        incidents.sort(Comparator.comparing(row -> row[0]));
        int count = incidents.size();
        String[] ids = new String[count];
        String[] types = new String[count];
        String[] from = new String[count];
        String[] to = new String[count];
        Map<String, Integer> numbers = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String[] row = incidents.get(i);
            ids[i] = row[0];
            types[i] = row[1];
            from[i] = row[2];
            to[i] = row[3];
            numbers.put(row[0], i);
        }

        boolean[] publicReview = new boolean[count];
        RegisterQueries.each(connection, "SELECT incident_id FROM incident_reviews WHERE status IN ("
                + IncidentConditions.PUBLIC_STATUSES + ")", List.of(), rows -> {
                    Integer number = numbers.get(rows.getString(1));
                    if (number != null) {
                        publicReview[number] = true;
                    }
                });

        List<List<String>> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(new ArrayList<>(2));
        }
        TreeSet<String> allItems = new TreeSet<>();
        RegisterQueries.each(connection, "SELECT incident_id, item_id FROM incident_items", List.of(), rows -> {
            Integer number = numbers.get(rows.getString(1));
            if (number != null) {
                String item = rows.getString(2);
                items.get(number).add(item);
                allItems.add(item);
            }
        });
        String[] itemIds = allItems.toArray(String[]::new);
        Map<String, Integer> itemNumbers = new HashMap<>(itemIds.length * 2);
        for (int i = 0; i < itemIds.length; i++) {
            itemNumbers.put(itemIds[i], i);
        }
        int[][] itemsOfIncident = new int[count][];
        for (int i = 0; i < count; i++) {
            itemsOfIncident[i] = items.get(i).stream().mapToInt(itemNumbers::get).sorted().distinct().toArray();
        }

        Map<TallyDimension, TreeMap<String, List<Integer>>> keys = new EnumMap<>(TallyDimension.class);
        for (TallyDimension dimension : TallyDimension.values()) {
            keys.put(dimension, new TreeMap<>());
        }
        Map<String, TallyDimension> byColumn = new HashMap<>();
        for (TallyDimension dimension : TallyDimension.values()) {
            byColumn.put(dimension.column(), dimension);
        }
        RegisterQueries.each(connection, "SELECT dimension, key_value, incident_id FROM incident_keys", List.of(),
                rows -> {
                    TallyDimension dimension = byColumn.get(rows.getString(1));
                    Integer number = numbers.get(rows.getString(3));
                    if (dimension != null && number != null) {
                        keys.get(dimension).computeIfAbsent(rows.getString(2), k -> new ArrayList<>()).add(number);
                    }
                });
        Map<TallyDimension, Dimension> dimensions = new EnumMap<>(TallyDimension.class);
        for (TallyDimension dimension : TallyDimension.values()) {
            TreeMap<String, List<Integer>> byKey = keys.get(dimension);
            Map<String, String> labels = RegisterQueries.labels(connection, dimension, byKey.keySet());
            String[] keyValues = byKey.keySet().toArray(String[]::new);
            String[] keyLabels = new String[keyValues.length];
            int[][] keyIncidents = new int[keyValues.length][];
            for (int k = 0; k < keyValues.length; k++) {
                keyLabels[k] = labels.getOrDefault(keyValues[k], keyValues[k]);
                keyIncidents[k] = byKey.get(keyValues[k]).stream().mapToInt(Integer::intValue).sorted().distinct()
                        .toArray();
            }
            dimensions.put(dimension, new Dimension(keyValues, keyLabels, keyIncidents));
        }
        return new TallySnapshot(version, ids, types, from, to, publicReview, itemsOfIncident, itemIds, dimensions);
    }

    /** The tally's rows, sorted by incident count (most first), then key — as the SQL tally sorts them. */
    List<TallyRow> tally(TallyQuery query) {
        return tally(query, Integer.MAX_VALUE);
    }

    /**
     * The tally's rows as {@link #tally(TallyQuery)} gives them, each listing only its first {@code maxEvidence}
     * incident ids and item ids: the counts are of all, but no row builds a list of tens of thousands of ids that
     * the caller would cut.
     */
    List<TallyRow> tally(TallyQuery query, int maxEvidence) {
        if (maxEvidence < 0) {
            throw new IllegalArgumentException("evidence limit must not be negative: " + maxEvidence);
        }
        boolean[] counted = counted(query);
        Dimension dimension = dimensions.get(query.by());
        List<TallyRow> rows = new ArrayList<>();
        BitSet evidence = new BitSet(itemIds.length);
        for (int k = 0; k < dimension.keys().length; k++) {
            List<String> incidents = new ArrayList<>();
            int count = 0;
            for (int incident : dimension.incidents()[k]) {
                if (counted[incident]) {
                    if (count < maxEvidence) {
                        incidents.add(incidentIds[incident]);
                    }
                    count++;
                    for (int at = itemsFrom[incident]; at < itemsFrom[incident + 1]; at++) {
                        evidence.set(items[at]);
                    }
                }
            }
            if (count == 0) {
                continue;
            }
            int evidenceCount = evidence.cardinality();
            List<String> evidenceIds = new ArrayList<>(Math.min(maxEvidence, evidenceCount));
            for (int item = evidence.nextSetBit(0); item >= 0 && evidenceIds.size() < maxEvidence;
                    item = evidence.nextSetBit(item + 1)) {
                evidenceIds.add(itemIds[item]);
            }
            evidence.clear();
            rows.add(new TallyRow(dimension.keys()[k], dimension.labels()[k], count, evidenceCount, incidents,
                    evidenceIds));
        }
        rows.sort(Comparator.comparingInt(TallyRow::incidents).reversed().thenComparing(TallyRow::key));
        return List.copyOf(rows);
    }

    /** Which incidents the query's type, dates and public review let count. */
    private boolean[] counted(TallyQuery query) {
        int type = query.type().map(wanted -> typeNumbers.getOrDefault(wanted.name(), NONE)).orElse(ANY);
        // date_to >= since: a rank at or above the first stored date not before since
        int lowestTo = query.since().map(since -> firstAtOrAfter(since.toString())).orElse(NONE);
        // date_from <= until: a rank below the first stored date after until
        int aboveFrom = query.until().map(until -> firstAtOrAfter(until + "\0")).orElse(Integer.MAX_VALUE);
        boolean[] counted = new boolean[incidentIds.length];
        for (int i = 0; i < counted.length; i++) {
            counted[i] = (type == ANY || type == types[i])
                    && (lowestTo == NONE || datesTo[i] != NONE && datesTo[i] >= lowestTo)
                    && (aboveFrom == Integer.MAX_VALUE || datesFrom[i] != NONE && datesFrom[i] < aboveFrom)
                    && (!query.publicOnly() || publicReview[i]);
        }
        return counted;
    }
}
