package org.frontwatch.register.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.Language;
import org.frontwatch.model.StoreException;
import org.frontwatch.register.store.Store;

/**
 * The full-text index of items, derived from the store: {@link #reindex} rebuilds it from the store alone.
 * Writes become visible to searches at the next {@link #commit} or search (near-real-time refresh): one
 * {@link SearcherManager} serves every search, and is refreshed only when {@link #generation} moved since the last
 * refresh, so searches on an unchanged index never reopen anything. Hits are highlighted from the word offsets the
 * text fields keep in their postings ({@link ItemDocuments}), not by analysing each hit's text again. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
    private static final int SNIPPET_PASSAGES = 2;
    private static final int FACET_VALUES = 20;

    private final Path directory;
    private final FSDirectory store;
    private final Analyzer analyzer = LanguageAnalyzers.perField();
    private final FacetsConfig facetsConfig = ItemDocuments.facetsConfig();
    private final ItemDocuments documents = new ItemDocuments(facetsConfig);
    private final QueryTranslator translator = new QueryTranslator(analyzer);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong generation = new AtomicLong();
    /** The {@link #generation} the current searcher has seen every write of. */
    private volatile long searchableGeneration;
    private volatile FacetState facetState;

    private SearchIndex(Path directory) throws IOException {
        this.directory = directory;
        this.store = FSDirectory.open(directory);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(128);
        this.writer = new IndexWriter(store, config);
        this.searchers = new SearcherManager(writer, null);
        IndexSearcher searcher = searchers.acquire();
        try {
            documents.keepOptionsOf(FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Opens the index in {@code directory}, creating it if absent. */
    public static SearchIndex open(Path directory) {
        try {
            return new SearchIndex(directory);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index at " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces the document of one item. */
    public void put(Item item, Extraction extraction) {
        try {
            Document document = documents.of(item, extraction);
            writer.updateDocument(new Term(IndexFields.ID, item.id()), document);
            generation.incrementAndGet();
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot index item " + item.id() + " in " + directory + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Counts writes to the index: a search result computed when the generation was {@code g} is still current while
     * the generation stays {@code g}.
     */
    public long generation() {
        return generation.get();
    }

    /** Makes every write durable and visible. */
    public void commit() {
        try {
            long written = generation.get();
            writer.commit();
            searchers.maybeRefreshBlocking();
            searchableGeneration = Math.max(searchableGeneration, written);
        } catch (IOException e) {
            throw new StoreException("cannot commit the search index at " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Drops every document and indexes every item of {@code source} again; returns how many it indexed. */
    public long reindex(Store source) {
        try {
            writer.deleteAll();
            documents.keepOptionsOf(FieldInfos.EMPTY);
            generation.incrementAndGet();
        } catch (IOException e) {
            throw new StoreException("cannot clear the search index at " + directory + ": " + e.getMessage(), e);
        }
        AtomicLong count = new AtomicLong();
        source.forEachItem(stored -> {
            put(stored.item(), stored.extraction());
            count.incrementAndGet();
        });
        commit();
        return count.get();
    }

    /** The number of indexed items visible to searches. */
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs(), "count documents");
    }

    public SearchResult search(SearchQuery search) {
        Query query = translator.translate(search);
        return withSearcher(searcher -> {
            int wanted = search.offset() + search.limit();
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, wanted,
                    new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(search.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            List<SearchHit> hits = hits(searcher, query, page);
            Map<String, List<FacetCount>> facets = facets(searcher, result);
            return new SearchResult(top.totalHits.value, hits, facets);
        }, "search \"" + search.text() + "\"");
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .build();
        String[] fields = IndexFields.textFields().toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, SNIPPET_PASSAGES);
        TopDocs pageDocs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
                org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
        Map<String, String[]> snippets = highlighter.highlightFields(fields, query, pageDocs, passages);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document document = searcher.storedFields().document(page[i].doc);
            Language language = Language.OTHER;
            String text = "";
            String title = "";
            for (Language candidate : Language.values()) {
                if (document.get(IndexFields.text(candidate)) != null) {
                    language = candidate;
                    text = document.get(IndexFields.text(candidate));
                    title = Optional.ofNullable(document.get(IndexFields.title(candidate))).orElse("");
                }
            }
            String snippet = snippets.get(IndexFields.text(language))[i];
            if (snippet == null) {
                snippet = escape(text.length() > 240 ? text.substring(0, 240) + " …" : text);
            }
            hits.add(new SearchHit(document.get(IndexFields.ID), page[i].score, title,
                    Optional.ofNullable(document.get(IndexFields.SOURCE_LABEL)).orElse(""), language,
                    Optional.ofNullable(document.get(IndexFields.PUBLISHED)).map(LocalDate::parse), snippet));
        }
        return hits;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                case '/' -> escaped.append("&#x2F;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollectorManager.FacetsResult result)
            throws IOException {
        Optional<SortedSetDocValuesReaderState> state = facetState(searcher);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (state.isEmpty()) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get(),
                result.facetsCollector());
        for (String dimension : IndexFields.FACETS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult top;
            try {
                top = counts.getTopChildren(FACET_VALUES, dimension);
            } catch (IllegalArgumentException unknownDimension) {
                top = null;
            }
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.add(new FacetCount(value.label, value.value.longValue()));
                }
            }
            values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            facets.put(dimension, values);
        }
        return facets;
    }

    /** The facet ordinals of one reader, built once per reader (it reads every facet value). */
    private Optional<SortedSetDocValuesReaderState> facetState(IndexSearcher searcher) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current.state();
        }
        Optional<SortedSetDocValuesReaderState> state;
        try {
            state = Optional.of(new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig));
        } catch (IllegalArgumentException noFacetsYet) {
            state = Optional.empty();
        }
        facetState = new FacetState(searcher.getIndexReader(), state);
        return state;
    }

    private record FacetState(org.apache.lucene.index.IndexReader reader,
                              Optional<SortedSetDocValuesReaderState> state) {
    }

    private <T> T withSearcher(SearchWork<T> work, String what) {
        try {
            refreshIfWritten();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("cannot " + what + " in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Reopens the searcher when writes happened since the last refresh; waits for a refresh under way. */
    private void refreshIfWritten() throws IOException {
        long written = generation.get();
        if (written != searchableGeneration) {
            synchronized (searchers) {
                if (written > searchableGeneration) {
                    searchers.maybeRefreshBlocking();
                    searchableGeneration = written;
                }
            }
        }
    }

    @FunctionalInterface
    private interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.commit();
            writer.close();
            store.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the search index at " + directory + ": " + e.getMessage(), e);
        }
    }
}
