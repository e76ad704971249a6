package org.frontwatch.extract.quantity;

import java.util.List;
import java.util.Set;
import org.frontwatch.extract.quantity.WordScanner.Piece;

/**
 * Bare numbers in a list of counts that name their noun once, before the list: "Свердловская область (208) и Татарстан
 * (176)", "the Voronezh court with 352", "а 38 — по статье 332", and the breakdowns by region outlets publish, "131 from
 * the Sverdlovsk region, 84 from the Kurgan region", "97 из Приморья, 68 из Хабаровского края", "104 — з Тульської
 * області, 81 — з Калузької", "четыре — в Якутии". Such a number counts what the figure before it in its sentence
 * counts; {@link QuantityFinder} asks only when there is one. Split from {@link QuantityFinder}. Immutable.
 */
final class ListedCounts {
    /** "…, а 38 — по статье 332", "and 68 — for refusing": a conjunction before an elliptical count. */
    private static final Set<String> CONJUNCTIONS = Set.of("а", "и", "і", "й", "та", "and");
    private static final Set<String> DASHES = Set.of("—", "–");
    /** Where a count of a breakdown comes from or is: "from the Sverdlovsk region", "из Приморья", "в Якутии". */
    private static final Set<String> ORIGIN_PREPOSITIONS = Set.of("from", "in", "из", "с", "со", "в", "во", "на", "з",
            "із", "зі", "у");
    private static final Set<String> ARTICLES = Set.of("the");

    private final NumberWords numberWords;

    ListedCounts(NumberWords numberWords) {
        this.numberWords = numberWords;
    }

    /**
     * Whether the number from piece {@code index} to {@code next} stands in such a list: alone in brackets after a name
     * ("Татарстан (176)", "(пять)"; a year is no count), after "with" ("the Kursk court with 309,", "Tatarstan with
     * 4,300"), after a conjunction before a dash ("а 38 — по статье 332"), or before where its share comes from, right
     * after it or after a dash ("84 from the Kurgan region", "68 из Хабаровского края", "81 — з Калузької").
     */
    boolean listed(List<Piece> pieces, int index, int next) {
        if (index == 0 || next >= pieces.size() || !isNumber(pieces, index, next)) {
            return false;
        }
        String before = pieces.get(index - 1).lower();
        String after = pieces.get(next).text();
        String number = pieces.get(index).text();
        boolean year = next == index + 1 && number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
        if (year) {
            return false;
        }
        return before.equals("(") && after.equals(")")
                || before.equals("with") && !pieces.get(next).word() && !pieces.get(next).digits()
                || before.equals("with") && CONJUNCTIONS.contains(pieces.get(next).lower())
                || CONJUNCTIONS.contains(before) && DASHES.contains(after)
                || fromAName(pieces, DASHES.contains(after) ? next + 1 : next);
    }

    /** Digits, or one number word ("четыре", "nine"). */
    private boolean isNumber(List<Piece> pieces, int index, int next) {
        for (int k = index; k < next; k++) {
            if (!pieces.get(k).digits()) {
                return next == index + 1 && numberWords.isValue(pieces.get(k).lower());
            }
        }
        return true;
    }

    /** "from the Sverdlovsk region", "из Приморья", "з Калузької": a preposition of origin before a capitalised name. */
    private static boolean fromAName(List<Piece> pieces, int at) {
        if (at + 1 >= pieces.size() || !ORIGIN_PREPOSITIONS.contains(pieces.get(at).lower())) {
            return false;
        }
        int name = at + 1;
        if (ARTICLES.contains(pieces.get(name).lower()) && name + 1 < pieces.size()) {
            name++;
        }
        Piece word = pieces.get(name);
        return word.word() && Character.isUpperCase(word.text().codePointAt(0));
    }
}
