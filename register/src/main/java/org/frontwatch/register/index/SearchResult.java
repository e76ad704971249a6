package org.frontwatch.register.index;

import java.util.List;
import java.util.Map;

/** One page of hits, the total number of matching items, and facet counts over all matches (most frequent first). */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
