package org.frontwatch.register.index;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.Mention;

/**
 * Builds the Lucene document of one item: its text in its language's fields, its keys, its day, its facets. A text
 * field carries each word's character offsets in its postings, so that search hits are highlighted from the index
 * instead of by analysing their text again — except in a field an older index already holds without offsets (Lucene
 * keeps a field's options for the life of an index; {@code frontwatch reindex} rebuilds it with them).
 */
final class ItemDocuments {
    /** Stored, analysed, with positions and character offsets. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private final FacetsConfig facets;
    private final Set<String> withoutOffsets = ConcurrentHashMap.newKeySet();

    ItemDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * Takes note of the text fields an existing index holds without offsets (from its field infos), which must stay
     * without; forgets every such note for an empty index.
     */
    void keepOptionsOf(FieldInfos existing) {
        withoutOffsets.clear();
        for (String field : IndexFields.textFields()) {
            FieldInfo info = existing.fieldInfo(field);
            if (info != null && info.getIndexOptions() != IndexOptions.NONE
                    && info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) < 0) {
                withoutOffsets.add(field);
            }
        }
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dimension : IndexFields.FACETS) {
            config.setMultiValued(dimension, true);
        }
        return config;
    }

    Document of(Item item, Extraction extraction) throws java.io.IOException {
        Document document = new Document();
        document.add(new StringField(IndexFields.ID, item.id(), Field.Store.YES));
        String textField = IndexFields.text(extraction.language());
        document.add(withoutOffsets.contains(textField) ? new TextField(textField, item.text(), Field.Store.YES)
                : new Field(textField, item.text(), TEXT_WITH_OFFSETS));
        document.add(new TextField(IndexFields.title(extraction.language()), item.title(), Field.Store.YES));
        document.add(new StoredField(IndexFields.SOURCE_LABEL, item.source()));
        extraction.published().or(() -> item.published().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate()))
                .ifPresent(day -> {
                    document.add(new LongPoint(IndexFields.DAY, day.toEpochDay()));
                    document.add(new NumericDocValuesField(IndexFields.DAY, day.toEpochDay()));
                    document.add(new StoredField(IndexFields.PUBLISHED, day.toString()));
                });
        Set<String> types = new TreeSet<>();
        Set<String> origins = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        Set<String> places = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        Set<String> orgs = new TreeSet<>();
        for (EventReport report : extraction.events()) {
            types.add(report.type().name());
            origins.addAll(report.origin());
            regions.addAll(report.location());
            places.addAll(report.places());
            units.addAll(report.units());
        }
        for (Mention mention : extraction.mentions()) {
            switch (mention.type()) {
                case REGION -> regions.add(mention.key());
                case PLACE -> {
                    places.add(mention.key());
                    mention.place().ifPresent(place -> regions.add(place.region()));
                }
                case UNIT -> units.add(mention.key());
                case ORG -> orgs.add(mention.key());
                default -> { }
            }
        }
        keywords(document, IndexFields.TYPE, types, true);
        keywords(document, IndexFields.ORIGIN, origins, true);
        keywords(document, IndexFields.REGION, regions, true);
        keywords(document, IndexFields.PLACE, places, false);
        keywords(document, IndexFields.UNIT, units, true);
        keywords(document, IndexFields.ORG, orgs, false);
        keywords(document, IndexFields.LANGUAGE, Set.of(extraction.language().code()), true);
        document.add(new StringField(IndexFields.SOURCE, item.source().toLowerCase(Locale.ROOT), Field.Store.NO));
        if (!item.source().isBlank()) {
            document.add(new SortedSetDocValuesFacetField(IndexFields.SOURCE, item.source()));
        }
        document.add(new StringField(IndexFields.KIND, item.kind().name(), Field.Store.YES));
        return facets.build(document);
    }

    private static void keywords(Document document, String field, Set<String> values, boolean facet) {
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            document.add(new StringField(field, IndexFields.keyword(field, value), Field.Store.NO));
            if (facet) {
                document.add(new SortedSetDocValuesFacetField(field, value));
            }
        }
    }
}
