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
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "—", "–", "(", ")", "«", "»", "\"");

    boolean speaksOfFuture(AnalysedText text, int offset) {
        for (Sentence sentence : text.sentences()) {
            if (sentence.span().start() <= offset && offset < sentence.span().end()) {
                return sentence.tokens().stream().anyMatch(token -> isFuture(token, text.language()));
            }
        }
        return false;
    }

    /**
     * Whether the clause around a date speaks of the future only: a future verb and no past one between the commas,
     * dashes or brackets around it ("встреча, которая пройдет в среду, …, сообщил советник"; but not "в субботу
     * командир объявил, что рота пойдёт в штурм", where the day is the announcement's).
     */
    boolean speaksOnlyOfFuture(AnalysedText text, int offset) {
        for (Sentence sentence : text.sentences()) {
            if (sentence.span().start() <= offset && offset < sentence.span().end()) {
                List<Token> clause = clauseAround(sentence.tokens(), offset);
                return clause.stream().anyMatch(token -> isFuture(token, text.language()))
                        && clause.stream().noneMatch(token -> isPast(token, text.language()));
            }
        }
        return false;
    }

    private static List<Token> clauseAround(List<Token> tokens, int offset) {
        int start = 0;
        int end = tokens.size();
        for (int k = 0; k < tokens.size(); k++) {
            if (CLAUSE_MARKS.contains(tokens.get(k).text())) {
                if (tokens.get(k).span().end() <= offset) {
                    start = k + 1;
                } else if (tokens.get(k).span().start() >= offset) {
                    end = k;
                    break;
                }
            }
        }
        return tokens.subList(start, Math.max(start, end));
    }

    private static boolean isPast(Token token, Language language) {
        return switch (language) {
            case RU -> onlyTense(Morphology.bundled().analyses(token.lowered(), Language.RU), "VB:", "VB:Past");
            case UK -> onlyTense(Morphology.bundled().analyses(token.lowered(), Language.UK), "verb:", ":past");
            default -> false;
        };
    }

    private boolean isFuture(Token token, Language language) {
        return switch (language) {
            case EN -> ENGLISH.contains(token.lowered());
            case RU -> onlyTense(Morphology.bundled().analyses(token.lowered(), Language.RU), "VB:", "VB:Fut");
            case UK -> onlyTense(Morphology.bundled().analyses(token.lowered(), Language.UK), "verb:", ":futr");
            default -> false;
        };
    }

    /**
     * Whether every finite reading of a word is in the tense {@code tenseMark} names (future: "VB:Fut",
     * ":futr"): a verb of both aspects ("обещают") has a present reading too and does not count; infinitives and
     * participles are left aside.
     */
    private static boolean onlyTense(List<WordAnalysis> analyses, String verbTag, String tenseMark) {
        boolean future = false;
        for (WordAnalysis analysis : analyses) {
            String tag = analysis.tag();
            if (!tag.startsWith(verbTag) || tag.contains("INF") || tag.contains(":inf")) {
                continue;
            }
            if (!tag.contains(tenseMark)) {
                return false;
            }
            future = true;
        }
        return future;
    }
}
