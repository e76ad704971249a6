package org.frontwatch.extract.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.quantity.WordScanner.Piece;

/**
 * The words around a number that the counted-noun rule does not read, from {@code figure-context.tsv}: a verb that
 * makes a bare number a count of people ("осталось 23", "погибли четверо", "only four came back"), and the contexts
 * that make a number no figure at all — a town's population ("в Курахово жили около 18 тысяч человек", "a town of
 * about 27,000 people"), a count of the reporter's sources ("according to three former inmates"), an article's
 * number and a share of things ("70% территории"). A phrase word ending in "*" matches a word's beginning. Phrases
 * are found by their first or last word ({@link ContextPhrases}), not tried one by one: the share words alone are asked at
 * every piece of a text. Immutable.
 */
final class FigureContext {
    private static final int POPULATION_WINDOW = 12;
    private static final int SHARE_WINDOW = 3;
    private static final int OPINION_WINDOW = 8;
    private static final int MAX_LABEL_WORDS = 5;
    /**
     * How far before a count of times its verb of attacking may stand ("had attacked the brigade's positions around
     * the town 31 times") and after it ("щонайменше шість разів відправляли в піші штурми"); widened from three on
     * the sixth blind round.
     */
    private static final int ATTACK_VERB_WINDOW_BEFORE = 9;
    private static final int ATTACK_VERB_WINDOW_AFTER = 5;
    private static final Set<String> LABEL_JOINERS = Set.of("/", ",");
    private static final Set<String> LABEL_DASHES = Set.of("—", "–", "‒", "-", ":");
    /** The dash after a share whose noun is left out: "и половина — двухсотые". */
    private static final Set<String> DASHES = Set.of("—", "–", "‒");
    /** Share kinds of figure-context.tsv and their percentages, longer phrases first ("two thirds" before "third"). */
    private static final Map<String, Integer> SHARES = orderedShares();
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "\n", ";");

    private final Map<String, ContextPhrases> phrases = new HashMap<>();
    /** The phrases of every share kind together: at most pieces none starts, and one look-up tells. */
    private final ContextPhrases anyShare;

    FigureContext(String resource) {
        Map<String, List<String>> read = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(resource).rows()) {
            read.computeIfAbsent(row.cell(0), k -> new ArrayList<>()).add(row.cell(1));
        }
        read.forEach((kind, list) -> phrases.put(kind, new ContextPhrases(list)));
        List<String> shareWords = new ArrayList<>();
        SHARES.keySet().forEach(kind -> shareWords.addAll(read.getOrDefault(kind, List.of())));
        anyShare = new ContextPhrases(shareWords);
    }

    /**
     * Whether the bare number from piece {@code start} (its bound included) to {@code next} counts people: a people
     * verb ends right before it (an adverb like "лишь" may stand between) and the number ends its clause, or a people
     * verb starts right after it.
     */
    boolean countsPeople(List<Piece> pieces, int start, int next, boolean endsClause) {
        int before = start;
        if (before > 0 && phraseEndingAt(pieces, before, "softener") > 0) {
            before -= phraseEndingAt(pieces, before, "softener");
        }
        return endsClause && phraseEndingAt(pieces, before, "people-verb") > 0
                || phraseStartingAt(pieces, next, "people-verb") > 0;
    }

    /**
     * Whether the number at {@code start} labels something rather than counting it: an article of a code ("по
     * статье 275 Уголовного кодекса" counts no cases).
     */
    boolean isLabel(List<Piece> pieces, int start) {
        return phraseEndingAt(pieces, start, "label") > 0;
    }

    /**
     * Whether the percentage from piece {@code start} whose "%" is at {@code percent} is a share of things, not of
     * people: of a territory, of spending, of votes ("70% территории", "3% от всех расходов"), or in brackets after
     * a name or a figure ("Чолаку (25%)", "инфляции (10% в прошлом году)"). Found on real news posts, 2024.
     */
    boolean isShareOfThings(List<Piece> pieces, int start, int percent) {
        if (start > 0 && pieces.get(start - 1).text().equals("(")) {
            return true;
        }
        for (int k = percent + 1; k < Math.min(pieces.size(), percent + 1 + SHARE_WINDOW); k++) {
            if (!pieces.get(k).word()) {
                return false;
            }
            if (phraseStartingAt(pieces, k, "thing-share") > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the percentage from piece {@code start} whose "%" is at {@code percent} is a share of opinions or
     * beliefs: an opinion word stands within {@value #OPINION_WINDOW} pieces of it in its sentence ("Верующими себя
     * считают 86% военнослужащих, из них 72% – христиане", "70% бойцов готовы", "вважають 40% опитаних"). A poll is
     * no figure about soldiers or events (DESIGN.md's claims). Found on real news posts, 2024.
     */
    boolean isShareOfOpinion(List<Piece> pieces, int start, int percent) {
        for (int k = start - 1; k >= Math.max(0, start - OPINION_WINDOW)
                && !SENTENCE_ENDS.contains(pieces.get(k).text()); k--) {
            if (phraseStartingAt(pieces, k, "opinion") > 0) {
                return true;
            }
        }
        for (int k = percent + 1; k < Math.min(pieces.size(), percent + 1 + OPINION_WINDOW)
                && !SENTENCE_ENDS.contains(pieces.get(k).text()); k++) {
            if (phraseStartingAt(pieces, k, "opinion") > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the piece at {@code index} is a noun a share of people may count beside the counted nouns of people:
     * residents, citizens, users, staff, and losses ("26% российских горожан", "23% от общего числа потерь").
     */
    boolean sharesPeople(List<Piece> pieces, int index) {
        return phraseStartingAt(pieces, index, "people-share") > 0;
    }

    /** Whether the bare number at {@code start} follows a group word ("his group of 18", "группа из 12"). */
    boolean countsGroup(List<Piece> pieces, int start) {
        return phraseEndingAt(pieces, start, "group-of") > 0;
    }

    /**
     * The piece index of a counted noun right before the bare number at {@code start}, a "was" word between
     * ("таких приговоров было 19", "погибших — 12"), or -1.
     */
    int nounBefore(List<Piece> pieces, int start, java.util.function.IntPredicate countedNoun) {
        int before = start - phraseEndingAt(pieces, start, "was");
        return before < start && before > 0 && countedNoun.test(before - 1) ? before - 1 : -1;
    }

    /**
     * Whether the number at {@code index}, whose digits or number words end before {@code next}, counts attacks: a
     * count of times after it and a verb (or noun) of attacking or shelling near it in its sentence ("ворог 14 разів
     * атакував", "61 раз намагалися вклинитися", "attacked 71 times", "87 разів обстріляли", "had attacked the sector 8
     * to 12 times a day").
     */
    boolean countsAttacks(List<Piece> pieces, int index, int next) {
        int times = phraseStartingAt(pieces, next, "times");
        if (times == 0) {
            return false;
        }
        // "в шесть раз больше атак", "six times more attacks": a ratio, no count
        if (index > 0 && phraseEndingAt(pieces, index, "ratio-before") > 0
                || next + times < pieces.size() && phraseStartingAt(pieces, next + times, "comparative") > 0) {
            return false;
        }
        return attackVerbFrom(pieces, index - 1, -1, ATTACK_VERB_WINDOW_BEFORE)
                || attackVerbFrom(pieces, next + 1, 1, ATTACK_VERB_WINDOW_AFTER);
    }

    /** Whether an attack verb stands within {@code window} pieces from {@code from} in its sentence. */
    private boolean attackVerbFrom(List<Piece> pieces, int from, int step, int window) {
        for (int k = from, seen = 0; k >= 0 && k < pieces.size() && seen < window; k += step, seen++) {
            if (SENTENCE_ENDS.contains(pieces.get(k).text())) {
                return false;
            }
            if (phraseStartingAt(pieces, k, "attack-verb") > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The piece index of the counted noun in the label of a table line ("👉 артилерійських систем — 22 006 (+41) од.",
     * "tanks – 9,751 (+9)"): from the line's start (after bullets or emoji) at most five words, then a dash or colon,
     * then the number at {@code start}; the counted noun nearest the dash, or -1.
     */
    int labelNoun(String text, List<Piece> pieces, int start, java.util.function.IntPredicate countedNoun) {
        int dash = start - 1;
        if (dash < 1 || !LABEL_DASHES.contains(pieces.get(dash).text())) {
            return -1;
        }
        int noun = -1;
        int words = 0;
        boolean bulleted = false;
        for (int k = dash - 1; k >= 0; k--) {
            Piece piece = pieces.get(k);
            if (piece.digits() || piece.word() && bulleted) {
                return -1;
            }
            if (LABEL_JOINERS.contains(piece.text())) {
                // "кораблі / катери", "танки, бронемашини": words joined within the label
            } else if (piece.word()) {
                if (++words > MAX_LABEL_WORDS) {
                    return -1;
                }
                if (noun < 0 && countedNoun.test(k)) {
                    noun = k;
                }
            } else {
                bulleted = true;
            }
            int lineBreak = k == 0 ? -1 : text.indexOf('\n', pieces.get(k - 1).end());
            boolean lineStart = k == 0 || lineBreak >= 0 && lineBreak < piece.start();
            if (lineStart) {
                return noun;
            }
        }
        return -1;
    }

    /**
     * Whether the number word at piece {@code index} is a collective numeral ("пятеро", "двоих", "п'ятеро"): standing
     * alone, without a noun, it counts people ("Вернулись только пятеро.", "Ещё двое — сослуживцы", "залишилися
     * двоє"); not after "на", "для" ("салаты на четверых" are shared by four, no count of people).
     */
    boolean isCollective(List<Piece> pieces, int index) {
        return phraseStartingAt(pieces, index, "collective") == 1 && phraseEndingAt(pieces, index, "shared-by") == 0;
    }

    /**
     * Whether the number word at piece {@code index} is a collective numeral that names people by itself wherever it
     * stands ("и шестеро сказали, что не пойдут", "Семерых зачинщиков увезли", "двое из восьми не выходят на связь"):
     * one that is no case of a cardinal too (not the Ukrainian "двох", "трьох"), not shared by so many ("на
     * четверых"), not "все трое" (men counted before), not before a noun that has only a plural ("двое суток",
     * "троє діб").
     */
    boolean isCollectiveSubject(List<Piece> pieces, int index) {
        return phraseStartingAt(pieces, index, "collective-subject") == 1
                && phraseEndingAt(pieces, index, "shared-by") == 0 && phraseEndingAt(pieces, index, "all-of") == 0
                && (index + 1 >= pieces.size() || phraseStartingAt(pieces, index + 1, "plural-only") == 0);
    }

    /** Whether the number at {@code start} counts the reporter's sources ("according to three former inmates"). */
    boolean countsSources(List<Piece> pieces, int start) {
        return phraseEndingAt(pieces, start, "source") > 0;
    }

    /**
     * Whether the figure from piece {@code start} whose counted noun is at {@code noun} (or -1) is a population: a
     * population word earlier in its sentence, "a town of" right before it, or a residents' noun after a holder
     * word ("had about 12,000 residents", "до війни мало близько тисячі мешканців").
     */
    boolean isPopulation(List<Piece> pieces, int start, int noun) {
        if (phraseEndingAt(pieces, start, "place-of") > 0) {
            return true;
        }
        boolean residents = noun >= 0 && phraseStartingAt(pieces, noun, "residents") > 0;
        if (residents && phraseEndingAt(pieces, start, "per-capita") > 0) {
            // "погибших на 100 тысяч жителей", "per 100,000 residents": the base of a rate
            return true;
        }
        for (int k = start - 1; k >= Math.max(0, start - POPULATION_WINDOW); k--) {
            if (SENTENCE_ENDS.contains(pieces.get(k).text())) {
                return false;
            }
            if (phraseEndingAt(pieces, k + 1, "population") > 0
                    || residents && phraseEndingAt(pieces, k + 1, "holder") > 0) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Integer> orderedShares() {
        Map<String, Integer> shares = new java.util.LinkedHashMap<>();
        shares.put("two-thirds", 67);
        shares.put("three-quarters", 75);
        shares.put("half", 50);
        shares.put("third", 33);
        shares.put("quarter", 25);
        shares.put("every-second", 50);
        shares.put("every-third", 33);
        shares.put("every-fourth", 25);
        shares.put("every-fifth", 20);
        shares.put("every-tenth", 10);
        return java.util.Collections.unmodifiableMap(shares);
    }

    /**
     * The share a share word at {@code index} makes of the people it takes, as {noun piece index, percent}: "half its
     * men" 50, "two thirds of its men" 67, "about a third of them" 33, "a quarter of the battalion" 25, "половина роты"
     * 50 — the noun a people noun (for shares other than half, no civilians': "Треть россиян" in a survey is none), a
     * group of soldiers or "them" ({@code share-group}), with at most two linking words between.
     */
    Optional<int[]> shareOf(List<Piece> pieces, int index, java.util.function.IntPredicate peopleNoun,
                            java.util.function.IntPredicate civilianNoun) {
        if (anyShare.startingAt(pieces, index) == 0) {
            return Optional.empty();
        }
        for (java.util.Map.Entry<String, Integer> share : SHARES.entrySet()) {
            int length = phraseStartingAt(pieces, index, share.getKey());
            if (length == 0) {
                continue;
            }
            int at = index + length;
            for (int links = 0; links < 2 && at < pieces.size() && phraseStartingAt(pieces, at, "share-link") > 0;
                    links++) {
                at++;
            }
            // "half the residents" as before, but "Треть россиян" of a survey is no share of soldiers
            boolean noun = at < pieces.size() && (peopleNoun.test(at)
                    && (share.getKey().equals("half") || !civilianNoun.test(at))
                    || phraseStartingAt(pieces, at, "share-group") > 0);
            if (noun) {
                return Optional.of(new int[] {at, share.getValue()});
            }
            // "из них примерно треть — убитыми", "of them, about half", "и половина — двухсотые", "почти каждый
            // пятый — с жалобой": a share of the people counted just before, its noun left out (blind round 8)
            int last = index + length - 1;
            boolean dashAfter = last + 1 < pieces.size() && DASHES.contains(pieces.get(last + 1).text())
                    && countBefore(pieces, index);
            return dashAfter || themBefore(pieces, index) ? Optional.of(new int[] {last, share.getValue()})
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a number in digits stands in the sentence before a share word, at most 15 pieces back. */
    private static boolean countBefore(List<Piece> pieces, int index) {
        for (int k = index - 1; k >= Math.max(0, index - 15); k--) {
            if (SENTENCE_ENDS.contains(pieces.get(k).text())) {
                return false;
            }
            if (pieces.get(k).digits()) {
                return true;
            }
        }
        return false;
    }

    /** Whether "них", "them" stands up to three words before a share word, a comma or a bound between. */
    private static boolean themBefore(List<Piece> pieces, int index) {
        for (int k = index - 1; k >= Math.max(0, index - 3); k--) {
            String word = pieces.get(k).lower();
            if (ShareOfPeople.THEM.contains(word) && !word.equals("us") && !word.equals("нас")) {
                return true;
            }
            if (!pieces.get(k).word() && !word.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** The length of the longest phrase of {@code kind} ending right before piece {@code index}, or 0. */
    private int phraseEndingAt(List<Piece> pieces, int index, String kind) {
        ContextPhrases ofKind = phrases.get(kind);
        return ofKind == null ? 0 : ofKind.endingAt(pieces, index);
    }

    /** The length of the longest phrase of {@code kind} starting at piece {@code index}, or 0. */
    private int phraseStartingAt(List<Piece> pieces, int index, String kind) {
        ContextPhrases ofKind = phrases.get(kind);
        return ofKind == null ? 0 : ofKind.startingAt(pieces, index);
    }
}
