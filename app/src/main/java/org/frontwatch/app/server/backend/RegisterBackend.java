package org.frontwatch.app.server.backend;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontwatch.app.server.NotFoundException;
import org.frontwatch.app.server.ServerBackend;
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
import org.frontwatch.app.server.view.StatusChange;
import org.frontwatch.app.server.view.TallyQuery;
import org.frontwatch.app.server.view.TallyRow;
import org.frontwatch.app.server.view.UnitProfile;
import org.frontwatch.archive.preserve.custody.CustodyAction;
import org.frontwatch.archive.preserve.custody.CustodyEntry;
import org.frontwatch.archive.preserve.custody.CustodyLog;
import org.frontwatch.archive.preserve.warc.EvidenceArchive;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.model.SourceKind;
import org.frontwatch.model.UsageException;
import org.frontwatch.register.Register;
import org.frontwatch.register.export.ExportFormat;
import org.frontwatch.register.query.TallyDimension;
import org.frontwatch.register.store.StoredCapture;
import org.frontwatch.register.store.StoredClaim;

/**
 * The server's backend over one data directory: the {@link Register} answers queries, the
 * {@link EvidenceArchive} reads preserved captures back, the {@link CustodyLog} records reviews and shows each
 * item's custody entries, and an {@link UploadIngest} takes uploads. The caller owns and closes all four.
 *
 * <p>Incident lists carry origin, region and unit keys from three tallies, not from one query per incident; public
 * searches page through at most {@link #PUBLIC_SEARCH_WINDOW} hits, because the index cannot restrict to a set of
 * ids.
 *
 * <p>Search hits carry each item's summary (kind, address, status) read for the whole page in one query. Search
 * results and item details are kept while {@link Register#version} (and, for items, the custody log) stays the
 * same; tallies and incident listings are kept by the register itself.
 *
 * <p>About 410 lines: one method per endpoint of {@link ServerBackend} with its caching; the search-page summary
 * reading is the first to move out if it grows.
 */
public final class RegisterBackend implements ServerBackend {
    static final int PUBLIC_SEARCH_WINDOW = 1000;
    private final Register register;
    private final EvidenceArchive archive;
    private final CustodyLog custody;
    private final UploadIngest ingest;
    private final AccountStore accounts;
    /** Search results and item details, kept while the register (and for items the custody log) is unchanged. */
    private final VersionedCache<SearchQuery, SearchResult> searches = new VersionedCache<>(1_000);
    private final VersionedCache<String, Optional<ItemDetail>> items = new VersionedCache<>(10_000);
    private final VersionedCache<TallyQuery, List<TallyRow>> tallies = new VersionedCache<>(256);
    private final VersionedCache<LimitedTally, List<TallyRow>> limitedTallies = new VersionedCache<>(1_000);

    private final Map<String, CustodyRead> custodyReads = new java.util.concurrent.ConcurrentHashMap<>();

    public RegisterBackend(Register register, EvidenceArchive archive, CustodyLog custody, UploadIngest ingest) {
        this.register = Objects.requireNonNull(register, "register");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.custody = Objects.requireNonNull(custody, "custody");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.accounts = new RegisterAccountStore(register.store().accounts());
    }

    /** The backend over an open workspace, taking uploads through the ingest pipeline. */
    public static RegisterBackend of(org.frontwatch.app.pipeline.Workspace workspace) {
        return new RegisterBackend(workspace.register(), workspace.archive(), workspace.custody(),
                new PipelineUploadIngest(workspace));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        if (query.within().isEmpty()) {
            return searches.get(query, register.version(), this::searchNow);
        }
        return searchNow(query);
    }

    private SearchResult searchNow(SearchQuery query) {
        StringBuilder text = new StringBuilder(query.text());
        query.filters().forEach((facet, values) -> values.forEach(value ->
                text.append(' ').append(facet).append(":\"").append(value.replace("\"", "")).append('"')));
        if (query.within().isEmpty()) {
            var result = register.search(new org.frontwatch.register.index.SearchQuery(text.toString().trim(),
                    query.from(), query.to(), query.limit(), query.offset()));
            return new SearchResult(result.total(), hits(result.hits()), facets(result.facets()));
        }
        Set<String> within = query.within().get();
        var window = register.search(new org.frontwatch.register.index.SearchQuery(text.toString().trim(),
                query.from(), query.to(), PUBLIC_SEARCH_WINDOW, 0));
        List<org.frontwatch.register.index.SearchHit> visible = window.hits().stream()
                .filter(hit -> within.contains(hit.itemId())).toList();
        return new SearchResult(visible.size(), hits(visible.stream().skip(query.offset()).limit(query.limit())
                .toList()), Map.of());
    }

