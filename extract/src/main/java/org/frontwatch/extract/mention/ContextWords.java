package org.frontwatch.extract.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.gazetteer.PhraseMatcher;
import org.frontwatch.extract.text.Token;
import org.frontwatch.model.FrontwatchException;

/**
 * The words region and place finders read around a name (region heads, people nouns, prepositions, settlement
 * words, coordinators, place names that are common words), from {@code gazetteer/context-words.tsv}, with the small
 * places named like ordinary English words of {@code english-word-places.tsv} among the common names. Languages are
 * pooled: a Russian quotation in a Ukrainian post is read the same way.
 */
final class ContextWords {
    private static final String RESOURCE = "/org/frontwatch/extract/gazetteer/context-words.tsv";
    /** Small places named like ordinary English words ("Star", "Step"), generated from the gazetteer: common names. */
    private static final String ENGLISH_WORD_PLACES = "/org/frontwatch/extract/gazetteer/english-word-places.tsv";
    private static final ContextWords BUNDLED = read();

    private final Map<String, Set<String>> byKind;

    private ContextWords(Map<String, Set<String>> byKind) {
        this.byKind = byKind;
    }

    static ContextWords bundled() {
        return BUNDLED;
    }

    /** Whether {@code token}'s form or one of its lemmas is a word of {@code kind}. */
    boolean is(String kind, Token token) {
        Set<String> words = byKind.getOrDefault(kind, Set.of());
        if (words.contains(token.folded())) {
            return true;
        }
        for (String lemma : token.foldedLemmas()) {
            if (words.contains(lemma)) {
                return true;
            }
        }
        return token.lemmas().isEmpty() && knownStemOf(words, token.folded());
    }

    /**
     * Whether a word the dictionary does not know is a listed word with a case ending of one to three letters
     * ("контрактников", "морпехи": the dictionary has no lemma for either).
     */
    private static boolean knownStemOf(Set<String> words, String folded) {
        for (int cut = 1; cut <= 3 && folded.length() - cut >= 5; cut++) {
            if (words.contains(folded.substring(0, folded.length() - cut))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the normalised {@code form} is a word of {@code kind}. */
    boolean contains(String kind, String form) {
        return byKind.getOrDefault(kind, Set.of()).contains(PhraseMatcher.normalise(form));
    }

    private static ContextWords read() {
        Map<String, Set<String>> byKind = new HashMap<>();
        try (InputStream in = ContextWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new FrontwatchException("resource missing from the class path: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] columns = text.split("\t");
                if (columns.length != 3) {
                    throw new FrontwatchException(RESOURCE + " line " + line + ": expected 3 tab-separated columns, "
                            + "found " + columns.length);
                }
                Set<String> words = byKind.computeIfAbsent(columns[0], k -> new HashSet<>());
                for (String word : columns[2].split(" ")) {
                    words.add(PhraseMatcher.normalise(word));
                }
            }
        } catch (IOException e) {
            throw new FrontwatchException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        Set<String> commonNames = byKind.computeIfAbsent("common-name", k -> new HashSet<>());
        LexiconFile.read(ENGLISH_WORD_PLACES).rows().forEach(row -> commonNames.add(PhraseMatcher.normalise(row.cell(0))));
        Map<String, Set<String>> frozen = new HashMap<>();
        byKind.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new ContextWords(Map.copyOf(frozen));
    }
}
