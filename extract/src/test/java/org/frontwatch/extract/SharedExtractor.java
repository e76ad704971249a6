package org.frontwatch.extract;

/** One extractor for all tests: building it loads the dictionaries and the gazetteer. */
public final class SharedExtractor {
    public static final Extractor EXTRACTOR = Extractor.create();

    private SharedExtractor() {
    }
}
