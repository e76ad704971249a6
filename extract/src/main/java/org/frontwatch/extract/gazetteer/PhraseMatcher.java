package org.frontwatch.extract.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.extract.text.NormalForms;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Language;

/**
 * Finds known phrases (names of regions, places, organisations) in a token list through morphology rather than
 * suffix lists: a phrase word matches a token when their written forms or their dictionary lemmas meet, so "Иркутская
 * область" matches "Иркутской области" and "Авдіївка" matches "Авдіївки". A word the dictionary does not know
 * matches a capitalised unknown token that starts with all of it but its last letter (at least four letters) and
 * adds at most three letters, unless the phrase was added without inflection guessing ("Бахмут" → "Бахмутом"); a
 * hyphenated one matches part by part, an adjective part by its stem ("Кам'янськ-Уральський" → "Кам'янську-Уральському"),
 * and a lowercase adjective neither dictionary knows by its stem too ("югорський" → "югорських");
 * a plural name in -ки matches its genitive plural even where the other language's dictionary reads it as a common noun
 * ("Кринки" → "Кринок"); an English token may carry a possessive "'s".
 *
 * <p>Case is part of a phrase: a capitalised phrase word needs a capitalised token (so "Мир" the village is not
 * "мир" the word) and an all-capitals word of two letters or more needs the same capitals ("ДНР", "ISW"); a
 * lowercase phrase word matches any case. Immutable and thread-safe once built.
 */
