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
    /** A geographical proper name (Ukrainian dictionary) with no reading as a function word or verb. */
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
    /**
     * A conjunction, preposition, particle, pronoun, verb or other function word ("Тем", "Из", "Правда" as particle),
     * also when it is a place name too ("Мені", "Того").
     */
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
        boolean geographic = false;
        for (WordAnalysis analysis : analyses) {
            String tag = analysis.tag();
            if (tag.contains("prop:geo")) {
                geographic = true;
                continue;
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
            // "Марія" is a village too, but far more often a woman
            return PERSONAL;
        }
        if (geographic) {
            return geographicOrCommon(word, language, morphology, function);
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

    /**
     * A place name that is also a common word written small — "Мені" (me; and Mena), "Того" (that; and Togo),
     * "Хотів" (wanted; a village), "Вогні" (lights; a village) — is read as that word: a function word, or a
     * common noun, which {@code PlaceFinder} accepts only with a cue. The Ukrainian dictionary keeps the two
     * apart by case, so the small form is looked up too.
     */
    private static WordClass geographicOrCommon(String word, Language language, Morphology morphology,
                                                boolean function) {
        String small = word.toLowerCase(Locale.ROOT);
        boolean noun = false;
        if (!small.equals(word)) {
            for (WordAnalysis analysis : morphology.analyses(small, language)) {
                String tag = analysis.tag();
                if (tag.contains("prop")) {
                    continue;
                }
                if (tag.startsWith("noun") || tag.startsWith("NN")) {
                    noun = true;
                } else if (!tag.startsWith("adj") && !tag.startsWith("ADJ") && !tag.startsWith("PT")) {
                    function = true;
                }
            }
        }
        return function ? FUNCTION : noun ? NOUN : GEOGRAPHIC;
    }

    /** First names in English spelling, from {@code first-names-latin.tsv}, loaded once. */
    private static final class LatinFirstNames {
        static final Set<String> NAMES = LexiconFile.read("/org/frontwatch/extract/gazetteer/first-names-latin.tsv")
                .rows().stream().map(row -> row.cell(0).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
