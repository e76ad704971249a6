package org.frontwatch.app.server;

import java.util.List;
import java.util.Optional;
import org.frontwatch.app.server.auth.AccountStore;
import org.frontwatch.app.server.view.CapturePayload;
import org.frontwatch.app.server.view.ClaimGroup;
import org.frontwatch.app.server.view.ExportFile;
import org.frontwatch.app.server.view.IncidentDetail;
import org.frontwatch.app.server.view.IncidentFilter;
import org.frontwatch.app.server.view.IncidentSummary;
import org.frontwatch.app.server.view.IngestResult;
import org.frontwatch.app.server.view.ItemDetail;
import org.frontwatch.app.server.view.SearchQuery;
import org.frontwatch.app.server.view.SearchResult;
import org.frontwatch.app.server.view.TallyQuery;
import org.frontwatch.app.server.view.TallyRow;
import org.frontwatch.app.server.view.UnitProfile;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.ReviewStatus;

/**
 * Everything the server asks of the rest of Frontwatch — the register, the evidence archive, the custody log and
 * the ingest pipeline — in the server's own words. The server applies roles and public-mode redaction itself; a
 * backend answers every question fully and never returns null.
 */
public interface ServerBackend {
    /** Items matching the query (empty text lists all), newest first, with snippets and facet counts. */
    SearchResult search(SearchQuery query);

    Optional<ItemDetail> item(String id);

    /** The preserved bytes of an item's capture number {@code index}, read back from the WARC file. */
    Optional<CapturePayload> capture(String itemId, int index);

    List<IncidentSummary> incidents(IncidentFilter filter);

    Optional<IncidentDetail> incident(String id);

    /**
     * Sets an incident's review status with the analyst's note; records the change in the incident's history and
     * appends it to the custody log.
     *
     * @throws NotFoundException when there is no such incident
     */
    IncidentDetail review(String incidentId, ReviewStatus status, String note, String actor);

    List<TallyRow> tally(TallyQuery query);

    /**
     * The rows of {@link #tally(TallyQuery)}, each listing at most {@code maxEvidence} incident ids and item ids
     * ({@link TallyRow#firstEvidence}); a backend that can count a row's evidence without listing it all does so.
     */
    default List<TallyRow> tally(TallyQuery query, int maxEvidence) {
        return tally(query).stream().map(row -> row.firstEvidence(maxEvidence)).toList();
    }

    /** Claims grouped by what they count; only claims in {@code itemIds} when present. */
    List<ClaimGroup> claims(Optional<java.util.Set<String>> itemIds);

    Optional<UnitProfile> unit(String key);

    /**
     * Exports incidents in {@code format} ({@code csv}, {@code json}, {@code geojson}); with {@code publicOnly},
     * only public incidents, every text passed through {@code redactor}.
     */
    ExportFile export(String format, boolean publicOnly, Redactor redactor);

    /** Preserves, extracts and registers an uploaded file; the custody log names {@code actor}. */
    IngestResult ingest(String fileName, byte[] bytes, String actor);

    AccountStore accounts();
}
