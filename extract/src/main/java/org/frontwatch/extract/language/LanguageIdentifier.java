package org.frontwatch.extract.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.Language;

/**
 * Identifies the language of a text as English, Russian or Ukrainian ({@link Language#OTHER} otherwise) from three
 * kinds of evidence, small enough to work on a one-line Telegram post: the share of Cyrillic and Latin letters
 * (outside URLs, @names and hashtags), letters only one language uses (і ї є ґ against ы э ъ ё), and frequent
 * function words from {@code function-words.tsv}. A Cyrillic text with no evidence either way is Russian, the more
 * common language of the sources; a Latin text without signs of another language is English. Immutable and
 * thread-safe.
 */
public final class LanguageIdentifier {
    private static final String RESOURCE = "function-words.tsv";
    private static final LanguageIdentifier BUNDLED = new LanguageIdentifier(readEvidence());

    private final Evidence evidence;

    private LanguageIdentifier(Evidence evidence) {
        this.evidence = evidence;
    }

    /** The identifier over the bundled word lists. */
    public static LanguageIdentifier bundled() {
        return BUNDLED;
    }

    /** The language most of {@code text} is written in. */
    public Language identify(String text) {
        Objects.requireNonNull(text, "text");
        Map<Language, Double> score = new EnumMap<>(Language.class);
        int cyrillic = 0;
        int latin = 0;
        for (String word : words(text)) {
            String lower = word.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
                Language marked = evidence.letters.get(c);
                if (marked != null) {
                    score.merge(marked, 1.0, Double::sum);
                }
            }
            Language function = evidence.words.get(lower);
            if (function != null) {
                score.merge(function, 2.0, Double::sum);
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return Language.OTHER;
        }
        double ukrainian = score.getOrDefault(Language.UK, 0.0);
        double russian = score.getOrDefault(Language.RU, 0.0);
        double english = score.getOrDefault(Language.EN, 0.0);
        double other = score.getOrDefault(Language.OTHER, 0.0);
        if (cyrillic >= latin) {
            if (other > ukrainian + russian) {
                return Language.OTHER;
            }
            return ukrainian > russian ? Language.UK : Language.RU;
        }
        return other > english ? Language.OTHER : Language.EN;
    }

    /** Words of the text, leaving out URLs, e-mail addresses, @names and hashtags. */
    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.split("[\\s\\p{Z}]+"))
                .filter(chunk -> !chunk.contains("://") && !chunk.startsWith("www.") && !chunk.startsWith("@")
                        && !chunk.startsWith("#") && !chunk.contains("@") && !chunk.startsWith("t.me/"))
                .flatMap(chunk -> java.util.Arrays.stream(chunk.split("[^\\p{L}'’ʼ]+")))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private record Evidence(Map<String, Language> words, Map<Character, Language> letters) {
    }

    private static Evidence readEvidence() {
        Map<String, Language> words = new HashMap<>();
        Map<Character, Language> letters = new HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new FrontwatchException("resource missing: org/frontwatch/extract/language/" + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) {
                    throw new FrontwatchException("org/frontwatch/extract/language/" + RESOURCE + " line "
                            + lineNumber + ": expected 3 tab-separated columns, found " + columns.length);
                }
                Language language = Language.ofCode(columns[0]);
                if (columns[1].equals("letters")) {
                    for (char c : columns[2].toCharArray()) {
                        letters.put(c, language);
                    }
                } else {
                    for (String word : columns[2].split(" ")) {
                        if (words.containsKey(word) && words.get(word) != language) {
                            shared.add(word);
                        }
                        words.put(word, language);
                    }
                }
            }
        } catch (IOException e) {
            throw new FrontwatchException("cannot read org/frontwatch/extract/language/" + RESOURCE + ": "
                    + e.getMessage(), e);
        }
        // a word in two lists is evidence for neither
        words.keySet().removeAll(shared);
        return new Evidence(Map.copyOf(words), Map.copyOf(letters));
    }
}
