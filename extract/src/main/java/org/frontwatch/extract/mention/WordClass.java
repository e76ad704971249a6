package org.frontwatch.extract.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.morphology.Morphology;
import org.frontwatch.extract.morphology.WordAnalysis;
import org.frontwatch.model.Language;

/**
 * What the morphological dictionary says a capitalised word is, as far as telling place names from other words
 * goes. The Ukrainian dictionary marks geographical names ({@code prop:geo}) and personal names; the Russian one
 * marks first names ({@code Name}), surnames ({@code Fam}) and patronymics but lists place names as ordinary nouns.
 */
enum WordClass {
    /** A geographical proper name (Ukrainian dictionary). */
    GEOGRAPHIC,
    /**
     * A first name, patronymic or surname among its readings ("Владимир", "Таня", "Павлову"; also "Харькове", which the
     * Russian dictionary knows as a surname too — such places need a preposition before them).
     */
    PERSONAL,
    /** Only adjective or participle readings ("Белого", "Северной", "Высший"). */
    ADJECTIVE,
    /** A common noun among its readings ("Выборы", "Атаки", but also "Курском" as Курск). */
    NOUN,
    /** A conjunction, preposition, particle, pronoun or other function word ("Тем", "Из", "Правда" as particle). */
    FUNCTION,
    /** Not in the dictionary (or an English word that is not a listed first name). */
    UNKNOWN;

    static WordClass of(String word, Language language, Morphology morphology) {
        if (language != Language.RU && language != Language.UK) {
            return LatinFirstNames.NAMES.contains(word.toLowerCase(Locale.ROOT)) ? PERSONAL : UNKNOWN;
        }
        List<WordAnalysis> analyses = morphology.analyses(word, language);
        if (analyses.isEmpty()) {
            analyses = morphology.analyses(word, language == Language.RU ? Language.UK : Language.RU);
        }
        if (analyses.isEmpty()) {
            return UNKNOWN;
        }
        boolean noun = false;
        boolean adjective = false;
        boolean function = false;
        boolean surname = false;
        boolean personal = false;
        for (WordAnalysis analysis : analyses) {
            String tag = analysis.tag();
            if (tag.contains("prop:geo")) {
                return GEOGRAPHIC;
            }
            if (tag.contains(":Name") || tag.contains("prop:fname") || tag.contains(":Patr")
                    || tag.contains("prop:pname") || tag.contains(":Fam")) {
                personal = true;
                continue;
            }
            if (tag.contains("prop:lname")) {
                surname = true;
                continue;
            }
            if (tag.startsWith("NN") || tag.startsWith("noun")) {
                noun = true;
            } else if (tag.startsWith("ADJ:MPR") || tag.contains("pron")) {
                function = true;
            } else if (tag.startsWith("ADJ") || tag.startsWith("PT") || tag.startsWith("adj")) {
                adjective = true;
            } else {
                function = true;
            }
        }
        if (personal) {
            return PERSONAL;
        }
        if (function) {
            return FUNCTION;
        }
        if (noun) {
            return NOUN;
        }
        if (adjective) {
            return ADJECTIVE;
        }
        return surname ? PERSONAL : UNKNOWN;
    }

    /** First names in English spelling, from {@code first-names-latin.tsv}, loaded once. */
    private static final class LatinFirstNames {
        static final Set<String> NAMES = LexiconFile.read("/org/frontwatch/extract/gazetteer/first-names-latin.tsv")
                .rows().stream().map(row -> row.cell(0).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
