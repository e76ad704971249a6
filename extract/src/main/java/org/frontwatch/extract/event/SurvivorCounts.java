package org.frontwatch.extract.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;

/**
 * Losses told as a survivor count: how many came back, were left or got through, set against how many there were —
 * "Из нашей роты осталось 38 человек из ста двадцати", "They sent 30 guys forward, only 6 came back", "Дійшли 11,
 * решту накрили дрони", or "Вернулись девять." after "взвод — двадцать два человека — отправили штурмовать". The
 * sentence needs a count of people and a verb of those left ({@code survived} in {@code survivor-counts.tsv}), and the
 * whole: a second count (or a bare number) with "из"/"of", "only", "the rest", or a count of people in the sentence before (for a short
 * sentence of its own). Returns from captivity, leave, hospital or home are no survival. Immutable, thread-safe.
 */
final class SurvivorCounts {
    /** What a count of people is counted in ({@link org.frontwatch.model.Figure#unit}). */
    private static final Set<String> PEOPLE = Set.of("men", "people", "soldiers", "troops", "servicemen", "fighters",
            "mobilised", "conscripts", "refuseniks", "personnel", "volunteers", "prisoners", "deserters");
    /** The longest sentence, in words, that may take its whole from the sentence before ("Two came back."). */
    private static final int SHORT_SENTENCE = 8;
    private static final Set<String> KINDS = Set.of("survived", "whole", "only", "rest", "elsewhere");

    private final CuePhrases survived;
    private final CuePhrases whole;
    private final CuePhrases only;
    private final CuePhrases rest;
    private final CuePhrases elsewhere;

    SurvivorCounts(String resource) {
        Map<String, CuePhrases> kinds = CuePhrases.byKind(resource, KINDS);
        this.survived = kinds.get("survived");
        this.whole = kinds.get("whole");
        this.only = kinds.get("only");
        this.rest = kinds.get("rest");
        this.elsewhere = kinds.get("elsewhere");
    }

    /**
     * Whether sentence {@code s} tells a survivor count; {@code withPrevious} whether the sentence before is in the
     * same paragraph.
     */
    boolean toldIn(SentenceReadings readings, List<Sentence> sentences, int s, boolean withPrevious,
                   List<Mention> mentions) {
        // the verb first, in the words the cues were matched against: most sentences have none, and the counts
        // would walk every mention of the text
        if (!survived.anyIn(readings.formsWithoutNames(s))) {
            return false;
        }
        int counts = peopleCounts(sentences.get(s), mentions);
        List<List<String>> forms = readings.formsWithNames(s);
        if (counts == 0 || elsewhere.anyIn(forms)) {
            return false;
        }
        boolean againstWhole = counts + bareNumbers(sentences.get(s), mentions) >= 2 && whole.anyIn(forms);
        if (againstWhole || only.anyIn(forms) || rest.anyIn(forms)) {
            return true;
        }
        return withPrevious && forms.size() <= SHORT_SENTENCE
                && peopleCounts(sentences.get(s - 1), mentions) > 0
                && !elsewhere.anyIn(readings.formsWithNames(s - 1));
    }

    private static int peopleCounts(Sentence sentence, List<Mention> mentions) {
        int counts = 0;
        for (Mention mention : mentions) {
            if (mention.type() == MentionType.QUANTITY && sentence.span().contains(mention.span())
                    && countsPeople(mention)) {
                counts++;
            }
        }
        return counts;
    }

    /** Whether a quantity mention counts people (men, soldiers, the mobilised…), not things or events. */
    static boolean countsPeople(Mention quantity) {
        return quantity.figure().filter(f -> PEOPLE.contains(f.unit())).isPresent();
    }

    /**
     * Numbers that no mention takes, beside a count of people: the survivors told by a bare number ("з 90 бійців до
     * позицій дійшли 25").
     */
    private static int bareNumbers(Sentence sentence, List<Mention> mentions) {
        int numbers = 0;
        for (Token token : sentence.tokens()) {
            if (token.kind() == TokenKind.NUMBER
                    && mentions.stream().noneMatch(m -> m.span().overlaps(token.span()))) {
                numbers++;
            }
        }
        return numbers;
    }
}