public final class PhraseMatcher<T> {
    private static final int PREFIX = 4;
    /** Nominative endings of Russian and Ukrainian adjectives, as hyphenated town names end ("-Уральський"). */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ий", "ій", "ый", "ой", "ая", "ое", "ее", "а", "е",
            "я", "є");

    /**
     * What an unknown name may add after its shared letters, in any case of a Russian or Ukrainian noun ("Угледар"
     * → "Угледаром", "Торецьк" → "Торецька"): "Габуния" is no case of the village Габун, "Биткойн" none of Битков.
     */
    private static final Set<String> CASE_ENDINGS = Set.of("", "а", "я", "у", "ю", "е", "є", "и", "і", "ї", "ы",
            "о", "ь", "ом", "ем", "ём", "єм", "ою", "ею", "ой", "ей", "ий", "ій", "ым", "им", "ім", "ах", "ях", "ам", "ям", "ами",
            "ями", "ов", "ев", "ів", "ої", "ого", "ому", "ую", "ая", "ое", "ые", "ых", "их", "ья",
            "ье", "ьи", "ью", "ці", "ку", "ки", "ке", "ка", "ок", "ек", "ьом", "ові", "еві", "єві",
            "ьей", "ьем");

    private final Map<String, List<Phrase<T>>> byFirstForm;
    private final Map<String, List<Phrase<T>>> byFirstPrefix;

    private PhraseMatcher(Map<String, List<Phrase<T>>> byFirstForm, Map<String, List<Phrase<T>>> byFirstPrefix) {
        this.byFirstForm = byFirstForm;
        this.byFirstPrefix = byFirstPrefix;
    }

    /** A builder lemmatising phrases with {@code analyser}. */
    public static <T> Builder<T> builder(TextAnalyser analyser) {
        return new Builder<>(analyser);
    }

    /** Every phrase that matches the tokens from {@code start} on, longest first. */
    public List<PhraseMatch<T>> matchesAt(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        if (first.kind() != TokenKind.WORD && first.kind() != TokenKind.NUMBER) {
            return List.of();
        }
        String surface = first.folded();
        List<Phrase<T>> bySurface = byFirstForm.getOrDefault(surface, List.of());
        String withoutPossessive = withoutPossessive(surface);
        List<Phrase<T>> byPossessive = withoutPossessive == surface ? List.of()
                : byFirstForm.getOrDefault(withoutPossessive, List.of());
        List<Phrase<T>> byPrefix = (first.lemmas().isEmpty() || pluralGenitiveEnding(surface)) && surface.length() >= PREFIX
                ? byFirstPrefix.getOrDefault(surface.substring(0, PREFIX), List.of()) : List.of();
        List<List<Phrase<T>>> sources = new ArrayList<>(4);
        addIfAny(sources, bySurface);
        addIfAny(sources, byPossessive);
        for (String lemma : first.foldedLemmas()) {
            addIfAny(sources, byFirstForm.getOrDefault(lemma, List.of()));
        }
        addIfAny(sources, byPrefix);
        if (sources.isEmpty()) {
            return List.of();
        }
        Collection<Phrase<T>> candidates;
        if (sources.size() == 1) {
            candidates = sources.get(0);
        } else {
            // by identity, not by the records' deep equality: equal phrases are one object in every list (build())
            List<Phrase<T>> union = new ArrayList<>();
            Set<Phrase<T>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (List<Phrase<T>> source : sources) {
                for (Phrase<T> phrase : source) {
                    if (seen.add(phrase)) {
                        union.add(phrase);
                    }
                }
            }
            candidates = union;
        }
        List<PhraseMatch<T>> matches = new ArrayList<>();
        for (Phrase<T> phrase : candidates) {
            int end = start + phrase.words().size();
            if (end > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < phrase.words().size() && all; i++) {
                all = phrase.words().get(i).matches(tokens.get(start + i));
            }
            if (all) {
                matches.add(new PhraseMatch<>(start, end, phrase.value()));
            }
        }
        matches.sort(Comparator.comparingInt((PhraseMatch<T> m) -> -m.length()));
        return matches;
    }

    /**
     * Adds {@code phrases} to {@code sources} when there are any and the same list is not there yet (a token whose
     * written form is its lemma finds one list twice); each index list holds no phrase twice.
     */
    private static <T> void addIfAny(List<List<Phrase<T>>> sources, List<Phrase<T>> phrases) {
        if (phrases.isEmpty()) {
            return;
        }
        for (List<Phrase<T>> source : sources) {
            if (source == phrases) {
                return;
            }
        }
        sources.add(phrases);
    }

    /** Lowercase, ё as е, typographic apostrophes as ', soft hyphens dropped. */
    public static String normalise(String text) {
        return NormalForms.folded(text);
    }

    private static String withoutPossessive(String surface) {
        return surface.endsWith("'s") ? surface.substring(0, surface.length() - 2) : surface;
    }

    private enum Casing { ANY, CAPITALISED, CAPITALS }

    private record Word(String written, String normal, Set<String> lemmas, Casing casing, boolean guess) {
        boolean matches(Token token) {
            String text = token.text();
            if (casing == Casing.CAPITALS) {
                return text.equals(written) || text.replace('’', '\'').equals(written);
            }
            if (casing == Casing.CAPITALISED && !Character.isUpperCase(text.codePointAt(0))) {
                return false;
            }
            String surface = token.folded();
            if (surface.equals(normal) || withoutPossessive(surface).equals(normal)) {
                return true;
            }
            for (String form : token.foldedLemmas()) {
                if (form.equals(normal) || lemmas.contains(form)) {
                    return true;
                }
            }
            if (guess && lemmas.isEmpty() && casing == Casing.ANY && token.lemmas().isEmpty() && isCyrillic(surface)
                    && isCyrillic(normal) && inflectsAdjective(surface, normal)) {
                return true; // an adjective neither dictionary knows: "югорських" of "югорський"
            }
            if (!guess || !lemmas.isEmpty() || casing != Casing.CAPITALISED || !isCyrillic(surface)) {
                return false;
            }
            // "біля Кринок": a genitive plural that the other language's dictionary reads as a common noun (кринка)
            return pluralGenitive(surface, normal)
                    || token.lemmas().isEmpty() && (inflects(surface, normal) || partsInflect(surface, normal));
        }
    }

    /**
     * Whether each part of a hyphenated unknown word may be inflected as the same part of {@code word}: Ukrainian
     * declines both ("у Кам'янську-Уральському", "Петропавловська-Камчатського").
     */
    private static boolean partsInflect(String surface, String word) {
        String[] surfaceParts = surface.split("-");
        String[] wordParts = word.split("-");
        if (wordParts.length < 2 || surfaceParts.length != wordParts.length) {
            return false;
        }
        for (int i = 0; i < wordParts.length; i++) {
            String part = surfaceParts[i];
            String known = wordParts[i];
            if (!part.equals(known) && !inflects(part, known) && !inflectsAdjective(part, known)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code surface} may be a case of the adjective {@code word} ("уральському" of "уральський"). */
    private static boolean inflectsAdjective(String surface, String word) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= PREFIX) {
                String stem = word.substring(0, word.length() - ending.length());
                return surface.startsWith(stem) && surface.length() - stem.length() <= 3
                        && surface.length() > stem.length();
            }
        }
        return false;
    }

    /** Whether {@code surface} is the genitive plural of a plural name in -ки ("Кринок" of "Кринки", "Валуйок"). */
    private static boolean pluralGenitive(String surface, String word) {
        if (!word.endsWith("ки") || word.length() - 2 < PREFIX || !surface.startsWith(word.substring(0, word.length() - 2))) {
            return false;
        }
        String ending = surface.substring(word.length() - 2);
        return ending.equals("ок") || ending.equals("ек") || ending.equals("ьок");
    }

    private static boolean pluralGenitiveEnding(String surface) {
        return surface.endsWith("ок") || surface.endsWith("ек");
    }

    /**
     * Whether {@code surface} may be an inflected form of the unknown word {@code word}: it adds at most three letters
     * to all of the word but its last letter.
     */
    private static boolean inflects(String surface, String word) {
        int common = 0;
        int limit = Math.min(surface.length(), word.length());
        while (common < limit && surface.charAt(common) == word.charAt(common)) {
            common++;
        }
        return common >= PREFIX && common >= word.length() - 1 && surface.length() - common <= 3
                && surface.length() >= word.length() - 1 && CASE_ENDINGS.contains(surface.substring(common));
    }

    private static boolean isCyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private record Phrase<T>(List<Word> words, T value) {
    }

    /** Collects phrases; not thread-safe. */
    public static final class Builder<T> {
        private final TextAnalyser analyser;
        private final Map<String, List<Phrase<T>>> byFirstForm = new HashMap<>();
        private final Map<String, List<Phrase<T>>> byFirstPrefix = new HashMap<>();

        private Builder(TextAnalyser analyser) {
            this.analyser = Objects.requireNonNull(analyser, "analyser");
        }

        /**
         * Adds {@code phrase}, lemmatised as {@code language} (Cyrillic phrases under {@link Language#EN} or
         * {@link Language#OTHER} are lemmatised as Ukrainian if they use Ukrainian letters, else as Russian).
         * Returns false when the phrase has no words.
         */
        public boolean add(String phrase, Language language, T value) {
            Objects.requireNonNull(value, "value");
            Language lemmatiseAs = lemmatisingLanguage(phrase, language);
            List<Token> tokens = analyser.analyse(phrase, lemmatiseAs, Optional.empty()).tokens();
            if (tokens.isEmpty() || tokens.get(0).kind() != TokenKind.WORD && tokens.get(0).kind() != TokenKind.NUMBER) {
                return false;
            }
            List<Word> words = new ArrayList<>(tokens.size());
            for (Token token : tokens) {
                Set<String> lemmas = new LinkedHashSet<>();
                token.lemmas().forEach(lemma -> lemmas.add(normalise(lemma)));
                words.add(new Word(token.text(), normalise(token.text()), Set.copyOf(lemmas), casing(token.text()), true));
            }
            index(new Phrase<>(List.copyOf(words), value));
            return true;
        }

        /**
         * Adds a name written in its dictionary form (a gazetteer's nominative "Авдіївка", "Бахмут"). A one-word
         * name is then indexed as written, without a dictionary lookup (much faster for tens of thousands of
         * names); longer names are lemmatised as {@link #add} does. Without {@code guessInflections} an unknown
         * one-word name matches only as written or through a token's lemmas (for foreign names, whose Cyrillic
         * spellings are too short and too varied to guess endings from).
         */
        public boolean addDictionaryForm(String phrase, Language language, T value, boolean guessInflections) {
            Objects.requireNonNull(value, "value");
            if (!isOneWord(phrase)) {
                return add(phrase, language, value);
            }
            Word word = new Word(phrase, normalise(phrase), Set.of(), casing(phrase), guessInflections);
            index(new Phrase<>(List.of(word), value));
            return true;
        }

        private void index(Phrase<T> entry) {
            Word first = entry.words().get(0);
            Set<String> keys = new LinkedHashSet<>(first.lemmas());
            keys.add(first.normal());
            for (String key : keys) {
                byFirstForm.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
            if (first.lemmas().isEmpty() && first.normal().length() >= PREFIX) {
                byFirstPrefix.computeIfAbsent(first.normal().substring(0, PREFIX), k -> new ArrayList<>()).add(entry);
            }
        }

        private static boolean isOneWord(String phrase) {
            if (phrase.isEmpty() || !Character.isLetter(phrase.codePointAt(0))) {
                return false;
            }
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                boolean inner = (c == '-' || c == '\'' || c == '’' || c == 'ʼ') && i > 0
                        && i + 1 < phrase.length() && Character.isLetter(phrase.charAt(i - 1))
                        && Character.isLetter(phrase.charAt(i + 1));
                if (!Character.isLetter(c) && !inner) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The matcher. Each index list holds one object of equal phrases, the one added first, so that phrases
         * found through several lists are told apart by identity ({@link #matchesAt}).
         */
        public PhraseMatcher<T> build() {
            Map<String, List<Phrase<T>>> forms = new HashMap<>();
            byFirstForm.forEach((k, v) -> forms.put(k, List.copyOf(new LinkedHashSet<>(v))));
            Map<String, List<Phrase<T>>> prefixes = new HashMap<>();
            byFirstPrefix.forEach((k, v) -> prefixes.put(k, List.copyOf(new LinkedHashSet<>(v))));
            return new PhraseMatcher<>(forms, prefixes);
        }

        private static Language lemmatisingLanguage(String phrase, Language language) {
            boolean cyrillic = phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.CYRILLIC);
            if (!cyrillic) {
                return Language.EN;
            }
            if (language == Language.RU || language == Language.UK) {
                return language;
            }
            return phrase.chars().anyMatch(c -> "іїєґІЇЄҐ".indexOf(c) >= 0) ? Language.UK : Language.RU;
        }

        private static Casing casing(String word) {
            long letters = word.codePoints().filter(Character::isLetter).count();
            boolean allCapitals = letters >= 2 && word.codePoints().filter(Character::isLetter)
                    .allMatch(Character::isUpperCase);
            if (allCapitals) {
                return Casing.CAPITALS;
            }
            return Character.isUpperCase(word.codePointAt(0)) ? Casing.CAPITALISED : Casing.ANY;
        }
    }
}
