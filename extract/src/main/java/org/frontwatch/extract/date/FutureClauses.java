package org.frontwatch.extract.date;

import java.util.List;
import java.util.Set;
import org.frontwatch.extract.morphology.Morphology;
import org.frontwatch.extract.morphology.WordAnalysis;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.model.Language;

/**
 * Whether the sentence around a date speaks of what is still to come: a Russian or Ukrainian verb in the future
 * tense (by the morphological dictionary's tags: {@code VB:Fut…}, {@code verb:…:futr…}) or an English modal or
 * schedule word ("will", "is scheduled"). Such a sentence may name a year-less date weeks after
 * publication ("приговор огласят 28 марта"); any other takes the latest such date before it. Uses the bundled
 * dictionaries (loaded on the first question). Immutable and thread-safe.
 */
final class FutureClauses {
    private static final Set<String> ENGLISH = Set.of("will", "shall", "'ll", "won't", "scheduled",
            "upcoming", "planned");

    boolean speaksOfFuture(AnalysedText text, int offset) {
        for (Sentence sentence : text.sentences()) {
            if (sentence.span().start() <= offset && offset < sentence.span().end()) {
                return sentence.tokens().stream().anyMatch(token -> isFuture(token, text.language()));
            }
        }
        return false;
    }

    private boolean isFuture(Token token, Language language) {
        return switch (language) {
            case EN -> ENGLISH.contains(token.lowered());
            case RU -> onlyFuture(Morphology.bundled().analyses(token.lowered(), Language.RU), "VB:", "VB:Fut");
            case UK -> onlyFuture(Morphology.bundled().analyses(token.lowered(), Language.UK), "verb:", ":futr");
            default -> false;
        };
    }

    /**
     * Whether every finite reading of a word is in the future tense: a verb of both aspects ("обещают") has a
     * present reading too and does not count; infinitives and participles are left aside.
     */
    private static boolean onlyFuture(List<WordAnalysis> analyses, String verbTag, String futureMark) {
        boolean future = false;
        for (WordAnalysis analysis : analyses) {
            String tag = analysis.tag();
            if (!tag.startsWith(verbTag) || tag.contains("INF") || tag.contains(":inf")) {
                continue;
            }
            if (!tag.contains(futureMark)) {
                return false;
            }
            future = true;
        }
        return future;
    }
}
