package org.frontwatch.app.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.app.server.view.CapturePayload;
import org.frontwatch.app.server.view.ItemDetail;
import org.frontwatch.app.server.view.SearchHit;
import org.frontwatch.app.server.view.SearchQuery;
import org.frontwatch.app.server.view.SearchResult;

/** Routes that read items: list and search with facets, item detail, and the preserved captures. */
final class EvidenceRoutes {
    /** The only way a preserved page is ever rendered: no scripts, no requests, no framing by other sites. */
    static final String CAPTURE_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";
    private static final String[] SEARCH_PARAMETERS = {
        "q: free text (empty lists everything)", "type: event type", "origin: region of origin (ISO 3166-2)",
        "region: region of the event (ISO 3166-2)", "unit: unit key", "language: en, ru, uk",
        "source: channel or outlet", "from: published on or after (YYYY-MM-DD)",
        "to: published on or before (YYYY-MM-DD)", "offset: first hit (0)", "limit: hits per page (1-200, 50)"};

    private final ServerBackend backend;
    private final Optional<PublicView> publicView;

    /** Search answers and item views, as JSON, while the backend returns them unchanged. */
    private final JsonAnswerCache answers = new JsonAnswerCache(5_000);

    EvidenceRoutes(ServerBackend backend, Optional<PublicView> publicView) {
        this.backend = backend;
        this.publicView = publicView;
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/items", Access.READ, "List items, filtered like a search", this::items,
                        SEARCH_PARAMETERS),
                ApiRoute.get("/api/search", Access.READ, "Search items: hits with highlighted snippets and facets",
                        this::search, SEARCH_PARAMETERS),
                ApiRoute.get("/api/items/{id}", Access.READ,
                        "One item: text, mentions, claims, reports, captures, custody entries, status history",
                        this::item),
                ApiRoute.get("/api/items/{id}/captures/{index}", Access.READ,
                        "Download the preserved bytes of a capture (not in public mode: they are unredacted)",
                        this::download),
                ApiRoute.get("/api/items/{id}/captures/{index}/view", Access.READ,
                        "The preserved capture rendered inert (sandboxed, no scripts, no requests)", this::view));
    }

    private void items(Context context) {
        SearchResult result = find(context);
        context.json(Map.of("total", result.total(), "items", result.hits().stream().map(SearchHit::item).toList()));
    }

    private void search(Context context) {
        if (publicView.isEmpty()) {
            SearchQuery query = query(context);
            SearchResult result = backend.search(query);
            answers.send(context, query, result, () -> result);
            return;
        }
        context.json(find(context));
    }

    private SearchResult find(Context context) {
        SearchQuery query = query(context);
        if (publicView.isEmpty()) {
            return backend.search(query);
        }
        PublicView view = publicView.get();
        SearchResult result = backend.search(query.within(view.visibleItems()));
        return new SearchResult(result.total(), result.hits().stream().map(view::hit).toList(), result.facets());
    }

    private static SearchQuery query(Context context) {
        QueryParameters parameters = new QueryParameters(context);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : SearchQuery.FACETS) {
            List<String> values = parameters.list(facet);
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        SearchQuery query = new SearchQuery(parameters.text("q").orElse(""), filters, parameters.date("from"),
                parameters.date("to"), Optional.empty(), parameters.integer("offset", 0, 0, 1_000_000),
                parameters.integer("limit", 50, 1, SearchQuery.MAX_LIMIT));
        return query;
    }

    private void item(Context context) {
        String id = context.pathParam("id");
        ItemDetail detail = visibleItem(id);
        if (publicView.isEmpty()) {
            answers.send(context, id, detail, () -> detail);
            return;
        }
        context.json(publicView.get().item(detail));
    }

    private ItemDetail visibleItem(String id) {
        Optional<ItemDetail> detail = backend.item(id);
        if (detail.isEmpty() || publicView.isPresent() && !publicView.get().visibleItems().contains(id)) {
            throw new NotFoundException("no item with id " + id);
        }
        return detail.get();
    }

    private CapturePayload capture(Context context) {
        String id = context.pathParam("id");
        int index;
        try {
            index = Integer.parseInt(context.pathParam("index"));
        } catch (NumberFormatException e) {
            throw new NotFoundException("capture index must be a number: " + context.pathParam("index"));
        }
        visibleItem(id);
        return backend.capture(id, index)
                .orElseThrow(() -> new NotFoundException("item " + id + " has no capture " + index));
    }

    private void download(Context context) {
        if (publicView.isPresent()) {
            throw AccessDeniedException.forbidden("preserved captures are not published: they are not redacted");
        }
        CapturePayload payload = capture(context);
        context.header("Content-Security-Policy", CAPTURE_POLICY);
        context.header("Content-Disposition", "attachment; filename=\"" + payload.info().sha256() + "\"");
        context.header("X-Capture-SHA256", payload.info().sha256());
        context.contentType("application/octet-stream").result(payload.bytes());
    }

    /**
     * Renders a capture for the item view's sandboxed frame. In public mode the raw bytes are not shown (they are
     * not redacted): the redacted text is, as plain text.
     */
    private void view(Context context) {
        context.header("Content-Security-Policy", CAPTURE_POLICY);
        context.header("X-Frame-Options", "SAMEORIGIN");
        if (publicView.isPresent()) {
            ItemDetail detail = publicView.get().item(visibleItem(context.pathParam("id")));
            context.contentType("text/plain; charset=utf-8").result(detail.text());
            return;
        }
        CapturePayload payload = capture(context);
        String type = payload.info().contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            context.contentType("text/html; charset=" + charset(type)).result(payload.bytes());
        } else if (type.startsWith("text/") || type.contains("json") || type.contains("xml")) {
            context.contentType("text/plain; charset=" + charset(type)).result(payload.bytes());
        } else {
            context.contentType("text/plain; charset=utf-8").result(("This capture is " + payload.info().contentType()
                    + ", " + payload.bytes().length + " bytes; download it to open it.")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String charset(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at < 0) {
            return "utf-8";
        }
        String name = contentType.substring(at + 8).replaceAll("[;\\s\"'].*", "");
        return Set.of("utf-8", "windows-1251", "koi8-r", "iso-8859-1", "us-ascii").contains(name) ? name : "utf-8";
    }
}
