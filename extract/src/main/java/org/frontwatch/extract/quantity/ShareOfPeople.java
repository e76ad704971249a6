package org.frontwatch.extract.quantity;

import java.util.List;
import java.util.Set;
import org.frontwatch.extract.quantity.WordScanner.Piece;

/**
 * Tells a percentage that is a share of people ("86% военнослужащих", "20% из них") from one of tariffs, prices or
 * stocks, which is no figure. Split from {@link QuantityFinder}, which reads the percentage. Immutable.
 */
final class ShareOfPeople {
    /** Pronouns of the people counted before: "18 of them", "троє з них" ({@link QuantityFinder} reads them too). */
    static final Set<String> THEM = Set.of("them", "us", "них", "нас");
    /** Ukrainian "їх", which is also "their": a pronoun of people after a percentage only. */
    private static final Set<String> THEM_UK = Set.of("їх");
    private static final int WINDOW = 4;

    private final CountedNouns nouns;
    private final FigureContext context;

    ShareOfPeople(CountedNouns nouns, FigureContext context) {
        this.nouns = nouns;
        this.context = context;
    }

    /**
     * Whether the percentage from piece {@code start} whose "%" is at {@code percent} is a share of people: a noun of
     * people or "them" within {@value #WINDOW} words after it ("86% военнослужащих", "about 30% of
     * them", "20% из них", "26% российских горожан", "23% от общего числа потерь") or before it in its clause ("из
     * мобилизованных 30%"), or a share of people just before it in its sentence ("26% всех потерь, а сейчас — только
     * 18%", checked by the caller). Shares of tariffs, inflation,
     * prices, staff vacancies or gas stocks ("пошлину в размере 10%", "инфляции в 4%", "некомплект судей составляет
     * 20%") are no figures about people or events (DESIGN.md). Found on real news posts outside the war, 2024.
     */
    boolean at(List<Piece> pieces, int start, int percent) {
        return peopleAmongWords(pieces, percent + 1, 1) || peopleAmongWords(pieces, start - 1, -1);
    }

    /**
     * Whether people (or "them") are named among the up to {@value #WINDOW} words from {@code first}
     * on, walking by {@code step} and stopping at the first piece that is no word.
     */
    private boolean peopleAmongWords(List<Piece> pieces, int first, int step) {
        for (int n = 0, k = first; n < WINDOW && k >= 0 && k < pieces.size(); n++, k += step) {
            Piece piece = pieces.get(k);
            if (!piece.word()) {
                return false;
            }
            if (nouns.isPeople(piece) || context.sharesPeople(pieces, k) || THEM.contains(piece.lower())
                    || THEM_UK.contains(piece.lower())) {
                return true;
            }
        }
        return false;
    }
}
