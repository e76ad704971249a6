package org.frontwatch.extract.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Claim;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Figure;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Place;
import org.frontwatch.model.Span;

/**
 * Writes an {@link Extraction} as exactly the JSON of the {@code frontwatch extract} contract in DESIGN.md — the
 * fixed fields with their names, UTF-16 offsets with {@code end} exclusive, {@code null} for an open bound, a missing
 * rate, claimant or date — plus {@code precision} on dates and events; and reads such JSON back (gold files, with a
 * top-level {@code published} and optional {@code language}). Reading is lenient where gold files are terse: a PLACE
 * may lack its key or coordinates (key "" and 0/0 then), a date its precision; but a span that does not match its
 * text, or a figure without any bound, is a {@link BadInputException} naming the source and the position.
 */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractionJson() {
    }

    /** The contract JSON of {@code extraction}, indented, UTF-8 safe. */
    public static String write(Extraction extraction) {
        try {
            return MAPPER.writeValueAsString(tree(extraction));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write extraction JSON: " + e.getMessage(), e);
        }
    }

    /** The contract JSON of {@code extraction} as a Jackson tree. */
    public static ObjectNode tree(Extraction extraction) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("language", extraction.language().code());
        root.put("published", extraction.published().map(LocalDate::toString).orElse(null));
        ArrayNode mentions = root.putArray("mentions");
        for (Mention mention : extraction.mentions()) {
            mentions.add(mention(mention));
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim claim : extraction.claims()) {
            ObjectNode node = claims.addObject();
            node.put("text", claim.text());
            node.put("start", claim.span().start());
            node.put("end", claim.span().end());
            node.put("claimant", claim.claimant().orElse(null));
            node.put("claimantKey", claim.claimantKey().orElse(null));
            node.put("subject", claim.subject());
            figure(node, claim.figure());
        }
        ArrayNode events = root.putArray("events");
        for (EventReport report : extraction.events()) {
            ObjectNode node = events.addObject();
            node.put("type", report.type().name());
            node.put("text", report.text());
            node.put("start", report.span().start());
            node.put("end", report.span().end());
            node.put("from", report.when().map(w -> w.from().toString()).orElse(null));
            node.put("to", report.when().map(w -> w.to().toString()).orElse(null));
            node.put("precision", report.when().map(w -> w.precision().name()).orElse(null));
            report.origin().forEach(node.putArray("origin")::add);
            report.location().forEach(node.putArray("location")::add);
            report.places().forEach(node.putArray("places")::add);
            report.units().forEach(node.putArray("units")::add);
            for (String field : List.of("origin", "location", "places", "units")) {
                if (!node.has(field)) {
                    node.putArray(field);
                }
            }
        }
        return root;
    }

    private static ObjectNode mention(Mention mention) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", mention.type().name());
        node.put("text", mention.text());
        node.put("start", mention.span().start());
        node.put("end", mention.span().end());
        if (mention.type() != MentionType.DATE && mention.type() != MentionType.QUANTITY) {
            node.put("key", mention.key());
        }
        mention.place().ifPresent(place -> {
            node.put("name", place.name());
            node.put("country", place.country());
            node.put("region", place.region());
            node.put("lat", place.lat());
            node.put("lon", place.lon());
        });
        mention.date().ifPresent(date -> {
            node.put("from", date.from().toString());
            node.put("to", date.to().toString());
            node.put("precision", date.precision().name());
        });
        mention.figure().ifPresent(figure -> figure(node, figure));
        return node;
    }

    private static void figure(ObjectNode node, Figure figure) {
        if (figure.low().isPresent()) {
            node.put("low", figure.low().getAsLong());
        } else {
            node.putNull("low");
        }
        if (figure.high().isPresent()) {
            node.put("high", figure.high().getAsLong());
        } else {
            node.putNull("high");
        }
        node.put("unit", figure.unit());
        node.put("per", figure.per().orElse(null));
    }

    /** Reads contract JSON from {@code file}; errors name the file. */
    public static Extraction read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads contract JSON; {@code source} names it in errors. */
    public static Extraction read(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String position = e.getLocation() == null ? null
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new BadInputException(source, position, "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(source, null, "expected a JSON object");
        }
        Language language = Language.ofCode(text(root, "language").orElse("other"));
        Optional<LocalDate> published = text(root, "published").map(d -> date(d, source, "published"));
        List<Mention> mentions = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("mentions")) {
            mentions.add(readMention(node, source, "mentions[" + index++ + "]"));
        }
        List<Claim> claims = new ArrayList<>();
        index = 0;
        for (JsonNode node : root.path("claims")) {
            String where = "claims[" + index++ + "]";
            claims.add(new Claim(text(node, "text").orElse(""), span(node, source, where, Optional.empty()),
                    text(node, "claimant"), text(node, "claimantKey"), text(node, "subject").orElse(""),
                    readFigure(node, source, where)));
        }
        List<EventReport> events = new ArrayList<>();
        index = 0;
        for (JsonNode node : root.path("events")) {
            String where = "events[" + index++ + "]";
            EventType type;
            try {
                type = EventType.valueOf(text(node, "type").orElse(""));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(source, where, "unknown event type " + node.path("type"));
            }
            events.add(new EventReport(type, text(node, "text").orElse(""), span(node, source, where, Optional.empty()),
                    interval(node, source, where), strings(node, "origin"), strings(node, "location"),
                    strings(node, "places"), strings(node, "units")));
        }
        return new Extraction(language, published, mentions, claims, events);
    }

    private static Mention readMention(JsonNode node, String source, String where) {
        MentionType type;
        try {
            type = MentionType.valueOf(text(node, "type").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, where, "unknown mention type " + node.path("type"));
        }
        String text = text(node, "text").orElse("");
        Span span = span(node, source, where, Optional.of(text));
        String key = text(node, "key").orElse("");
        return switch (type) {
            case PLACE -> text(node, "name").isPresent() || node.has("lat")
                    ? Mention.place(text, span, new Place(key, text(node, "name").orElse(text),
                    text(node, "country").orElse(""), text(node, "region").orElse(""),
                    node.path("lat").asDouble(0), node.path("lon").asDouble(0)))
                    : Mention.of(type, text, span, key);
            case DATE -> interval(node, source, where).map(i -> Mention.date(text, span, i))
                    .orElseThrow(() -> new BadInputException(source, where, "a DATE needs from and to"));
            case QUANTITY -> Mention.quantity(text, span, readFigure(node, source, where));
            default -> Mention.of(type, text, span, key);
        };
    }

    private static Figure readFigure(JsonNode node, String source, String where) {
        OptionalLong low = node.path("low").isNumber() ? OptionalLong.of(node.path("low").asLong()) : OptionalLong.empty();
        OptionalLong high = node.path("high").isNumber() ? OptionalLong.of(node.path("high").asLong())
                : OptionalLong.empty();
        try {
            return new Figure(low, high, text(node, "unit").orElse(""), text(node, "per"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, where, e.getMessage(), e);
        }
    }

    private static Optional<DateInterval> interval(JsonNode node, String source, String where) {
        Optional<String> from = text(node, "from");
        Optional<String> to = text(node, "to");
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = date(from.get(), source, where + ".from");
        LocalDate end = date(to.get(), source, where + ".to");
        DatePrecision precision = text(node, "precision").map(p -> {
            try {
                return DatePrecision.valueOf(p);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(source, where, "unknown precision " + p);
            }
        }).orElse(start.equals(end) ? DatePrecision.DAY : DatePrecision.DAYS);
        try {
            return Optional.of(new DateInterval(start, end, precision));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, where, e.getMessage(), e);
        }
    }

    private static Span span(JsonNode node, String source, String where, Optional<String> text) {
        if (!node.path("start").canConvertToInt() || !node.path("end").canConvertToInt()) {
            throw new BadInputException(source, where, "start and end must be integers");
        }
        Span span;
        try {
            span = new Span(node.path("start").asInt(), node.path("end").asInt());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, where, e.getMessage(), e);
        }
        if (text.isPresent() && text.get().length() != span.length()) {
            throw new BadInputException(source, where, "text \"" + text.get() + "\" is " + text.get().length()
                    + " chars but the span " + span.start() + "-" + span.end() + " is " + span.length());
        }
        return span;
    }

    private static LocalDate date(String value, String source, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(source, where, "not an ISO date: " + value, e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
