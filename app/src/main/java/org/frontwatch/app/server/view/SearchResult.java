package org.frontwatch.app.server.view;

import java.util.List;
import java.util.Map;

/** A page of search hits, the total number of matches and the facet counts over all of them. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
