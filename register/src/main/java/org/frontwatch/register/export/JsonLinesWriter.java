package org.frontwatch.register.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.frontwatch.model.Claim;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Mention;
import org.frontwatch.register.corroborate.ClaimGroup;
import org.frontwatch.register.query.ClaimGroupView;
import org.frontwatch.register.query.IncidentSummary;
import org.frontwatch.register.query.RegisterQueries;
import org.frontwatch.register.store.ItemDetail;
import org.frontwatch.register.store.StoredClaim;
import org.frontwatch.register.store.StoredItem;
import org.frontwatch.register.store.StoredMention;
import org.frontwatch.register.store.StoredReport;

/**
 * Dumps the register as JSON lines, each object tagged by {@code record}: {@code item} (with its mentions, claims
 * and reports), {@code incident}, {@code claim_group}. In public mode only publicly reviewed incidents and the
 * items that tell them are written, texts redacted and person mentions withheld; claim groups are left out
 * because they may gather claims from items that are not public.
 */
final class JsonLinesWriter {
    private JsonLinesWriter() {
    }

    static void write(ExportContext context, RegisterQueries queries, Writer out) {
        Set<String> publicItems = new TreeSet<>();
        context.forEachIncident(incident -> {
            IncidentSummary summary = incident.detail().summary();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("record", "incident");
            record.put("id", summary.id());
            record.put("type", summary.type().name());
            record.put("date_from", summary.when().map(w -> w.from().toString()).orElse(null));
            record.put("date_to", summary.when().map(w -> w.to().toString()).orElse(null));
            record.put("independent_sources", summary.independentSources());
            record.put("status", summary.status().name());
            record.put("place", summary.place().map(p -> Map.of("key", p.key(), "name", p.name(), "region",
                    p.region(), "lat", p.lat(), "lon", p.lon())).orElse(null));
            record.put("keys", incident.detail().keys());
            record.put("summary", incident.summary());
            record.put("item_ids", incident.detail().items().stream().map(i -> i.id()).toList());
            record.put("report_ids", incident.detail().reports().stream().map(StoredReport::id).toList());
            JsonOutput.line(out, record);
            incident.detail().items().forEach(item -> publicItems.add(item.id()));
        });
        if (context.publicMode()) {
            for (String itemId : publicItems) {
                context.item(itemId).ifPresent(item -> JsonOutput.line(out, item(context, item)));
            }
            return;
        }
        context.forEachItem(stored -> JsonOutput.line(out, item(context, stored)));
        for (ClaimGroupView view : queries.claimGroups()) {
            ClaimGroup group = view.group();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("record", "claim_group");
            record.put("id", group.id());
            record.put("subject", group.subject());
            record.put("unit", group.unit());
            record.put("per", group.per());
            record.put("period", group.period());
            record.put("low", group.low().isPresent() ? group.low().getAsLong() : null);
            record.put("best", group.best().isPresent() ? group.best().getAsLong() : null);
            record.put("high", group.high().isPresent() ? group.high().getAsLong() : null);
            record.put("conflicting", group.conflicting());
            record.put("claimants", view.claimants());
            record.put("claim_ids", group.claimIds());
            JsonOutput.line(out, record);
        }
    }

    private static Map<String, Object> item(ExportContext context, ItemDetail item) {
        return item(context, new StoredItem(item.item(), new org.frontwatch.model.Extraction(item.language(),
                java.util.Optional.empty(), item.mentions().stream().map(StoredMention::mention).toList(),
                item.claims().stream().map(StoredClaim::claim).toList(),
                item.reports().stream().map(StoredReport::report).toList()), item.status(), item.mentions(),
                item.claims(), item.reports()));
    }

    private static Map<String, Object> item(ExportContext context, StoredItem stored) {
        String itemId = stored.item().id();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("record", "item");
        record.put("id", itemId);
        record.put("kind", stored.item().kind().name());
        record.put("source", stored.item().source());
        record.put("uri", stored.item().uri());
        record.put("published", stored.item().published().map(Object::toString).orElse(null));
        record.put("language", stored.extraction().language().code());
        record.put("status", stored.status().name());
        record.put("title", stored.item().title());
        record.put("text", context.redactedText(new ItemDetail(stored.item(), stored.extraction().language(),
                stored.status(), List.of(), stored.mentions(), List.of(), List.of(), List.of(), List.of())));
        if (!context.publicMode()) {
            record.put("metadata", stored.item().metadata());
        }
        record.put("mentions", stored.mentions().stream().filter(context::exportable).map(m -> mention(m.id(),
                m.mention())).toList());
        record.put("claims", stored.claims().stream().map(c -> claim(context, c, stored.mentions())).toList());
        record.put("reports", stored.reports().stream().map(r -> report(context, r, stored.mentions())).toList());
        return record;
    }

    private static Map<String, Object> mention(String id, Mention mention) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("type", mention.type().name());
        record.put("text", mention.text());
        record.put("start", mention.span().start());
        record.put("end", mention.span().end());
        record.put("key", mention.key());
        return record;
    }

    private static Map<String, Object> claim(ExportContext context, StoredClaim stored, List<StoredMention> mentions) {
        Claim claim = stored.claim();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", stored.id());
        record.put("text", context.redact(claim.text(), stored.itemId(), claim.span(), mentions));
        record.put("claimant", claim.claimant().orElse(null));
        record.put("subject", claim.subject());
        record.put("low", claim.figure().low().isPresent() ? claim.figure().low().getAsLong() : null);
        record.put("high", claim.figure().high().isPresent() ? claim.figure().high().getAsLong() : null);
        record.put("unit", claim.figure().unit());
        record.put("per", claim.figure().per().orElse(null));
        return record;
    }

    private static Map<String, Object> report(ExportContext context, StoredReport stored,
                                              List<StoredMention> mentions) {
        EventReport report = stored.report();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", stored.id());
        record.put("type", report.type().name());
        record.put("text", context.redact(report.text(), stored.itemId(), report.span(), mentions));
        record.put("from", report.when().map(w -> w.from().toString()).orElse(null));
        record.put("to", report.when().map(w -> w.to().toString()).orElse(null));
        record.put("origin", report.origin());
        record.put("location", report.location());
        record.put("places", report.places());
        record.put("units", report.units());
        return record;
    }
}
