package org.frontwatch.register.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.frontwatch.model.Language;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.register.ReportedEvents;
import org.frontwatch.register.store.ExtractedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexOffsetsTest {
    private static final String ENGLISH_TEXT = IndexFields.text(Language.EN);

    @TempDir
    Path data;

    private RegisterSettings settings() {
        return new RegisterSettings(data, Optional.empty());
    }

    private static List<ExtractedItem> items() {
        return ReportedEvents.appealToldFourTimes();
    }

    @Test
    void keepsTheOffsetsOfEveryWordInANewIndex() throws IOException {
        try (Register register = Register.open(settings())) {
            register.putAll(items());
            register.commit();
        }

        assertThat(textOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }

    @Test
    void keepsWritingAndHighlightingAnOlderIndexWithoutOffsets() throws IOException {
        writeOlderIndex();

        try (Register register = Register.open(settings())) {
            register.putAll(items());
            register.commit();

            assertThat(register.search(SearchQuery.of("appeal", 10)).hits()).isNotEmpty()
                    .anySatisfy(hit -> assertThat(hit.snippet()).contains("<mark>appeal</mark>"));
        }
        assertThat(textOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    }

    @Test
    void reindexingGivesAnOlderIndexOffsets() throws IOException {
        try (Register register = Register.open(settings())) {
            register.store().putAll(items());
        }
        writeOlderIndex();

        try (Register register = Register.open(settings())) {
            register.reindex();

            assertThat(register.search(SearchQuery.of("appeal", 10)).hits()).isNotEmpty()
                    .anySatisfy(hit -> assertThat(hit.snippet()).contains("<mark>appeal</mark>"));
        }
        assertThat(textOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }

    /** An index as written before text fields had offsets: one English document. */
    private void writeOlderIndex() throws IOException {
        try (FSDirectory directory = FSDirectory.open(settings().indexDirectory());
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.perField())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document document = new Document();
            document.add(new StringField(IndexFields.ID, "older", Field.Store.YES));
            document.add(new TextField(ENGLISH_TEXT, "An older appeal, indexed without offsets.", Field.Store.YES));
            writer.addDocument(document);
        }
    }

    private IndexOptions textOptions() throws IOException {
        try (FSDirectory directory = FSDirectory.open(settings().indexDirectory());
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return FieldInfos.getMergedFieldInfos(reader).fieldInfo(ENGLISH_TEXT).getIndexOptions();
        }
    }
}
