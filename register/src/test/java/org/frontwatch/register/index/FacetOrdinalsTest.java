package org.frontwatch.register.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FacetOrdinalsTest {
    private static final List<String> DIMENSIONS = List.of("type", "origin", "unit", "absent");

    @Test
    void countsAndRanksAsLuceneFacetCountsAcrossSegmentsWithDeletions() throws IOException {
        FacetsConfig config = new FacetsConfig();
        DIMENSIONS.forEach(dimension -> config.setMultiValued(dimension, true));
        Random random = new Random(42);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segment = 0; segment < 4; segment++) {
                for (int i = 0; i < 300; i++) {
                    Document document = new Document();
                    document.add(new StringField("id", segment + "-" + i, Field.Store.NO));
                    document.add(new StringField("word", "w" + random.nextInt(5), Field.Store.NO));
                    if (random.nextInt(10) > 0) {
                        document.add(new SortedSetDocValuesFacetField("type", "T" + random.nextInt(6)));
                    }
                    for (int o = random.nextInt(3); o > 0; o--) {
                        document.add(new SortedSetDocValuesFacetField("origin", "RU-" + (char) ('A' + random.nextInt(26))));
                    }
                    if (random.nextBoolean()) {
                        document.add(new SortedSetDocValuesFacetField("unit", "unit:regiment:" + random.nextInt(40)));
                    }
                    writer.addDocument(config.build(document));
                }
                writer.commit();
                writer.deleteDocuments(new Term("id", segment + "-" + random.nextInt(300)));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetOrdinals ordinals = FacetOrdinals.of(reader, config).orElseThrow();
                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("word", "w1")),
                        new TermQuery(new Term("word", "w4")), new TermQuery(new Term("word", "none")))) {
                    for (int max : new int[] {1, 3, 20}) {
                        int[] counts = searcher.search(query, ordinals.counter());
                        assertThat(ordinals.top(counts, DIMENSIONS, max)).as(query + " top " + max)
                                .isEqualTo(lucene(searcher, config, query, max));
                    }
                }
            }
        }
    }

    /** What SearchIndex made of Lucene's own counts before: top children per dimension, sorted by count then value. */
    private static Map<String, List<FacetCount>> lucene(IndexSearcher searcher, FacetsConfig config, Query query,
                                                        int max) throws IOException {
        FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(
                new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), config), collector);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult top;
            try {
                top = counts.getTopChildren(max, dimension);
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
}
