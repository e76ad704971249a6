package org.frontwatch.register.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontwatch.model.Place;
import org.frontwatch.model.SourceKind;
import org.frontwatch.register.query.IncidentDetail;
import org.frontwatch.register.query.IncidentSummary;
import org.frontwatch.register.query.RegionNames;

/**
 * Writes incidents as ACLED-style CSV (RFC 4180 quoting, ACLED's column names, event types mapped by
 * {@link AcledEventTypes}). Our incidents have no ACLED actor codes: {@code actor1} names the state forces the
 * soldiers belong to when their origin is a Russian region, {@code assoc_actor_1} lists the units;
 * {@code fatalities} is 0 because claimed figures are not counts (they are in the claims export).
 */
final class AcledCsvWriter {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
            "timestamp");
    private static final String RUSSIAN_FORCES = "Military Forces of Russia (2000-)";

    private AcledCsvWriter() {
    }

    static void write(ExportContext context, Writer out) throws IOException {
        line(out, COLUMNS);
        long timestamp = Instant.now().getEpochSecond();
        try {
            context.forEachIncident(incident -> {
                try {
                    line(out, row(incident, timestamp, context));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> row(ExportedIncident incident, long timestamp, ExportContext context) {
        IncidentDetail detail = incident.detail();
        IncidentSummary summary = detail.summary();
        AcledEventTypes types = AcledEventTypes.of(summary.type());
        Optional<Place> place = summary.place();
        List<String> regions = detail.keys().getOrDefault("region", List.of());
        String region = place.map(Place::region).orElse(regions.isEmpty() ? "" : regions.get(0));
        String country = place.map(Place::country).orElse(region.length() > 2 ? region.substring(0, 2) : "");
        List<String> origin = detail.keys().getOrDefault("origin", List.of());
        boolean russian = origin.stream().anyMatch(code -> code.startsWith("RU-"));
        List<String> sources = detail.keys().getOrDefault("source", List.of());
        boolean telegram = detail.items().stream().anyMatch(item -> item.kind() == SourceKind.TELEGRAM);
        String date = summary.when().map(w -> w.from().toString()).orElse("");
        int timePrecision = summary.when().map(w -> w.from().equals(w.to()) ? 1
                : w.from().plusDays(7).isAfter(w.to()) ? 2 : 3).orElse(3);
        return List.of(
                countryCode3(country) + summary.id().substring(0, 10),
                date,
                date.isEmpty() ? "" : date.substring(0, 4),
                Integer.toString(timePrecision),
                types.disorderType(),
                types.eventType(),
                types.subEventType(),
                russian ? RUSSIAN_FORCES : "",
                String.join("; ", detail.keys().getOrDefault("unit", List.of())),
                russian ? "State forces" : "",
                "",
                "",
                "",
                isoNumeric(country),
                "Europe",
                countryName(country),
                region.isEmpty() ? "" : RegionNames.label(region),
                "",
                place.map(Place::name).orElse(""),
                place.map(p -> Double.toString(p.lat())).orElse(""),
                place.map(p -> Double.toString(p.lon())).orElse(""),
                place.isPresent() ? "1" : "3",
                String.join("; ", sources),
                telegram ? "New media" : "National",
                incident.summary(),
                "0",
                "frontwatch_type=" + summary.type() + "; independent_sources=" + summary.independentSources()
                        + "; items=" + summary.items() + "; review=" + summary.status()
                        + "; origin=" + origin.stream().collect(Collectors.joining(" ")),
                Long.toString(timestamp));
    }

    private static String countryCode3(String country) {
        return switch (country) {
            case "UA" -> "UKR";
            case "RU" -> "RUS";
            default -> "XXX";
        };
    }

    private static String isoNumeric(String country) {
        return switch (country) {
            case "UA" -> "804";
            case "RU" -> "643";
            default -> "";
        };
    }

    private static String countryName(String country) {
        return switch (country) {
            case "UA" -> "Ukraine";
            case "RU" -> "Russia";
            default -> country;
        };
    }

    static void line(Writer out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(values.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180 quoting; a value starting with =, +, - or @ is prefixed with ' so spreadsheets do not run it. */
    static String quote(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
