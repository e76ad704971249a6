package org.frontwatch.extract.claim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontwatch.extract.LexiconFile;

/**
 * The words ClaimFinder and its readers read around claimants, by kind, from {@code claimant-words.tsv}: references
 * ("he", "её"), reference nouns ("the channel", "у зведенні"), determiners, prepositions, adverbs, continuation
 * words, speakers, addressees, venues, relative pronouns and nouns of bodies that are no persons (see the file's
 * header). Immutable once read.
 */
final class ClaimantWords {
    private static final Set<String> KINDS = Set.of("reference", "reference-noun", "preposition", "adverb",
            "determiner", "continuation", "speaker", "addressee", "venue", "relative", "body", "article", "complementizer",
            "office", "topic", "negation", "told", "medium", "medium-preposition", "possessive");

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "он", "она", "він", "вона");

    private final Map<String, Set<String>> byKind = new HashMap<>();

    ClaimantWords(String resource) {
        LexiconFile file = LexiconFile.read(resource);
        for (LexiconFile.Row row : file.rows()) {
            if (!KINDS.contains(row.cell(0))) {
                throw file.badRow(row, "unknown kind " + row.cell(0));
            }
            byKind.computeIfAbsent(row.cell(0), k -> new HashSet<>()).add(row.cell(1));
        }
    }

    /** Whether the lowercase word is one of {@code kind}. */
    boolean is(String kind, String lowercase) {
        return byKind.getOrDefault(kind, Set.of()).contains(lowercase);
    }

    /** Whether a claimant may be a person "he" or "she" refers to: no organisation and no body's noun ("The unit"). */
    boolean person(String name, boolean organisation) {
        return !organisation && !name.isBlank() && java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+"))
                .noneMatch(word -> is("body", word) || is("reference", word));
    }

    /** Whether {@code name} is only a personal pronoun of the third person singular ("he", "she", "она", "вона"). */
    boolean personalPronoun(String name) {
        return PERSONAL_PRONOUNS.contains(name.toLowerCase(Locale.ROOT).strip());
    }

    /**
     * Whether the claimant {@code name} is only a word of {@code kind} ("reference" or "reference-noun"), after
     * determiners ("the channel", "того ж каналу", "the morning update"), or ends in a possessive and such a word ("её
     * журналисты", "its researchers"): it names nobody new.
     */
    boolean refersBack(String name, String kind) {
        String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
        int first = 0;
        while (first < parts.length - 1 && is("determiner", parts[first])) {
            first++;
        }
        return first == parts.length - 1 && is(kind, parts[first]) || ownedBy(name, kind);
    }

    /**
     * Whether the claimant {@code name} ends in a possessive and a word of {@code kind} ("Только за две последние
     * недели её журналисты", "its researchers"): the staff of one named before, whatever stands first.
     */
    boolean ownedBy(String name, String kind) {
        String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
        int last = parts.length - 1;
        return last >= 1 && is("possessive", parts[last - 1]) && is(kind, parts[last]);
    }
}
