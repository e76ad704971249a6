package org.frontwatch.register.export;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.register.query.IncidentDetail;
import org.frontwatch.register.query.IncidentFilter;
import org.frontwatch.register.query.IncidentSummary;
import org.frontwatch.register.query.RegisterQueries;
import org.frontwatch.register.store.ItemDetail;
import org.frontwatch.register.store.Store;
import org.frontwatch.register.store.StoredMention;
import org.frontwatch.register.store.StoredReport;

/**
 * What every export writer reads: the incidents to export (only publicly reviewed ones in public mode), items,
 * and the redactor. In public mode person mentions are withheld and every text passes through the redactor.
 */
final class ExportContext {
    private static final int PAGE = 1000;

    private final Store store;
    private final RegisterQueries queries;
    private final boolean publicMode;
    private final Redactor redactor;

    ExportContext(Store store, RegisterQueries queries, boolean publicMode, Redactor redactor) {
        this.store = store;
        this.queries = queries;
        this.publicMode = publicMode;
        this.redactor = redactor;
    }

    boolean publicMode() {
        return publicMode;
    }

    void forEachIncident(Consumer<ExportedIncident> consumer) {
        int offset = 0;
        while (true) {
            IncidentFilter filter = new IncidentFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), publicMode, PAGE, offset);
            List<IncidentSummary> page = queries.incidents(filter);
            for (IncidentSummary summary : page) {
                if (publicMode && !summary.status().isPublic()) {
                    continue;
                }
                queries.incident(summary.id()).ifPresent(detail -> consumer.accept(
                        new ExportedIncident(detail, redactedSummary(detail))));
            }
            if (page.size() < PAGE) {
                return;
            }
            offset += PAGE;
        }
    }

    private String redactedSummary(IncidentDetail detail) {
        IncidentSummary summary = detail.summary();
        for (StoredReport report : detail.reports()) {
            if (report.itemId().equals(summary.summaryItemId()) && report.report().text().equals(summary.summary())) {
                return RedactedText.of(summary.summary(), report.report().span(), detail.mentions(),
                        report.itemId(), redactor);
            }
        }
        return redactor.redact(summary.summary(), List.of());
    }

    Optional<ItemDetail> item(String itemId) {
        return store.item(itemId);
    }

    /** The item's text and title passed through the redactor. */
    String redactedText(ItemDetail item) {
        return redactor.redact(item.item().text(), item.mentions().stream().map(StoredMention::mention).toList());
    }

    String redactedTitle(ItemDetail item) {
        return redactor.redact(item.item().title(), List.of());
    }

    String redact(String text, String itemId, org.frontwatch.model.Span span, List<StoredMention> mentions) {
        return RedactedText.of(text, span, mentions, itemId, redactor);
    }

    /** Whether a mention may leave the register in this export. */
    boolean exportable(StoredMention mention) {
        return !publicMode || mention.mention().type() != MentionType.PERSON;
    }

    ReviewStatus status(IncidentDetail detail) {
        return detail.summary().status();
    }

    void forEachItem(Consumer<org.frontwatch.register.store.StoredItem> consumer) {
        store.forEachItem(consumer);
    }
}
