package org.frontwatch.register.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontwatch.model.Place;
import org.frontwatch.register.query.IncidentSummary;

/**
 * Writes incidents with a located place as a GeoJSON FeatureCollection (RFC 7946): a Point at the place,
 * {@code [longitude, latitude]}, and the incident's facts as properties. Incidents without a place are left out.
 */
final class GeoJsonWriter {
    private GeoJsonWriter() {
    }

    static void write(ExportContext context, Writer out) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean[] first = {true};
        context.forEachIncident(incident -> {
            IncidentSummary summary = incident.detail().summary();
            if (summary.place().isEmpty()) {
                return;
            }
            Place place = summary.place().get();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", summary.id());
            properties.put("type", summary.type().name());
            properties.put("date_from", summary.when().map(w -> w.from().toString()).orElse(null));
            properties.put("date_to", summary.when().map(w -> w.to().toString()).orElse(null));
            properties.put("items", summary.items());
            properties.put("independent_sources", summary.independentSources());
            properties.put("place", place.name());
            properties.put("place_key", place.key());
            properties.put("region", place.region());
            properties.put("origin", incident.detail().keys().getOrDefault("origin", List.of()));
            properties.put("units", incident.detail().keys().getOrDefault("unit", List.of()));
            properties.put("status", summary.status().name());
            properties.put("summary", incident.summary());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", summary.id());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(place.lon(), place.lat())));
            feature.put("properties", properties);
            try {
                if (!first[0]) {
                    out.write(',');
                }
                first[0] = false;
                out.write(JsonOutput.MAPPER.writeValueAsString(feature));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.write("]}\n");
    }
}
