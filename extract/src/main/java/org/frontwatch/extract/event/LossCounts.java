package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;

/**
 * Losses told as a count of men with a verb of losing or destroying, the way the General Staff, the ministries and
 * brigades report them: "за сутки ВСУ уничтожили 1 120 российских военных, 4 танка и 19 артиллерийских систем",
 * "противник втратив 3 танки … а також 1 060 військових", "ліквідували та поранили щонайменше 312 окупантів", "ВСУ
 * лишились «до 75 военнослужащих»". The equipment listed beside the men makes no difference (a loss cue followed by
 * "танки" alone tells a loss of equipment, {@code sentence-rules.tsv}). The sentence needs a count of people ({@link
 * SurvivorCounts#countsPeople}) and a verb of {@code loss-counts.tsv}; a count whose counted noun is itself the
 * enemy's losses ("7 260 уражених окупантів", "6 420 выбывших") needs no verb. Immutable, thread-safe.
 */
final class LossCounts {
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}'’-]+");

    private final CuePhrases verbs;
    private final CuePhrases nouns;

    LossCounts(String resource) {
        Map<String, CuePhrases> kinds = CuePhrases.byKind(resource, Set.of("verb", "noun"));
        this.verbs = kinds.get("verb");
        this.nouns = kinds.get("noun");
    }

    /** Whether sentence {@code s} counts men lost. */
    boolean toldIn(SentenceReadings readings, List<Sentence> sentences, int s, List<Mention> mentions) {
        List<List<String>> forms = readings.formsWithoutNames(s);
        boolean verb = verbs.anyIn(forms);
        boolean noun = nouns.anyIn(forms);
        if (!verb && !noun) {
            return false;
        }
        Sentence sentence = sentences.get(s);
        for (Mention mention : mentions) {
            if (mention.type() == MentionType.QUANTITY && sentence.span().contains(mention.span())
                    && SurvivorCounts.countsPeople(mention)
                    && (verb || nouns.anyIn(lowered(mention.text())))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a mention's text, lowercase, each its own only form (the counted noun as written). */
    private static List<List<String>> lowered(String text) {
        List<List<String>> words = new ArrayList<>();
        for (String word : NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(List.of(word));
            }
        }
        return words;
    }
}
