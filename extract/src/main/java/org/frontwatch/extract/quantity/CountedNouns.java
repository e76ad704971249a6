package org.frontwatch.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.quantity.WordScanner.Piece;

/**
 * The nouns a figure counts, from {@code counted-nouns.tsv} (each with its English unit: "men", "drones",
 * "percent"; money and measures with the unit "-", which ends the search), and the words of a loss table's labels
 * from {@code label-nouns.tsv}: which counted noun follows a number, the head of a chain of counted words ("340
 * dead mobilised soldiers") and which nouns count people. Split from {@link QuantityFinder}. Immutable.
 */
final class CountedNouns {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int NOUN_WINDOW = 3;
    private static final Set<String> ATTRIBUTIVE_ENGLISH = Set.of("dead", "killed", "wounded",
            "injured", "mobilised", "mobilized", "missing", "criminal", "russian", "ukrainian");
    /** The unit of {@code counted-nouns.tsv} rows that end the search for a counted noun: money and measures. */
    private static final String NOT_COUNTED = "-";
    private static final Set<String> NOT_PEOPLE = Set.of(NOT_COUNTED, "percent", "regions", "cases",
            "sentences", "videos", "tanks", "armoured vehicles", "artillery systems", "drones", "aircraft", "missiles",
            "units", "settlements", "attacks", "multiple rocket launchers", "vehicles", "air defence systems", "ships",
            "equipment", "signatures", "draft notices", "funerals", "shells");

    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final List<Pattern> labelPatterns = new ArrayList<>();
    private final List<String> labelUnits = new ArrayList<>();

    CountedNouns(String countedResource, String labelResource) {
        for (LexiconFile.Row row : LexiconFile.read(countedResource).rows()) {
            units.add(row.cell(0));
            patterns.add(Pattern.compile(row.cell(1), FLAGS));
        }
        for (LexiconFile.Row row : LexiconFile.read(labelResource).rows()) {
            labelUnits.add(row.cell(0));
            labelPatterns.add(Pattern.compile(row.cell(1), FLAGS));
        }
    }

    /** The English unit of the counted noun at lexicon index {@code kind} ("men", "percent", "-"). */
    String unit(int kind) {
        return units.get(kind);
    }

    /** The counted noun after a figure: its lexicon index and piece index, at most three words on. */
    Optional<int[]> after(List<Piece> pieces, int from) {
        for (int position = from; position < Math.min(pieces.size(), from + NOUN_WINDOW); position++) {
            Piece piece = pieces.get(position);
            if (piece.text().equals("%")) {
                return Optional.of(new int[] {units.indexOf("percent"), position});
            }
            if (!piece.word()) {
                return Optional.empty();
            }
            for (int k = 0; k < patterns.size(); k++) {
                if (patterns.get(k).matcher(piece.text()).matches()) {
                    return units.get(k).equals(NOT_COUNTED) ? Optional.empty() : Optional.of(new int[] {k, position});
                }
            }
            if (position + 1 < pieces.size() && piece.lower().equals("per")
                    && pieces.get(position + 1).lower().equals("cent")) {
                return Optional.of(new int[] {units.indexOf("percent"), position + 1});
            }
        }
        return Optional.empty();
    }

    /**
     * The head of a chain of counted words ("340 dead mobilised soldiers", "1 030 загиблих і поранених росіян",
     * "600 criminal cases"): the last counted word reached through counted words and "and"/"і"/"и".
     */
    int[] headOf(List<Piece> pieces, int[] first) {
        int[] head = first;
        int position = first[1] + 1;
        while (position < pieces.size() && isAttributive(pieces.get(head[1]).lower())) {
            Piece piece = pieces.get(position);
            if (piece.lower().equals("and") || piece.lower().equals("і") || piece.lower().equals("и")
                    || piece.lower().equals("та")) {
                position++;
                continue;
            }
            int kind = indexOf(piece);
            if (kind < 0) {
                break;
            }
            head = new int[] {kind, position};
            position++;
        }
        return head;
    }

    /** A counted word that can stand before another ("dead", "mobilised", "погибших", "російських"). */
    private static boolean isAttributive(String lower) {
        return ATTRIBUTIVE_ENGLISH.contains(lower) || lower.endsWith("ых") || lower.endsWith("их");
    }

    /** Whether the piece is a counted noun (not money or a measure). */
    boolean isCounted(Piece piece) {
        int kind = indexOf(piece);
        return kind >= 0 && !units.get(kind).equals(NOT_COUNTED);
    }

    /** Whether the piece is a counted noun of people (not money, measures, equipment, cases or regions). */
    boolean isPeople(Piece piece) {
        int kind = indexOf(piece);
        return kind >= 0 && !NOT_PEOPLE.contains(units.get(kind));
    }

    /** What a word of a loss table's label counts: a counted noun's unit, else one of {@code label-patterns.tsv}. */
    Optional<String> labelUnit(Piece piece) {
        if (isCounted(piece)) {
            return Optional.of(units.get(indexOf(piece)));
        }
        if (!piece.word()) {
            return Optional.empty();
        }
        for (int k = 0; k < labelPatterns.size(); k++) {
            if (labelPatterns.get(k).matcher(piece.text()).matches()) {
                return Optional.of(labelUnits.get(k));
            }
        }
        return Optional.empty();
    }

    /** The lexicon index of the counted noun {@code piece} is, -1 when it is none. */
    int indexOf(Piece piece) {
        if (!piece.word()) {
            return -1;
        }
        for (int k = 0; k < patterns.size(); k++) {
            if (patterns.get(k).matcher(piece.text()).matches()) {
                return k;
            }
        }
        return -1;
    }
}
