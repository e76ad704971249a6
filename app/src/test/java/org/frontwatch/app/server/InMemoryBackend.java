package org.frontwatch.app.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.frontwatch.app.server.FixtureCorpus.FixtureIncident;
import org.frontwatch.app.server.FixtureCorpus.FixtureItem;
import org.frontwatch.app.server.auth.AccountStore;
import org.frontwatch.app.server.view.CaptureInfo;
import org.frontwatch.app.server.view.CapturePayload;
import org.frontwatch.app.server.view.ClaimGroup;
import org.frontwatch.app.server.view.ClaimView;
import org.frontwatch.app.server.view.CustodyEntryView;
import org.frontwatch.app.server.view.ExportFile;
import org.frontwatch.app.server.view.FacetCount;
import org.frontwatch.app.server.view.IncidentDetail;
import org.frontwatch.app.server.view.IncidentFilter;
import org.frontwatch.app.server.view.IncidentSummary;
import org.frontwatch.app.server.view.IngestResult;
import org.frontwatch.app.server.view.ItemDetail;
import org.frontwatch.app.server.view.ItemSummary;
import org.frontwatch.app.server.view.SearchHit;
import org.frontwatch.app.server.view.SearchQuery;
import org.frontwatch.app.server.view.SearchResult;
import org.frontwatch.app.server.view.SnippetPart;
import org.frontwatch.app.server.view.StatusChange;
import org.frontwatch.app.server.view.TallyQuery;
import org.frontwatch.app.server.view.TallyRow;
import org.frontwatch.app.server.view.UnitProfile;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Place;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.ReviewStatus;

/**
 * A backend over the {@link FixtureCorpus}, for server tests: substring search, facets, tallies, claim groups and
 * review with history and custody entries, all in memory.
 */
final class InMemoryBackend implements ServerBackend {
    private final FixtureCorpus corpus;
    private final Map<String, FixtureItem> items = new LinkedHashMap<>();
    private final Map<String, ReviewStatus> statuses = new HashMap<>();
    private final Map<String, List<StatusChange>> reviewHistory = new HashMap<>();
    private final List<CustodyEntryView> custody = new CopyOnWriteArrayList<>();
    private final AccountStore accounts = new InMemoryAccountStore();
    final List<String> ingested = new CopyOnWriteArrayList<>();

    InMemoryBackend(FixtureCorpus corpus) {
        this.corpus = corpus;
        corpus.items.forEach(item -> items.put(item.id(), item));
        for (FixtureIncident incident : corpus.incidents) {
            statuses.put(incident.id(), incident.status());
            reviewHistory.put(incident.id(), new ArrayList<>(List.of(new StatusChange(
                    Instant.parse("2023-03-10T10:00:00Z"), incident.status().name(),
                    "private reviewer note: checked with the families", "analyst-olga"))));
        }
        for (FixtureItem item : corpus.items) {
            appendCustody("captured", item.id(), "collector", "captured " + item.uri());
        }
    }

    private synchronized void appendCustody(String action, String subject, String actor, String detail) {
        custody.add(new CustodyEntryView(custody.size() + 1, Instant.parse("2023-03-10T12:00:00Z")
                .plusSeconds(custody.size()), action, subject, actor, detail, "%064x".formatted(custody.size() + 1)));
    }

    private ItemSummary summary(FixtureItem item) {
        return new ItemSummary(item.id(), item.kind(), item.source(), item.uri(), Optional.of(item.published()),
                item.title(), item.language(), item.status());
    }

