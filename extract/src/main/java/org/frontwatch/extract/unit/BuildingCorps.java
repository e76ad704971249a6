package org.frontwatch.extract.unit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.model.Mention;

/**
 * Tells a numbered building from a numbered corps: Russian and Ukrainian "корпус" is also a building of a university,
 * a hospital or a housing block ("у первого корпуса Тбилисского университета", "третьего жилого корпуса"). A corps
 * mention whose words, or a word after it past names and genitive adjectives (up to three), begin like a building
 * word (building-words.tsv) is a building.
 * Split from {@link UnitFinder}, which finds the designations. Immutable and thread-safe.
 */
final class BuildingCorps {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[\\s«\"„“]*(\\p{L}[\\p{L}-]*)");
    private static final String CORPS = "unit:corps:";
    /** How far after the corps a building word may stand, past names and adjectives ("Тбилисского …"). */
    private static final int WORDS_AFTER = 3;
    private static final Pattern GENITIVE_ADJECTIVE = Pattern.compile("(?:ого|его|ой|ей|ої|ьої)$");

    private final List<String> buildingWords;

    BuildingCorps(String resource) {
        buildingWords = LexiconFile.read(resource).rows().stream()
                .map(row -> row.cell(0).toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether a unit mention of {@code text} is a numbered building rather than a corps. */
    boolean isBuilding(String text, Mention unit) {
        if (!unit.key().startsWith(CORPS)) {
            return false;
        }
        Matcher inside = WORD.matcher(unit.text());
        while (inside.find()) {
            if (isBuildingWord(inside.group())) {
                return true;
            }
        }
        Matcher after = NEXT_WORD.matcher(text);
        int position = unit.span().end();
        for (int k = 0; k < WORDS_AFTER && after.find(position); k++) {
            String word = after.group(1);
            if (isBuildingWord(word)) {
                return true;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) && !GENITIVE_ADJECTIVE.matcher(word).find()) {
                return false;
            }
            position = after.end();
        }
        return false;
    }

    private boolean isBuildingWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return buildingWords.stream().anyMatch(lower::startsWith);
    }
}
