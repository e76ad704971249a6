package org.frontwatch.extract.event;

import static org.frontwatch.extract.FixtureTexts.PUBLISHED;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.util.List;
import java.util.Optional;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;

/** The event reports the shared extractor finds in a fixture text published on the fixtures' day. */
final class ExtractedEvents {
    private ExtractedEvents() {
    }

    static List<EventReport> events(String text, Language language) {
        return EXTRACTOR.extract(text, Optional.of(PUBLISHED), Optional.of(language)).events();
    }

    static List<EventType> types(String text, Language language) {
        return events(text, language).stream().map(EventReport::type).toList();
    }
}
