package org.frontwatch.register.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The facet values of every document of one index reader, held in heap arrays, so that a search counts the facets
 * of its hits while it collects them — a few array reads per hit — instead of collecting every hit and then decoding
 * each one's ordinals from the doc values (at 100 k items the largest cost of a broad search: a word found in a
 * third of the items). It counts what Lucene's {@code SortedSetDocValuesFacetCounts} counts and ranks the values the
 * same way (most hits first, ties by the value's index order), over the same sorted-set doc values.
 *
 * <p>A segment's arrays are read once and kept while the segment lives (near-real-time reopening after a write
 * reads only new segments); the mapping of its values to the reader's values is made per reader.
 */
final class FacetOrdinals {
    /** One segment's documents' values: those of doc {@code d} are {@code ords[starts[d]]} up to {@code starts[d+1]}. */
    private record SegmentValues(int[] starts, int[] ords) {
    }

    /** Segments' values by segment core, dropped when the segment is closed. */
    private static final Map<Object, SegmentValues> SEGMENTS = new ConcurrentHashMap<>();

    private final SortedSetDocValuesReaderState state;
    private final IndexReader reader;
    /** For each segment (by its ordinal in the reader), where each document's values start in {@link #ords}. */
    private final int[][] starts;
    /** For each segment, its documents' values numbered as the reader numbers them. */
    private final int[][] ords;
    /** The label of each of the reader's values. */
    private final String[] labels;

    private FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        this.reader = state.getReader();
        List<LeafReaderContext> leaves = reader.leaves();
        this.starts = new int[leaves.size()][];
        this.ords = new int[leaves.size()][];
        SortedSetDocValues all = state.getDocValues();
        OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        for (LeafReaderContext leaf : leaves) {
            SegmentValues values = segmentValues(leaf.reader(), state.getField());
            starts[leaf.ord] = values.starts();
            ords[leaf.ord] = map == null ? values.ords() : inReaderNumbering(values.ords(), map.getGlobalOrds(leaf.ord));
        }
        this.labels = new String[state.getSize()];
        for (int ord = 0; ord < labels.length; ord++) {
            String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
            labels[ord] = path[path.length - 1];
        }
    }

    /**
     * A segment's values renumbered as the reader numbers them, so that counting a hit's values reads no mapping
     * (a segment's own numbering is the reader's when the reader has one segment with values).
     */
    private static int[] inReaderNumbering(int[] segmentOrds, org.apache.lucene.util.LongValues toReader) {
        int[] mapped = new int[segmentOrds.length];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = Math.toIntExact(toReader.get(segmentOrds[i]));
        }
        return mapped;
    }

    /** The facet values of {@code reader}'s documents, or none when no document has a facet yet. */
    static Optional<FacetOrdinals> of(IndexReader reader, FacetsConfig config) throws IOException {
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetsYet) {
            return Optional.empty();
        }
        return Optional.of(new FacetOrdinals(state));
    }

    IndexReader reader() {
        return reader;
    }

    private static SegmentValues segmentValues(LeafReader segment, String field) throws IOException {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core != null) {
            SegmentValues known = SEGMENTS.get(core.getKey());
            if (known != null) {
                return known;
            }
        }
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        int[] starts = new int[segment.maxDoc() + 1];
        int[] ords = new int[Math.max(16, segment.maxDoc() * 4)];
        int count = 0;
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
            starts[doc] = count;
            if (values.docID() < doc) {
                values.advance(doc);
            }
            if (values.docID() == doc) {
                int n = values.docValueCount();
                if (count + n > ords.length) {
                    ords = java.util.Arrays.copyOf(ords, Math.max(ords.length * 2, count + n));
                }
                for (int i = 0; i < n; i++) {
                    ords[count++] = Math.toIntExact(values.nextOrd());
                }
            }
        }
        starts[segment.maxDoc()] = count;
        SegmentValues read = new SegmentValues(starts, java.util.Arrays.copyOf(ords, count));
        if (core != null) {
            Object key = core.getKey();
            if (SEGMENTS.putIfAbsent(key, read) == null) {
                core.addClosedListener(SEGMENTS::remove);
            }
        }
        return read;
    }

    /** Counts, per value of the reader, the hits that carry it; collects no scores. */
    CollectorManager<Collector, int[]> counter() {
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Counter(new int[labels.length]);
            }

            @Override
            public int[] reduce(Collection<Collector> collectors) {
                int[] sum = new int[labels.length];
                for (Collector collector : collectors) {
                    int[] counts = ((Counter) collector).counts;
                    for (int ord = 0; ord < sum.length; ord++) {
                        sum[ord] += counts[ord];
                    }
                }
                return sum;
            }
        };
    }

    private final class Counter implements Collector {
        private final int[] counts;

        Counter(int[] counts) {
            this.counts = counts;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int[] segmentStarts = starts[context.ord];
            int[] segmentOrds = ords[context.ord];
            int[] counted = counts;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    for (int at = segmentStarts[doc], end = segmentStarts[doc + 1]; at < end; at++) {
                        counted[segmentOrds[at]]++;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * The top {@code max} values of each dimension by count (values without hits left out), each dimension's list
     * sorted by count, most first, then value; a dimension no document has gets an empty list.
     */
    Map<String, List<FacetCount>> top(int[] counts, List<String> dimensions, int max) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            List<FacetCount> values = new ArrayList<>();
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
            if (range != null) {
                // the weakest of the best kept on top: fewer hits, or as many and later in index order
                PriorityQueue<Integer> best = new PriorityQueue<>(Comparator.<Integer>comparingInt(ord -> counts[ord])
                        .thenComparing(Comparator.<Integer>reverseOrder()));
                for (int ord = range.start; ord <= range.end; ord++) {
                    if (counts[ord] > 0) {
                        best.add(ord);
                        if (best.size() > max) {
                            best.poll();
                        }
                    }
                }
                for (int ord : best) {
                    values.add(new FacetCount(labels[ord], counts[ord]));
                }
            }
            values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            facets.put(dimension, values);
        }
        return facets;
    }
}
