package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;

/**
 * Losses told as a count of men with a verb of losing or destroying, the way the General Staff, the ministries and
 * brigades report them: "за сутки ВСУ уничтожили 1 120 российских военных, 4 танка и 19 артиллерийских систем",
 * "противник втратив 3 танки … а також 1 060 військових", "ліквідували та поранили щонайменше 312 окупантів", "ВСУ
 * лишились «до 75 военнослужащих»". The equipment listed beside the men makes no difference (a loss cue followed by
 * "танки" alone tells a loss of equipment, {@code sentence-rules.tsv}). The sentence needs a count of people ({@link
 * SurvivorCounts#peopleCounts}) and a verb of {@code loss-counts.tsv}; a count whose counted noun is itself the
 * enemy's losses ("7 260 уражених окупантів", "6 420 выбывших") needs no verb. Immutable, thread-safe.
 */
final class LossCounts {
    private final CuePhrases verbs;
    private final CuePhrases nouns;

    LossCounts(String resource) {
        List<List<CueWord>> verbRows = new ArrayList<>();
        List<List<CueWord>> nounRows = new ArrayList<>();
        LexiconFile file = LexiconFile.read(resource);
        for (LexiconFile.Row row : file.rows()) {
            List<List<CueWord>> target = switch (row.cell(0)) {
                case "verb" -> verbRows;
                case "noun" -> nounRows;
                default -> throw file.badRow(row, "unknown kind " + row.cell(0) + " (verb or noun)");
            };
            List<CueWord> phrase = new ArrayList<>();
            for (String word : row.cell(1).split(" ")) {
                phrase.add(CueWord.parse(word));
            }
            target.add(phrase);
        }
        this.verbs = new CuePhrases(verbRows);
        this.nouns = new CuePhrases(nounRows);
    }

    /** Whether sentence {@code s} counts men lost. */
    boolean toldIn(SentenceReadings readings, List<Sentence> sentences, int s, List<Mention> mentions) {
        List<List<String>> forms = readings.formsWithoutNames(s);
        boolean verb = SurvivorCounts.any(verbs, forms);
        boolean noun = SurvivorCounts.any(nouns, forms);
        if (!verb && !noun) {
            return false;
        }
        Sentence sentence = sentences.get(s);
        for (Mention mention : mentions) {
            if (mention.type() == MentionType.QUANTITY && sentence.span().contains(mention.span())
                    && SurvivorCounts.countsPeople(mention)
                    && (verb || SurvivorCounts.any(nouns, lowered(mention.text())))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a mention's text, lowercase, each its own only form (the counted noun as written). */
    private static List<List<String>> lowered(String text) {
        List<List<String>> words = new ArrayList<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}'’-]+")) {
            if (!word.isEmpty()) {
                words.add(List.of(word));
            }
        }
        return words;
    }
}
