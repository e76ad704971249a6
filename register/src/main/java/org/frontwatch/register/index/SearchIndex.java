package org.frontwatch.register.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
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
        QueryTranslator.Translation translation = translator.translation(search);
        Query query = translation.query();
        return withSearcher(searcher -> {
            int wanted = search.offset() + search.limit();
            Optional<FacetOrdinals> ordinals = facetOrdinals(searcher);
            TopScoreDocCollectorManager best = new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
            TopDocs top;
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            if (ordinals.isPresent()) {
                Object[] results = searcher.search(query, new MultiCollectorManager(best, ordinals.get().counter()));
                top = (TopDocs) results[0];
                facets = ordinals.get().top((int[]) results[1], IndexFields.FACETS, FACET_VALUES);
            } else {
                top = searcher.search(query, best);
            }
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(search.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            List<SearchHit> hits = hits(searcher, translation.highlights(), page);
            return new SearchResult(top.totalHits.value, hits, facets);
        }, "search \"" + search.text() + "\"");
    }

    /**
     * The page's hits with their snippets. Each hit's stored fields are read once, and its snippet is highlighted in
     * the text field of its language alone (hits grouped by language), from the text already read, with the query
     * of that field's words ({@link QueryTranslator.Translation}): highlighting the page in every language's field
     * with the whole query read each document again and evaluated every clause — other fields, keys, the date
     * range — for every hit. The snippets are the same.
     */
    private List<SearchHit> hits(IndexSearcher searcher, Map<String, Query> highlights, ScoreDoc[] page)
            throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        Document[] documents = new Document[page.length];
        Language[] languages = new Language[page.length];
        String[] texts = new String[page.length];
        Map<Language, List<Integer>> byLanguage = new java.util.EnumMap<>(Language.class);
        for (int i = 0; i < page.length; i++) {
            documents[i] = stored.document(page[i].doc);
            languages[i] = Language.OTHER;
            texts[i] = "";
            for (Language candidate : Language.values()) {
                String text = documents[i].get(IndexFields.text(candidate));
                if (text != null) {
                    languages[i] = candidate;
                    texts[i] = text;
                }
            }
            byLanguage.computeIfAbsent(languages[i], language -> new ArrayList<>()).add(i);
        }
        String[] snippets = new String[page.length];
        for (Map.Entry<Language, List<Integer>> group : byLanguage.entrySet()) {
            List<Integer> members = group.getValue();
            Map<Integer, String> textOfDoc = new java.util.HashMap<>();
            int[] docIds = new int[members.size()];
            for (int m = 0; m < docIds.length; m++) {
                docIds[m] = page[members.get(m)].doc;
                textOfDoc.put(docIds[m], texts[members.get(m)]);
            }
            String field = IndexFields.text(group.getKey());
            Query highlight = highlights.get(field);
            if (highlight == null) {
                continue;
            }
            String[] found = highlighter(searcher, textOfDoc).highlightFields(new String[] {field}, highlight,
                    docIds, new int[] {SNIPPET_PASSAGES}).get(field);
            for (int m = 0; m < docIds.length; m++) {
                snippets[members.get(m)] = found[m];
            }
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document document = documents[i];
            String text = texts[i];
            String title = Optional.ofNullable(document.get(IndexFields.title(languages[i]))).orElse("");
            String snippet = snippets[i];
            if (snippet == null) {
                snippet = escape(text.length() > 240 ? text.substring(0, 240) + " …" : text);
            }
            hits.add(new SearchHit(document.get(IndexFields.ID), page[i].score, title,
                    Optional.ofNullable(document.get(IndexFields.SOURCE_LABEL)).orElse(""), languages[i],
                    Optional.ofNullable(document.get(IndexFields.PUBLISHED)).map(LocalDate::parse), snippet));
        }
        return hits;
    }

    /**
     * A highlighter that takes the documents' texts from {@code textOfDoc} instead of reading them from the index,
     * cut to the highlighter's maximum length as its own reading cuts them.
     */
    private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, String> textOfDoc) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs,
                                                           int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    String text = textOfDoc.get(doc);
                    values.add(new CharSequence[] {text.substring(0, Math.min(getMaxLength(), text.length()))});
                }
                return values;
            }
        };
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

    /** The facet values of the searcher's reader, read once per reader. */
    private Optional<FacetOrdinals> facetOrdinals(IndexSearcher searcher) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == searcher.getIndexReader()) {
            return current.ordinals();
        }
        Optional<FacetOrdinals> ordinals = FacetOrdinals.of(searcher.getIndexReader(), facetsConfig);
        facetState = new FacetState(searcher.getIndexReader(), ordinals);
        return ordinals;
    }

    private record FacetState(org.apache.lucene.index.IndexReader reader, Optional<FacetOrdinals> ordinals) {
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
