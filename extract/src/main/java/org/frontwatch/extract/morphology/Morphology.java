package org.frontwatch.extract.morphology;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.Language;

/**
 * Lemmas and tags of Russian and Ukrainian words from the morfologik dictionaries that LanguageTool publishes
 * ({@code language-ru}, {@code morfologik-ukrainian-lt}; LGPL). The dictionaries are read once per process; lookups
 * are thread-safe ({@link DictionaryLookup} is not, so each thread gets its own lookup over the shared dictionary)
 * and recent answers are cached. English words have no dictionary: their lemma is their lowercase form.
 *
 * <p>The Russian dictionary holds lowercase forms only; the Ukrainian one keeps proper names capitalised
 * ("Авдіївки" → Авдіївка {@code prop:geo}), so Ukrainian words are looked up as written, then lowercase, then
 * capitalised.
 */
public final class Morphology {
    private static final String RUSSIAN = "/org/languagetool/resource/ru/russian.dict";
    private static final String UKRAINIAN = "/org/languagetool/resource/uk/ukrainian.dict";
    private static final int CACHE_LIMIT = 200_000;
    /** Ukrainian dictionary tags of the cases a region's adjective takes after a preposition. */
    private static final List<String> OBLIQUE_CASES = List.of("v_rod", "v_dav", "v_mis", "v_oru");

    private static final class Bundled {
        static final Morphology INSTANCE = new Morphology(read(RUSSIAN), read(UKRAINIAN));
    }

    private final ThreadLocal<DictionaryLookup> russian;
    private final ThreadLocal<DictionaryLookup> ukrainian;
    private final ConcurrentHashMap<String, List<WordAnalysis>> russianCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<WordAnalysis>> ukrainianCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> russianLemmas = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> ukrainianLemmas = new ConcurrentHashMap<>();

    private Morphology(Dictionary russianDictionary, Dictionary ukrainianDictionary) {
        this.russian = ThreadLocal.withInitial(() -> new DictionaryLookup(russianDictionary));
        this.ukrainian = ThreadLocal.withInitial(() -> new DictionaryLookup(ukrainianDictionary));
    }

    /** The morphology over the bundled dictionaries, read on first use and shared. */
    public static Morphology bundled() {
        return Bundled.INSTANCE;
    }

    /** Lowercase lemmas of {@code word}; empty when the dictionary does not know it (and always for English). */
    public Set<String> lemmas(String word, Language language) {
        ConcurrentHashMap<String, Set<String>> cache = switch (language) {
            case RU -> russianLemmas;
            case UK -> ukrainianLemmas;
            default -> null;
        };
        if (cache == null || word.isEmpty() || word.length() > 64) {
            return Set.of();
        }
        return cached(cache, word, known -> lemmasOf(analyses(known, language)));
    }

    private static Set<String> lemmasOf(List<WordAnalysis> analyses) {
        if (analyses.isEmpty()) {
            return Set.of();
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (WordAnalysis analysis : analyses) {
            lemmas.add(analysis.lemma());
        }
        return Set.copyOf(lemmas);
    }

    /** Every reading of {@code word} (lemma lowercase, dictionary tag); empty when unknown or not RU/UK. */
    public List<WordAnalysis> analyses(String word, Language language) {
        if (word.isEmpty() || word.length() > 64) {
            return List.of();
        }
        return switch (language) {
            case RU -> cached(russianCache, word, this::lookupRussian);
            case UK -> cached(ukrainianCache, word, this::lookupUkrainian);
            default -> List.of();
        };
    }

    /** Whether some reading of {@code word} is a geographical proper name in the dictionary. */
    public boolean isGeographicName(String word, Language language) {
        return analyses(word, language).stream().anyMatch(WordAnalysis::isGeographicName);
    }

    private static <V> V cached(ConcurrentHashMap<String, V> cache, String word,
                                java.util.function.Function<String, V> lookup) {
        V known = cache.get(word);
        if (known != null) {
            return known;
        }
        V found = lookup.apply(word);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, found);
        return found;
    }

    private List<WordAnalysis> lookupRussian(String word) {
        String lower = normaliseRussian(word.toLowerCase(Locale.ROOT));
        return lookup(russian.get(), lower);
    }

    private List<WordAnalysis> lookupUkrainian(String word) {
        String written = normaliseUkrainian(word);
        List<WordAnalysis> found = lookup(ukrainian.get(), written);
        String lower = written.toLowerCase(Locale.ROOT);
        if (!found.isEmpty()) {
            // "Приморського" is the village Приморське and the adjective of "Приморського краю": a capitalised proper
            // name keeps the oblique adjective readings of its lowercase form, which "<adjective> край/область" needs
            return lower.equals(written) ? found : withAdjectivesOf(found, lookup(ukrainian.get(), lower));
        }
        if (!lower.equals(written)) {
            found = lookup(ukrainian.get(), lower);
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (lower.isEmpty()) {
            return List.of();
        }
        String capitalised = lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        return capitalised.equals(written) ? List.of() : lookup(ukrainian.get(), capitalised);
    }

    private static List<WordAnalysis> withAdjectivesOf(List<WordAnalysis> found, List<WordAnalysis> lowercase) {
        // only the oblique cases: "Первомайське" (nominative and accusative) stays the village, not a form of
        // Первомайський, the Kharkiv-region town
        List<WordAnalysis> adjectives = lowercase.stream()
                .filter(a -> a.tag().startsWith("adj") && OBLIQUE_CASES.stream().anyMatch(a.tag()::contains)).toList();
        if (adjectives.isEmpty()) {
            return found;
        }
        List<WordAnalysis> all = new ArrayList<>(found);
        adjectives.stream().filter(a -> !all.contains(a)).forEach(all::add);
        return List.copyOf(all);
    }

    private static List<WordAnalysis> lookup(DictionaryLookup lookup, String word) {
        List<WordData> data = lookup.lookup(word);
        if (data.isEmpty()) {
            return List.of();
        }
        List<WordAnalysis> analyses = new ArrayList<>(data.size());
        for (WordData entry : data) {
            CharSequence stem = entry.getStem();
            CharSequence tag = entry.getTag();
            if (stem != null && stem.length() > 0) {
                analyses.add(new WordAnalysis(stem.toString().toLowerCase(Locale.ROOT),
                        tag == null ? "" : tag.toString()));
            }
        }
        return List.copyOf(analyses);
    }

    /** The Russian dictionary spells with ё where it belongs but also accepts е; strip stress marks. */
    private static String normaliseRussian(String word) {
        return word.replace("\u0301", "");
    }

    /** The Ukrainian dictionary writes the apostrophe as U+0027; news writes ’ or ʼ as well. */
    private static String normaliseUkrainian(String word) {
        return word.replace('\u2019', '\'').replace('\u02BC', '\'').replace('`', '\'').replace("\u0301", "");
    }

    private static Dictionary read(String resource) {
        URL url = Morphology.class.getResource(resource);
        if (url == null) {
            throw new FrontwatchException("morphological dictionary missing from the class path: " + resource);
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new FrontwatchException("cannot read morphological dictionary " + resource + ": " + e.getMessage(), e);
        }
    }
}