    private Map<String, Set<String>> facetsOf(FixtureItem item) {
        Map<String, Set<String>> facets = new HashMap<>();
        for (String facet : SearchQuery.FACETS) {
            facets.put(facet, new LinkedHashSet<>());
        }
        for (EventReport report : item.reports()) {
            facets.get("type").add(report.type().name());
            facets.get("origin").addAll(report.origin());
            facets.get("region").addAll(report.location());
            facets.get("unit").addAll(report.units());
        }
        item.mentions().stream().filter(m -> m.type() == MentionType.UNIT).forEach(m -> facets.get("unit").add(m.key()));
        facets.get("language").add(item.language().code());
        facets.get("source").add(item.source());
        return facets;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        String needle = query.text().toLowerCase(Locale.ROOT);
        List<FixtureItem> matches = new ArrayList<>();
        for (FixtureItem item : items.values()) {
            if (query.within().isPresent() && !query.within().get().contains(item.id())) {
                continue;
            }
            if (!needle.isEmpty() && !(item.text() + " " + item.title()).toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            LocalDate day = item.published().atZone(ZoneOffset.UTC).toLocalDate();
            if (query.from().filter(day::isBefore).isPresent() || query.to().filter(day::isAfter).isPresent()) {
                continue;
            }
            Map<String, Set<String>> facets = facetsOf(item);
            boolean passes = query.filters().entrySet().stream()
                    .allMatch(filter -> filter.getValue().stream().anyMatch(facets.get(filter.getKey())::contains));
            if (passes) {
                matches.add(item);
            }
        }
        matches.sort(Comparator.comparing(FixtureItem::published).reversed());
        Map<String, List<FacetCount>> facetCounts = new LinkedHashMap<>();
        for (String facet : SearchQuery.FACETS) {
            Map<String, Long> counts = new TreeMap<>();
            matches.forEach(item -> facetsOf(item).get(facet).forEach(value -> counts.merge(value, 1L, Long::sum)));
            facetCounts.put(facet, counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList());
        }
        List<SearchHit> hits = matches.stream().skip(query.offset()).limit(query.limit())
                .map(item -> new SearchHit(summary(item), snippet(item.text(), needle))).toList();
        return new SearchResult(matches.size(), hits, facetCounts);
    }

    private static List<SnippetPart> snippet(String text, String needle) {
        int at = needle.isEmpty() ? -1 : text.toLowerCase(Locale.ROOT).indexOf(needle);
        if (at < 0) {
            return List.of(new SnippetPart(text.length() > 200 ? text.substring(0, 200) + "…" : text, false));
        }
        int start = Math.max(0, at - 80);
        int end = Math.min(text.length(), at + needle.length() + 80);
        return List.of(new SnippetPart(text.substring(start, at), false),
                new SnippetPart(text.substring(at, at + needle.length()), true),
                new SnippetPart(text.substring(at + needle.length(), end), false));
    }

    @Override
    public Optional<ItemDetail> item(String id) {
        FixtureItem item = items.get(id);
        if (item == null) {
            return Optional.empty();
        }
        CaptureInfo capture = new CaptureInfo(0, item.uri(), item.published().plusSeconds(60), item.captureType(),
                item.id(), "frontwatch-20230310-00001.warc.gz", 1024L * item.published().getEpochSecond() % 100_000);
        List<String> incidentIds = corpus.incidents.stream().filter(incident -> incident.items().contains(id))
                .map(FixtureIncident::id).toList();
        return Optional.of(new ItemDetail(summary(item), item.text(), item.metadata(), item.mentions(), item.claims(),
                item.reports(), List.of(capture),
                custody.stream().filter(entry -> entry.subject().equals(id)).toList(), item.history(), incidentIds));
    }

    @Override
    public Optional<CapturePayload> capture(String itemId, int index) {
        return item(itemId).filter(detail -> index == 0)
                .map(detail -> new CapturePayload(detail.captures().get(0), items.get(itemId).capture()));
    }

    private IncidentSummary summary(FixtureIncident incident) {
        int sources = (int) incident.items().stream().map(items::get).map(FixtureItem::source).distinct().count();
        return new IncidentSummary(incident.id(), incident.type(), incident.title(), Optional.of(incident.from()),
                Optional.of(incident.to()), incident.origin(), incident.location(), incident.places(),
                incident.units(), incident.items().size(), sources, statuses.get(incident.id()));
    }

    @Override
    public List<IncidentSummary> incidents(IncidentFilter filter) {
        return corpus.incidents.stream().map(this::summary)
                .filter(incident -> filter.type().map(type -> type == incident.type()).orElse(true))
                .filter(incident -> filter.from().map(from -> !incident.to().orElseThrow().isBefore(from)).orElse(true))
                .filter(incident -> filter.to().map(to -> !incident.from().orElseThrow().isAfter(to)).orElse(true))
                .filter(incident -> !filter.publicOnly() || incident.status().isPublic())
                .toList();
    }

    @Override
    public Optional<IncidentDetail> incident(String id) {
        return corpus.incidents.stream().filter(incident -> incident.id().equals(id)).findFirst()
                .map(incident -> new IncidentDetail(summary(incident),
                        incident.items().stream().map(items::get).map(this::summary).toList(),
                        claimViews(Optional.of(Set.copyOf(incident.items()))),
                        List.copyOf(reviewHistory.get(id))));
    }

    @Override
    public synchronized IncidentDetail review(String incidentId, ReviewStatus status, String note, String actor) {
        if (!statuses.containsKey(incidentId)) {
            throw new NotFoundException("no incident with id " + incidentId);
        }
        statuses.put(incidentId, status);
        reviewHistory.get(incidentId).add(new StatusChange(Instant.now(), status.name(), note, actor));
        appendCustody("status-changed", incidentId, actor, status + ": " + note);
        return incident(incidentId).orElseThrow();
    }

    @Override
    public List<TallyRow> tally(TallyQuery query) {
        Map<String, List<FixtureIncident>> groups = new TreeMap<>();
        for (FixtureIncident incident : corpus.incidents) {
            if (query.type().filter(type -> type != incident.type()).isPresent()
                    || query.since().filter(since -> incident.to().isBefore(since)).isPresent()
                    || query.until().filter(until -> incident.from().isAfter(until)).isPresent()
                    || query.publicOnly() && !statuses.get(incident.id()).isPublic()) {
                continue;
            }
            List<String> keys = switch (query.by()) {
                case "origin" -> incident.origin();
                case "region" -> incident.location();
                case "unit" -> incident.units();
                case "type" -> List.of(incident.type().name());
                default -> incident.places().stream().map(Place::key).toList();
            };
            keys.forEach(key -> groups.computeIfAbsent(key, k -> new ArrayList<>()).add(incident));
        }
        return groups.entrySet().stream().map(group -> new TallyRow(group.getKey(), group.getKey(),
                        group.getValue().size(), group.getValue().stream().map(FixtureIncident::id).toList(),
                        group.getValue().stream().flatMap(incident -> incident.items().stream()).distinct().toList()))
                .sorted(Comparator.comparingLong(TallyRow::count).reversed()).toList();
    }

    private List<ClaimView> claimViews(Optional<Set<String>> itemIds) {
        return items.values().stream().filter(item -> itemIds.map(ids -> ids.contains(item.id())).orElse(true))
                .flatMap(item -> item.claims().stream().map(claim -> new ClaimView(item.id(),
                        Optional.of(item.published().atZone(ZoneOffset.UTC).toLocalDate()), item.source(), claim)))
                .toList();
    }

    @Override
    public List<ClaimGroup> claims(Optional<Set<String>> itemIds) {
        Map<String, List<ClaimView>> groups = claimViews(itemIds).stream().collect(Collectors.groupingBy(
                view -> view.claim().figure().unit() + "/" + view.claim().figure().per().orElse(""),
                TreeMap::new, Collectors.toList()));
        return groups.values().stream().map(views -> {
            boolean conflicting = false;
            for (ClaimView a : views) {
                for (ClaimView b : views) {
                    long aLow = a.claim().figure().low().orElse(0);
                    long aHigh = a.claim().figure().high().orElse(Long.MAX_VALUE);
                    long bLow = b.claim().figure().low().orElse(0);
                    long bHigh = b.claim().figure().high().orElse(Long.MAX_VALUE);
                    conflicting |= aHigh < bLow || bHigh < aLow;
                }
            }
            return new ClaimGroup(views.get(0).claim().subject(), views.get(0).claim().figure().unit(),
                    views.get(0).claim().figure().per(), views, conflicting);
        }).toList();
    }

    @Override
    public Optional<UnitProfile> unit(String key) {
        List<FixtureIncident> withUnit = corpus.incidents.stream().filter(i -> i.units().contains(key)).toList();
        if (withUnit.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> origins = new TreeMap<>();
        withUnit.forEach(incident -> incident.origin().forEach(origin -> origins.merge(origin, 1L, Long::sum)));
        return Optional.of(new UnitProfile(key,
                origins.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList(),
                List.of(new FacetCount(withUnit.get(0).type().name(), withUnit.size())),
                withUnit.stream().map(this::summary).toList(),
                withUnit.stream().flatMap(i -> i.items().stream()).distinct().map(items::get).map(this::summary)
                        .toList()));
    }

    @Override
    public ExportFile export(String format, boolean publicOnly, Redactor redactor) {
        StringBuilder csv = new StringBuilder("id,type,from,to,origin,status,title\n");
        for (IncidentSummary incident : incidents(IncidentFilter.all(publicOnly))) {
            csv.append(incident.id()).append(',').append(incident.type()).append(',')
                    .append(incident.from().orElseThrow()).append(',').append(incident.to().orElseThrow()).append(',')
                    .append(String.join(" ", incident.origin())).append(',').append(incident.status()).append(",\"")
                    .append(redactor.redact(incident.title(), List.<Mention>of()).replace("\"", "\"\"")).append("\"\n");
        }
        return new ExportFile("incidents." + format, "text/csv; charset=utf-8",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public IngestResult ingest(String fileName, byte[] bytes, String actor) {
        ingested.add(fileName);
        appendCustody("ingested", fileName, actor, bytes.length + " bytes");
        return new IngestResult(List.of(org.frontwatch.model.ContentDigest.sha256Hex(bytes)), List.of());
    }

    @Override
    public AccountStore accounts() {
        return accounts;
    }

}