    private Map<String, List<FacetCount>> facets(Map<String, List<org.frontwatch.register.index.FacetCount>> facets) {
        Map<String, List<FacetCount>> converted = new LinkedHashMap<>();
        facets.forEach((facet, counts) -> converted.put(facet, counts.stream()
                .map(count -> new FacetCount(count.value(), count.count())).toList()));
        return converted;
    }

    /** The hits whose items are stored, each with the item's summary; one query for the whole page. */
    private List<SearchHit> hits(List<org.frontwatch.register.index.SearchHit> hits) {
        Map<String, org.frontwatch.register.store.ItemSummary> stored = register.store().summaries(hits.stream()
                .map(org.frontwatch.register.index.SearchHit::itemId).toList());
        List<SearchHit> found = new ArrayList<>(hits.size());
        for (var hit : hits) {
            var item = stored.get(hit.itemId());
            if (item != null) {
                found.add(new SearchHit(summary(item), SnippetMarkup.parts(hit.snippet())));
            }
        }
        return found;
    }

    private static ItemSummary summary(org.frontwatch.register.store.ItemDetail detail) {
        var item = detail.item();
        return new ItemSummary(item.id(), item.kind(), item.source(), item.uri(), item.published(), item.title(),
                detail.language(), detail.status());
    }

    private static ItemSummary summary(org.frontwatch.register.store.ItemSummary item) {
        return new ItemSummary(item.id(), item.kind(), item.source(), item.uri(), item.published(), item.title(),
                item.language(), item.status());
    }

    @Override
    public Optional<ItemDetail> item(String id) {
        return items.get(id, List.of(register.version(), custody.lastSeq()), this::readItem);
    }

    private Optional<ItemDetail> readItem(String id) {
        return register.store().item(id).map(detail -> {
            List<CaptureInfo> captures = new ArrayList<>();
            for (int i = 0; i < detail.captures().size(); i++) {
                captures.add(capture(detail, i));
            }
            List<StatusChange> history = detail.statusHistory().stream()
                    .map(change -> new StatusChange(change.at(), change.status().name(), change.note(),
                            change.status() == ItemStatus.CHANGED || change.status() == ItemStatus.DELETED
                                    ? "recheck" : "ingest"))
                    .toList();
            return new ItemDetail(summary(detail), detail.item().text(), detail.item().metadata(),
                    detail.mentions().stream().map(stored -> stored.mention()).toList(),
                    detail.claims().stream().map(StoredClaim::claim).toList(),
                    detail.reports().stream().map(stored -> stored.report()).toList(), captures,
                    custodyEntries(id), history,
                    detail.incidentIds());
        });
    }

    /**
     * The custody entries about a subject. The log only grows, so entries read while its last sequence number was
     * the same are still complete; this keeps item views from queueing on the log's file lock.
     */
    private List<CustodyEntryView> custodyEntries(String subject) {
        long lastSeq = custody.lastSeq();
        CustodyRead cached = custodyReads.get(subject);
        if (cached != null && cached.lastSeq() == lastSeq) {
            return cached.entries();
        }
        if (custodyReads.size() > 100_000) {
            custodyReads.clear();
        }
        List<CustodyEntryView> entries = custody.entries(subject).stream().map(RegisterBackend::entry).toList();
        custodyReads.put(subject, new CustodyRead(lastSeq, entries));
        return entries;
    }

    private record CustodyRead(long lastSeq, List<CustodyEntryView> entries) {
    }

    private static CaptureInfo capture(org.frontwatch.register.store.ItemDetail detail, int index) {
        StoredCapture capture = detail.captures().get(index);
        return new CaptureInfo(index, detail.item().uri(), capture.recordedAt(), contentType(detail.item().kind()),
                capture.location().sha256(), capture.location().warcFile(), capture.location().offset());
    }

    /** The media type a capture of this kind of source holds, for the sandboxed view. */
    static String contentType(SourceKind kind) {
        return switch (kind) {
            case HTML, WEB -> "text/html";
            case TELEGRAM -> "application/json";
            case RSS, ATOM -> "application/xml";
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case TEXT -> "text/plain";
            case WARC -> "application/warc";
        };
    }

    private static CustodyEntryView entry(CustodyEntry entry) {
        String detail = entry.detail().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return new CustodyEntryView(entry.seq(), entry.time(), entry.action(), entry.subject(), entry.actor(), detail,
                entry.hash());
    }

