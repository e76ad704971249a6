package org.frontwatch.register.export;

import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontwatch.model.Language;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Place;
import org.frontwatch.register.query.IncidentDetail;
import org.frontwatch.register.query.IncidentSummary;
import org.frontwatch.register.query.RegionNames;
import org.frontwatch.register.store.ContentIds;
import org.frontwatch.register.store.ItemDetail;
import org.frontwatch.register.store.StoredMention;

/**
 * Writes FollowTheMoney entities as JSON lines ({@code {"id", "schema", "properties"}}, every property a list of
 * strings) that {@code ftm} and Aleph/OpenAleph import: an {@code Event} per incident, an {@code Article} per
 * item that tells it (linked by {@code Documentation} and the event's {@code proof}), an {@code Organization}
 * per unit or organisation, an {@code Address} per place, and a {@code Mention} per unit or organisation mention
 * in an item. Ids are stable: {@code fw-} and a digest of what the entity stands for.
 */
final class FollowTheMoneyWriter {
    private final ExportContext context;
    private final Writer out;
    private final Set<String> written = new HashSet<>();

    private FollowTheMoneyWriter(ExportContext context, Writer out) {
        this.context = context;
        this.out = out;
    }

    static void write(ExportContext context, Writer out) {
        FollowTheMoneyWriter writer = new FollowTheMoneyWriter(context, out);
        context.forEachIncident(writer::incident);
    }

    static String id(String kind, String key) {
        return "fw-" + kind + "-" + ContentIds.of(kind, key);
    }

    private void incident(ExportedIncident incident) {
        IncidentDetail detail = incident.detail();
        IncidentSummary summary = detail.summary();
        String eventId = id("event", summary.id());
        Map<String, List<String>> event = new LinkedHashMap<>();
        String where = summary.place().map(Place::name).orElse("");
        String when = summary.when().map(w -> w.from().toString()).orElse("");
        event.put("name", List.of((summary.type().name() + " " + where + " " + when).trim()));
        event.put("summary", List.of(incident.summary()));
        summary.when().ifPresent(w -> {
            event.put("startDate", List.of(w.from().toString()));
            event.put("endDate", List.of(w.to().toString()));
        });
        event.put("keywords", List.of(summary.type().name(), "review:" + summary.status().name()));
        event.put("notes", List.of("independent sources: " + summary.independentSources() + "; items: "
                + summary.items()));
        summary.place().ifPresent(place -> {
            String addressId = address(place);
            event.put("addressEntity", List.of(addressId));
            event.put("location", List.of(place.name() + ", " + RegionNames.label(place.region())));
            event.put("country", List.of(place.country().toLowerCase(Locale.ROOT)));
        });
        List<String> involved = detail.keys().getOrDefault("unit", List.of()).stream().map(this::organization)
                .toList();
        if (!involved.isEmpty()) {
            event.put("involved", involved);
        }
        List<String> articles = detail.items().stream().map(item -> article(item.id())).toList();
        event.put("proof", articles);
        entity(eventId, "Event", event);
        for (String articleId : articles) {
            Map<String, List<String>> documentation = new LinkedHashMap<>();
            documentation.put("document", List.of(articleId));
            documentation.put("entity", List.of(eventId));
            documentation.put("role", List.of("reports"));
            entity(id("documentation", articleId + eventId), "Documentation", documentation);
        }
    }

    private String address(Place place) {
        String addressId = id("address", place.key());
        Map<String, List<String>> address = new LinkedHashMap<>();
        address.put("full", List.of(place.name() + ", " + RegionNames.label(place.region()) + ", " + place.country()));
        address.put("city", List.of(place.name()));
        address.put("region", List.of(RegionNames.label(place.region())));
        address.put("country", List.of(place.country().toLowerCase(Locale.ROOT)));
        address.put("latitude", List.of(Double.toString(place.lat())));
        address.put("longitude", List.of(Double.toString(place.lon())));
        entity(addressId, "Address", address);
        return addressId;
    }

    private String organization(String key) {
        String organizationId = id("organization", key);
        entity(organizationId, "Organization", Map.of("name", List.of(key)));
        return organizationId;
    }

    private String article(String itemId) {
        String articleId = id("article", itemId);
        if (written.contains(articleId)) {
            return articleId;
        }
        context.item(itemId).ifPresent(item -> writeArticle(articleId, item));
        return articleId;
    }

    private void writeArticle(String articleId, ItemDetail item) {
        Map<String, List<String>> article = new LinkedHashMap<>();
        String title = context.redactedTitle(item);
        article.put("title", List.of(title.isBlank() ? item.item().source() : title));
        article.put("publisher", List.of(item.item().source()));
        article.put("sourceUrl", List.of(item.item().uri()));
        item.item().published().ifPresent(p -> article.put("publishedAt", List.of(p.toString())));
        if (item.language() != Language.OTHER) {
            article.put("language", List.of(switch (item.language()) {
                case EN -> "eng";
                case RU -> "rus";
                default -> "ukr";
            }));
        }
        article.put("description", List.of(context.redactedText(item)));
        article.put("notes", List.of("sha256:" + item.item().id()));
        entity(articleId, "Article", article);
        for (StoredMention mention : item.mentions()) {
            MentionType type = mention.mention().type();
            if ((type != MentionType.UNIT && type != MentionType.ORG) || !context.exportable(mention)) {
                continue;
            }
            Map<String, List<String>> properties = new LinkedHashMap<>();
            properties.put("document", List.of(articleId));
            properties.put("resolved", List.of(organization(mention.mention().key())));
            properties.put("companyMentioned", List.of(mention.mention().text()));
            entity(id("mention", mention.id()), "Mention", properties);
        }
    }

    private void entity(String id, String schema, Map<String, List<String>> properties) {
        if (!written.add(id)) {
            return;
        }
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", properties);
        JsonOutput.line(out, entity);
    }
}
