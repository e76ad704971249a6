package org.frontwatch.app.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontwatch.app.server.view.ClaimGroup;
import org.frontwatch.app.server.view.ClaimView;
import org.frontwatch.app.server.view.IncidentDetail;
import org.frontwatch.app.server.view.IncidentFilter;
import org.frontwatch.app.server.view.IncidentSummary;
import org.frontwatch.app.server.view.ItemDetail;
import org.frontwatch.app.server.view.ItemSummary;
import org.frontwatch.app.server.view.SearchHit;
import org.frontwatch.app.server.view.SnippetPart;
import org.frontwatch.app.server.view.StatusChange;
import org.frontwatch.app.server.view.UnitProfile;
import org.frontwatch.model.Claim;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.Span;

/**
 * What public mode shows: only incidents with a public review status and the items that tell them, every text
 * redacted, no raw captures, no custody entries, no metadata and no staff names. Everything the public server
 * answers passes through here.
 */
final class PublicView {
    /** How long the set of public items is reused; a review that publishes an incident shows within this time. */
    static final java.time.Duration VISIBLE_ITEMS_LIFETIME = java.time.Duration.ofSeconds(10);
    private final ServerBackend backend;
    private final Redactor redactor;
    private final java.time.Clock clock;
    private volatile Set<String> visibleItems = Set.of();
    private volatile java.time.Instant visibleItemsUntil = java.time.Instant.MIN;

    PublicView(ServerBackend backend, Redactor redactor, java.time.Clock clock) {
        this.backend = backend;
        this.redactor = redactor;
        this.clock = clock;
    }

    /** Ids of the items that tell at least one public incident, recomputed at most every ten seconds. */
    Set<String> visibleItems() {
        java.time.Instant now = clock.instant();
        if (now.isBefore(visibleItemsUntil)) {
            return visibleItems;
        }
        Set<String> items = new HashSet<>();
        for (IncidentSummary incident : backend.incidents(IncidentFilter.all(true))) {
            backend.incident(incident.id()).ifPresent(detail ->
                    detail.items().forEach(item -> items.add(item.id())));
        }
        visibleItems = Set.copyOf(items);
        visibleItemsUntil = now.plus(VISIBLE_ITEMS_LIFETIME);
        return visibleItems;
    }

    ItemDetail item(ItemDetail detail) {
        List<Mention> mentions = detail.mentions();
        String text = redactor.redact(detail.text(), mentions);
        List<Mention> kept = relocate(mentions, text);
        List<Claim> claims = detail.claims().stream().map(claim -> claim(claim, mentions)).toList();
        List<EventReport> reports = detail.reports().stream().map(report -> new EventReport(report.type(),
                redactor.redact(report.text(), mentions), report.span(), report.when(), report.origin(),
                report.location(), report.places(), report.units())).toList();
        Set<String> publicIncidents = backend.incidents(IncidentFilter.all(true)).stream()
                .map(IncidentSummary::id).collect(Collectors.toSet());
        return new ItemDetail(summary(detail.summary(), mentions), text, Map.of(), kept, claims, reports, List.of(),
                List.of(), detail.history().stream().map(PublicView::anonymous).toList(),
                detail.incidents().stream().filter(publicIncidents::contains).toList());
    }

    ItemSummary summary(ItemSummary summary, List<Mention> mentions) {
        return summary.withTitle(redactor.redact(summary.title(), mentions));
    }

    /** A summary redacted with its own item's mentions, looked up once. */
    ItemSummary summary(ItemSummary summary) {
        return summary(summary, mentionsOf(summary.id()));
    }

    SearchHit hit(SearchHit hit) {
        List<Mention> mentions = mentionsOf(hit.item().id());
        return new SearchHit(summary(hit.item(), mentions), snippet(hit.snippet(), mentions));
    }

    IncidentSummary incident(IncidentSummary incident) {
        return incident.withTitle(redactor.redact(incident.title(), List.of()));
    }

    IncidentDetail incident(IncidentDetail detail) {
        return new IncidentDetail(incident(detail.summary()),
                detail.items().stream().map(this::summary).toList(),
                detail.claims().stream().map(this::claim).toList(),
                detail.history().stream().map(PublicView::anonymous).toList());
    }

    ClaimGroup claims(ClaimGroup group) {
        return new ClaimGroup(redactor.redact(group.subject(), List.of()), group.unit(), group.per(),
                group.claims().stream().map(this::claim).toList(), group.conflicting());
    }

    UnitProfile unit(UnitProfile profile, Set<String> visible) {
        return new UnitProfile(profile.key(), profile.origins(), profile.eventTypes(),
                profile.incidents().stream().filter(incident -> incident.status().isPublic())
                        .map(this::incident).toList(),
                profile.items().stream().filter(item -> visible.contains(item.id())).map(this::summary).toList());
    }

    ClaimView claim(ClaimView view) {
        return view.withClaim(claim(view.claim(), mentionsOf(view.itemId())));
    }

    private Claim claim(Claim claim, List<Mention> mentions) {
        return new Claim(redactor.redact(claim.text(), mentions), claim.span(),
                claim.claimant().map(claimant -> redactor.redact(claimant, mentions)), claim.claimantKey(),
                redactor.redact(claim.subject(), mentions), claim.figure());
    }

    /** Redacts a snippet; when a replacement would cross a highlight boundary, the snippet loses its highlights. */
    private List<SnippetPart> snippet(List<SnippetPart> parts, List<Mention> mentions) {
        String joined = parts.stream().map(SnippetPart::text).collect(Collectors.joining());
        String redacted = redactor.redact(joined, mentions);
        List<SnippetPart> each = parts.stream()
                .map(part -> new SnippetPart(redactor.redact(part.text(), mentions), part.highlighted())).toList();
        String eachJoined = each.stream().map(SnippetPart::text).collect(Collectors.joining());
        return eachJoined.equals(redacted) ? each : List.of(new SnippetPart(redacted, false));
    }

    private List<Mention> mentionsOf(String itemId) {
        return backend.item(itemId).map(ItemDetail::mentions).orElse(List.of());
    }

    /**
     * Finds each non-person mention again in the redacted text, in order, so that highlighting still works;
     * mentions swallowed by a replacement are dropped, and person mentions never leave the server.
     */
    private static List<Mention> relocate(List<Mention> mentions, String redacted) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        List<Mention> kept = new ArrayList<>();
        int cursor = 0;
        for (Mention mention : sorted) {
            if (mention.type() == MentionType.PERSON || mention.text().isEmpty()) {
                continue;
            }
            int at = redacted.indexOf(mention.text(), cursor);
            if (at < 0) {
                continue;
            }
            Span span = new Span(at, at + mention.text().length());
            kept.add(new Mention(mention.type(), mention.text(), span, mention.key(), mention.place(),
                    mention.date(), mention.figure()));
            cursor = at;
        }
        return kept;
    }

    private static StatusChange anonymous(StatusChange change) {
        return new StatusChange(change.at(), change.status(), "", "reviewer");
    }
}