    @Override
    public Optional<CapturePayload> capture(String itemId, int index) {
        return register.store().item(itemId).filter(detail -> index >= 0 && index < detail.captures().size())
                .map(detail -> new CapturePayload(capture(detail, index),
                        archive.payload(detail.captures().get(index).location())));
    }

    @Override
    public List<IncidentSummary> incidents(IncidentFilter filter) {
        var incidents = register.queries().incidents(new org.frontwatch.register.query.IncidentFilter(filter.type(),
                filter.from(), filter.to(), Optional.empty(), filter.publicOnly(),
                org.frontwatch.register.query.IncidentFilter.MAX_LIMIT, 0));
        Map<String, List<String>> origins = keysByIncident(TallyDimension.ORIGIN, filter);
        Map<String, List<String>> regions = keysByIncident(TallyDimension.REGION, filter);
        Map<String, List<String>> units = keysByIncident(TallyDimension.UNIT, filter);
        return incidents.stream().map(incident -> summary(incident, origins.getOrDefault(incident.id(), List.of()),
                regions.getOrDefault(incident.id(), List.of()), units.getOrDefault(incident.id(), List.of())))
                .toList();
    }

    private Map<String, List<String>> keysByIncident(TallyDimension dimension, IncidentFilter filter) {
        Map<String, List<String>> keys = new HashMap<>();
        for (var row : register.queries().tally(new org.frontwatch.register.query.TallyQuery(dimension, filter.type(),
                filter.from(), filter.to(), filter.publicOnly()))) {
            row.incidentIds().forEach(id -> keys.computeIfAbsent(id, k -> new ArrayList<>()).add(row.key()));
        }
        return keys;
    }

    private static IncidentSummary summary(org.frontwatch.register.query.IncidentSummary incident,
                                           List<String> origin, List<String> location, List<String> units) {
        return new IncidentSummary(incident.id(), incident.type(), incident.summary(),
                incident.when().map(when -> when.from()), incident.when().map(when -> when.to()), origin, location,
                incident.place().stream().toList(), units, incident.items(),
                Math.min(incident.independentSources(), incident.items()), incident.status());
    }

    @Override
    public Optional<IncidentDetail> incident(String id) {
        return register.queries().incident(id).map(detail -> {
            Map<String, List<String>> keys = detail.keys();
            IncidentSummary summary = summary(detail.summary(), keys.getOrDefault("origin", List.of()),
                    keys.getOrDefault("region", List.of()), keys.getOrDefault("unit", List.of()));
            Map<String, org.frontwatch.register.store.ItemSummary> items = new HashMap<>();
            detail.items().forEach(item -> items.put(item.id(), item));
            List<ClaimView> claims = detail.claims().stream().map(stored -> {
                var item = items.get(stored.itemId());
                return new ClaimView(stored.itemId(), item == null ? Optional.empty() : day(item.published()),
                        item == null ? "" : item.source(), stored.claim());
            }).toList();
            List<StatusChange> history = detail.reviewHistory().stream().map(change -> new StatusChange(change.at(),
                    change.status().name(), change.note(), change.user())).toList();
            return new IncidentDetail(summary, detail.items().stream().map(RegisterBackend::summary).toList(), claims,
                    history);
        });
    }

    private static Optional<LocalDate> day(Optional<java.time.Instant> instant) {
        return instant.map(at -> at.atZone(ZoneOffset.UTC).toLocalDate());
    }

    @Override
    public IncidentDetail review(String incidentId, ReviewStatus status, String note, String actor) {
        if (register.queries().incident(incidentId).isEmpty()) {
            throw new NotFoundException("no incident with id " + incidentId);
        }
        register.store().setIncidentStatus(incidentId, status, actor, note);
        custody.append(actor, CustodyAction.STATUS_CHANGED, incidentId,
                Map.of("status", status.name().toLowerCase(Locale.ROOT), "note", note));
        return incident(incidentId).orElseThrow();
    }

    @Override
    public List<TallyRow> tally(TallyQuery query) {
        return tallies.get(query, register.version(), this::tallyNow);
    }

    /**
     * Rows listing their first {@code maxEvidence} ids, counted in full by the register without listing every id
     * (at 100 k items a row can hold 84 k incidents and 100 k items, of which the server sends 20).
     */
    @Override
    public List<TallyRow> tally(TallyQuery query, int maxEvidence) {
        return limitedTallies.get(new LimitedTally(query, maxEvidence), register.version(), limited ->
                register.queries().tally(registerQuery(limited.query()), limited.maxEvidence()).stream()
                        .map(row -> new TallyRow(row.key(), row.label(), row.incidents(), row.evidenceItems(),
                                row.incidentIds(), row.evidenceItemIds()))
                        .toList());
    }

