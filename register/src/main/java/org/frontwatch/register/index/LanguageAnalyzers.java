package org.frontwatch.register.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.frontwatch.model.Language;

/**
 * One analyser per language field: Russian stems (иркутской → иркутск), Ukrainian lemmatises with morfologik
 * (Авдіївки → авдіївка), English stems; text in other languages gets the standard analyser. Keyword fields are
 * not analysed (they are indexed as given).
 */
final class LanguageAnalyzers {
    private LanguageAnalyzers() {
    }

    static Analyzer perField() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (Language language : Language.values()) {
            Analyzer analyzer = of(language);
            analyzers.put(IndexFields.text(language), analyzer);
            analyzers.put(IndexFields.title(language), analyzer);
        }
        return new PerFieldAnalyzerWrapper(new org.apache.lucene.analysis.core.KeywordAnalyzer(), analyzers);
    }

    private static Analyzer of(Language language) {
        return switch (language) {
            case EN -> new EnglishAnalyzer();
            case RU -> new RussianAnalyzer();
            case UK -> new UkrainianMorfologikAnalyzer();
            case OTHER -> new StandardAnalyzer();
        };
    }
}
