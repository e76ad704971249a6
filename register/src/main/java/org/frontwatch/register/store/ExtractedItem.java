package org.frontwatch.register.store;

import java.util.Objects;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Item;

/** What the pipeline hands the store for one item: the item, where its bytes are preserved, what was extracted. */
public record ExtractedItem(Item item, CaptureLocation capture, Extraction extraction) {
    public ExtractedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(extraction, "extraction");
    }
}
