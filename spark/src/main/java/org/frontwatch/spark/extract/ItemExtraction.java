package org.frontwatch.spark.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.frontwatch.extract.Extractor;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;
import org.frontwatch.model.Language;

/**
 * How an item is handed to the extract stage: its text, its publication day in UTC (the day the register files it
 * under) and no language hint, so that the extractor identifies the language itself. The single-machine pipeline
 * and the Spark job call this one method, so that both extract the same.
 */
public final class ItemExtraction {
    private ItemExtraction() {
    }

    public static Extraction extract(Extractor extractor, Item item) {
        Optional<LocalDate> published = item.published().map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate());
        return extractor.extract(item.text(), published, Optional.<Language>empty());
    }
}
