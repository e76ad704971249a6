package org.frontwatch.register.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.frontwatch.model.UnitKey;
import org.frontwatch.model.UsageException;

/** Builds a unit's profile from the incidents it appears in and the items that mention it. */
final class UnitProfileReader {
    private UnitProfileReader() {
    }

    static UnitProfile profile(Connection connection, String given) throws SQLException {
        String unit;
        try {
            unit = UnitKey.parse(given.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new UsageException("not a unit key (regiment:1439, unit:brigade:155): " + given);
        }
        List<IncidentSummary> incidents = IncidentReader.summaries(connection, "SELECT "
                + IncidentReader.SUMMARY_COLUMNS + IncidentReader.FROM
                + " AND i.id IN (SELECT incident_id FROM incident_keys WHERE dimension = 'unit' AND key_value = ?)"
                + " ORDER BY CASE WHEN i.date_from IS NULL THEN 1 ELSE 0 END, i.date_from, i.id", List.of(unit));
        Map<String, Long> origins = new TreeMap<>();
        Map<String, Long> types = new TreeMap<>();
        Map<String, Long> sources = new TreeMap<>();
        Map<String, TreeSet<String>> placesOfIncident = new TreeMap<>();
        Map<String, String> placeNames = new TreeMap<>();
        String inUnit = " AND k.incident_id IN (SELECT incident_id FROM incident_keys WHERE dimension = 'unit' "
                + "AND key_value = ?)";
        RegisterQueries.each(connection, "SELECT k.incident_id, k.dimension, k.key_value FROM incident_keys k "
                + "WHERE k.dimension IN ('origin', 'type', 'source', 'place')" + inUnit, List.of(unit), rows -> {
                    String value = rows.getString(3);
                    switch (rows.getString(2)) {
                        case "origin" -> origins.merge(value, 1L, Long::sum);
                        case "type" -> types.merge(value, 1L, Long::sum);
                        case "source" -> sources.merge(value, 1L, Long::sum);
                        default -> placesOfIncident.computeIfAbsent(rows.getString(1), k -> new TreeSet<>())
                                .add(value);
                    }
                });
        RegisterQueries.each(connection, "SELECT DISTINCT mention_key, place_name FROM mentions WHERE type = 'PLACE' "
                + "AND place_name IS NOT NULL AND item_id IN (SELECT ii.item_id FROM incident_items ii "
                + "JOIN incident_keys k ON k.incident_id = ii.incident_id WHERE 1 = 1" + inUnit + ")", List.of(unit),
                rows -> placeNames.putIfAbsent(rows.getString(1), rows.getString(2)));
        List<UnitSighting> sightings = new ArrayList<>();
        for (IncidentSummary incident : incidents) {
            List<String> places = List.copyOf(placesOfIncident.getOrDefault(incident.id(), new TreeSet<>()));
            sightings.add(new UnitSighting(incident.id(), incident.type(), incident.when(), places,
                    places.stream().map(p -> placeNames.getOrDefault(p, p)).toList()));
        }
        TreeSet<String> items = new TreeSet<>();
        RegisterQueries.each(connection, "SELECT item_id FROM mentions WHERE type = 'UNIT' AND mention_key = ?",
                List.of(unit), rows -> items.add(rows.getString(1)));
        RegisterQueries.each(connection, "SELECT ii.item_id FROM incident_items ii JOIN incident_keys k "
                + "ON k.incident_id = ii.incident_id WHERE k.dimension = 'unit' AND k.key_value = ?", List.of(unit),
                rows -> items.add(rows.getString(1)));
        return new UnitProfile(unit, sightings, counts(origins, true), counts(types, false), counts(sources, false),
                List.copyOf(items));
    }

    private static List<KeyCount> counts(Map<String, Long> counts, boolean regions) {
        return counts.entrySet().stream()
                .map(e -> new KeyCount(e.getKey(), regions ? RegionNames.label(e.getKey()) : e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(KeyCount::count).reversed().thenComparing(KeyCount::key))
                .toList();
    }
}