    private record LimitedTally(TallyQuery query, int maxEvidence) {
    }

    private static org.frontwatch.register.query.TallyQuery registerQuery(TallyQuery query) {
        return new org.frontwatch.register.query.TallyQuery(TallyDimension.parse(query.by()), query.type(),
                query.since(), query.until(), query.publicOnly());
    }

    private List<TallyRow> tallyNow(TallyQuery query) {
        return register.queries().tally(registerQuery(query)).stream()
                .map(row -> new TallyRow(row.key(), row.label(), row.incidents(), row.incidentIds(),
                        row.evidenceItemIds()))
                .toList();
    }

    @Override
    public List<ClaimGroup> claims(Optional<Set<String>> itemIds) {
        var views = register.queries().claimGroups();
        Map<String, org.frontwatch.register.store.ItemSummary> items = register.store().summaries(views.stream()
                .flatMap(view -> view.claims().stream()).map(StoredClaim::itemId).distinct().toList());
        List<ClaimGroup> groups = new ArrayList<>();
        for (var view : views) {
            List<ClaimView> claims = new ArrayList<>();
            for (StoredClaim stored : view.claims()) {
                if (itemIds.isPresent() && !itemIds.get().contains(stored.itemId())) {
                    continue;
                }
                var item = Optional.ofNullable(items.get(stored.itemId()));
                claims.add(new ClaimView(stored.itemId(), item.flatMap(summary -> day(summary.published())),
                        item.map(summary -> summary.source()).orElse(""), stored.claim()));
            }
            if (!claims.isEmpty()) {
                var group = view.group();
                groups.add(new ClaimGroup(group.subject(), group.unit(),
                        Optional.ofNullable(group.per()).filter(per -> !per.isBlank()), claims,
                        group.conflicting() && claims.size() == view.claims().size()));
            }
        }
        return groups;
    }

    @Override
    public Optional<UnitProfile> unit(String key) {
        var profile = register.queries().unit(key);
        if (profile.sightings().isEmpty() && profile.itemIds().isEmpty()) {
            return Optional.empty();
        }
        Map<String, IncidentSummary> incidents = new HashMap<>();
        incidents(IncidentFilter.all(false)).forEach(incident -> incidents.put(incident.id(), incident));
        return Optional.of(new UnitProfile(profile.unit(),
                profile.origins().stream().map(count -> new FacetCount(count.key(), count.count())).toList(),
                profile.types().stream().map(count -> new FacetCount(count.key(), count.count())).toList(),
                profile.sightings().stream().map(sighting -> incidents.get(sighting.incidentId()))
                        .filter(Objects::nonNull).toList(),
                summaries(profile.itemIds().stream().limit(500).toList())));
    }

    /** The summaries of the given items that are stored, in the given order, read in one query. */
    private List<ItemSummary> summaries(List<String> itemIds) {
        Map<String, org.frontwatch.register.store.ItemSummary> stored = register.store().summaries(itemIds);
        return itemIds.stream().map(stored::get).filter(Objects::nonNull).map(RegisterBackend::summary).toList();
    }

    @Override
    public ExportFile export(String format, boolean publicOnly, Redactor redactor) {
        ExportFormat exportFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv", "acled" -> ExportFormat.ACLED;
            case "json", "jsonl" -> ExportFormat.JSONL;
            case "geojson" -> ExportFormat.GEOJSON;
            case "ftm" -> ExportFormat.FTM;
            default -> throw new UsageException("unknown export format " + format
                    + ": use csv (ACLED), jsonl, geojson or ftm");
        };
        StringWriter out = new StringWriter();
        register.export(exportFormat, publicOnly, redactor, out);
        String name = "frontwatch-" + (publicOnly ? "public-" : "") + exportFormat.name().toLowerCase(Locale.ROOT);
        return switch (exportFormat) {
            case ACLED -> file(name + ".csv", "text/csv; charset=utf-8", out);
            case GEOJSON -> file(name + ".geojson", "application/geo+json", out);
            default -> file(name + ".jsonl", "application/x-ndjson; charset=utf-8", out);
        };
    }

    private static ExportFile file(String name, String type, StringWriter out) {
        return new ExportFile(name, type, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public IngestResult ingest(String fileName, byte[] bytes, String actor) {
        return ingest.ingest(fileName, bytes, actor);
    }

    @Override
    public AccountStore accounts() {
        return accounts;
    }
}
