package org.frontwatch.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.model.Language;

/** Analysed fixture texts for finder tests, published on 8 March 2023 unless a test says otherwise. */
public final class FixtureTexts {
    public static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 8);

    private FixtureTexts() {
    }

    public static AnalysedText analysed(String text, Language language) {
        return TextAnalyser.bundled().analyse(text, language, Optional.of(PUBLISHED));
    }

    public static AnalysedText analysed(String text, Language language, Optional<LocalDate> published) {
        return TextAnalyser.bundled().analyse(text, language, published);
    }
}
