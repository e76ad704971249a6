package org.frontwatch.app.server;

import io.javalin.http.Context;
import java.util.List;

import java.util.Optional;
import java.util.Set;
import org.frontwatch.app.redact.PublicRedactor;
import org.frontwatch.app.server.view.ExportFile;
import org.frontwatch.app.server.view.IncidentDetail;
import org.frontwatch.app.server.view.IncidentFilter;
import org.frontwatch.app.server.view.TallyQuery;
import org.frontwatch.app.server.view.TallyRow;
import org.frontwatch.app.server.view.UnitProfile;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.model.UsageException;

/** Routes over incidents and what is counted from them: incidents, review, tallies, claims, unit profiles, export. */
final class IncidentRoutes {
    /**
     * Evidence ids listed per tally row unless asked otherwise: at 100 k items a tally by unit lists every one of
     * 84 k incidents and 100 k items, 9.7 MB of ids per answer, where the UI shows the first few of each row.
     */
    static final int TALLY_EVIDENCE = 20;
    private static final int MAX_TALLY_EVIDENCE = 1_000_000;
    private final ServerBackend backend;
    private final Optional<PublicView> publicView;

    /** Tally answers, as JSON, while the backend returns them unchanged. */
    private final JsonAnswerCache answers = new JsonAnswerCache(1_000);

    IncidentRoutes(ServerBackend backend, Optional<PublicView> publicView) {
        this.backend = backend;
        this.publicView = publicView;
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/incidents", Access.READ, "List incidents (public ones only in public mode)",
                        this::incidents, "type: event type", "from: overlapping on or after (YYYY-MM-DD)",
                        "to: overlapping on or before (YYYY-MM-DD)"),
                ApiRoute.get("/api/incidents/{id}", Access.READ,
                        "One incident: its items, independent sources, claims, review status and history",
                        this::incident),
                ApiRoute.post("/api/incidents/{id}/status", Access.ANALYST,
                        "Set the review status with a note (JSON {status, note}); recorded in history and custody log",
                        this::review),
                ApiRoute.get("/api/tally", Access.READ, "Count incidents by a dimension, with the evidence of each row",
                        this::tally, "by: origin, region, unit, type or place", "type: event type",
                        "since: from this date (YYYY-MM-DD)", "until: to this date (YYYY-MM-DD)",
                        "evidence: at most this many incident ids and item ids per row (default "
                                + TALLY_EVIDENCE + "; count and itemCount count all)"),
                ApiRoute.get("/api/claims", Access.READ, "Claimed figures side by side, grouped, with conflicts",
                        this::claims),
                ApiRoute.get("/api/units/{key}", Access.READ, "Profile of a unit (key unit:<kind>:<designation>)",
                        this::unit),
                ApiRoute.get("/api/export", Access.READ, "Export incidents (redacted in public mode)", this::export,
                        "format: csv (ACLED columns), jsonl, geojson or ftm"));
    }

    private void incidents(Context context) {
        QueryParameters parameters = new QueryParameters(context);
        IncidentFilter filter = new IncidentFilter(parameters.choice("type", EventType.class),
                parameters.date("from"), parameters.date("to"), publicView.isPresent());
        var incidents = backend.incidents(filter).stream()
                .filter(incident -> publicView.isEmpty() || incident.status().isPublic())
                .map(incident -> publicView.map(view -> view.incident(incident)).orElse(incident))
                .toList();
        context.json(incidents);
    }

    private void incident(Context context) {
        String id = context.pathParam("id");
        IncidentDetail detail = backend.incident(id)
                .filter(found -> publicView.isEmpty() || found.summary().status().isPublic())
                .orElseThrow(() -> new NotFoundException("no incident with id " + id));
        context.json(publicView.map(view -> view.incident(detail)).orElse(detail));
    }

    record ReviewRequest(String status, String note) {
    }

    private void review(Context context) {
        ReviewRequest request = JsonBody.read(context, ReviewRequest.class);
        if (request.status() == null) {
            throw new UsageException("a review needs a status: unverified, corroborated, verified, disputed or false");
        }
        ReviewStatus status;
        try {
            status = ReviewStatus.valueOf(request.status().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown review status: " + request.status()
                    + " (unverified, corroborated, verified, disputed or false)");
        }
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > 4000) {
            throw new UsageException("a review note must not be longer than 4000 characters: " + note.length());
        }
        String id = context.pathParam("id");
        if (backend.incident(id).isEmpty()) {
            throw new NotFoundException("no incident with id " + id);
        }
        context.json(backend.review(id, status, note, Gate.caller(context).nameOrAnonymous()));
    }

    private void tally(Context context) {
        QueryParameters parameters = new QueryParameters(context);
        TallyQuery query = new TallyQuery(parameters.text("by").orElse("origin"),
                parameters.choice("type", EventType.class), parameters.date("since"), parameters.date("until"),
                publicView.isPresent());
        int evidence = parameters.integer("evidence", TALLY_EVIDENCE, 0, MAX_TALLY_EVIDENCE);
        if (publicView.isEmpty()) {
            List<TallyRow> rows = backend.tally(query, evidence);
            answers.send(context, List.of(query, evidence), rows, () -> rows);
            return;
        }
        List<TallyRow> rows = backend.tally(query);
        Set<String> visible = publicView.get().visibleItems();
        context.json(rows.stream().map(row -> new TallyRow(row.key(), row.label(), row.count(), row.incidentIds(),
                row.itemIds().stream().filter(visible::contains).toList()).firstEvidence(evidence)).toList());
    }

    private void claims(Context context) {
        if (publicView.isEmpty()) {
            context.json(backend.claims(Optional.empty()));
            return;
        }
        PublicView view = publicView.get();
        context.json(backend.claims(Optional.of(view.visibleItems())).stream().map(view::claims).toList());
    }

    private void unit(Context context) {
        String key = context.pathParam("key");
        UnitProfile profile = backend.unit(key).orElseThrow(() -> new NotFoundException("no unit with key " + key));
        context.json(publicView.map(view -> view.unit(profile, view.visibleItems())).orElse(profile));
    }

    private void export(Context context) {
        String format = new QueryParameters(context).text("format").orElse("csv");
        if (!Set.of("csv", "acled", "json", "jsonl", "geojson", "ftm").contains(format)) {
            throw new UsageException("export format must be csv (ACLED), jsonl, geojson or ftm, not: " + format);
        }
        Redactor redactor = publicView.isPresent() ? PublicRedactor.instance() : Redactor.none();
        ExportFile file = backend.export(format, publicView.isPresent(), redactor);
        context.header("Content-Disposition", "attachment; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        context.contentType(file.contentType()).result(file.bytes());
    }

}
