package org.frontwatch.extract.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
        Tally tally = new Tally(evidence);
        forEachWord(text, (from, to) -> tally.count(text.substring(from, to).toLowerCase(Locale.ROOT)));
        return tally.verdict();
    }

    /** Where a word of a text lies: from inclusive, to exclusive. */
    @FunctionalInterface
    interface WordSpan {
        void accept(int from, int to);
    }

    /**
     * Each word of the text in one pass: chunks between whitespace or Unicode separators, leaving out URLs, e-mail
     * addresses, @names and hashtags, and in each chunk the runs of letters and apostrophes.
     */
    static void forEachWord(String text, WordSpan action) {
        int length = text.length();
        int k = 0;
        while (k < length) {
            int codePoint = text.codePointAt(k);
            if (separates(codePoint)) {
                k += Character.charCount(codePoint);
                continue;
            }
            int chunkStart = k;
            while (k < length && !separates(codePoint = text.codePointAt(k))) {
                k += Character.charCount(codePoint);
            }
            if (!isAddressOrName(text, chunkStart, k)) {
                wordsOf(text, chunkStart, k, action);
            }
        }
    }

    /** Each word of the chunk: a run of letters and apostrophes. */
    private static void wordsOf(String text, int start, int end, WordSpan action) {
        int k = start;
        while (k < end) {
            int codePoint = text.codePointAt(k);
            if (!inWord(codePoint)) {
                k += Character.charCount(codePoint);
                continue;
            }
            int wordStart = k;
            while (k < end && inWord(codePoint = text.codePointAt(k))) {
                k += Character.charCount(codePoint);
            }
            action.accept(wordStart, k);
        }
    }

    /** A chunk separator: whitespace ({@code \\s}) or a Unicode space, line or paragraph separator. */
    private static boolean separates(int codePoint) {
        switch (codePoint) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r' -> {
                return true;
            }
            default -> {
                int type = Character.getType(codePoint);
                return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR;
            }
        }
    }

    /** Whether the chunk is a URL, an e-mail address, an @name or a hashtag: no evidence of the language. */
    private static boolean isAddressOrName(String text, int start, int end) {
        if (text.startsWith("www.", start) && start + 4 <= end || text.startsWith("t.me/", start) && start + 5 <= end
                || text.charAt(start) == '#') {
            return true;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '@' || c == ':' && k + 3 <= end && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/') {
                return true;
            }
        }
        return false;
    }

    /** Whether a code point belongs to a word: a letter or an apostrophe. */
    private static boolean inWord(int codePoint) {
        return codePoint == '\'' || codePoint == '’' || codePoint == 'ʼ' || Character.isLetter(codePoint);
    }

    /** Letters by script and evidence points by language, counted word by word. */
    private static final class Tally {
        private final Evidence evidence;
        private final long[] points = new long[Language.values().length];
        private int cyrillic;
        private int latin;

        Tally(Evidence evidence) {
            this.evidence = evidence;
        }

        void count(String lower) {
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                Character.UnicodeScript script = evidence.script(c);
                if (script == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
                Language marked = evidence.letter(c);
                if (marked != null) {
                    points[marked.ordinal()] += 1;
                }
            }
            Language function = evidence.words.get(lower);
            if (function != null) {
                points[function.ordinal()] += 2;
            }
        }

        Language verdict() {
            if (cyrillic == 0 && latin == 0) {
                return Language.OTHER;
            }
            long ukrainian = points[Language.UK.ordinal()];
            long russian = points[Language.RU.ordinal()];
            long english = points[Language.EN.ordinal()];
            long other = points[Language.OTHER.ordinal()];
            if (cyrillic >= latin) {
                if (other > ukrainian + russian) {
                    return Language.OTHER;
                }
                return ukrainian > russian ? Language.UK : Language.RU;
            }
            return other > english ? Language.OTHER : Language.EN;
        }
    }

    /**
     * Function words and marked letters; for the letters most texts use (through Cyrillic) the script and the
     * marked language are looked up in tables instead of a binary search and a boxed map key.
     */
    private record Evidence(Map<String, Language> words, Map<Character, Language> letters,
                            Character.UnicodeScript[] scripts, Language[] marks) {
        private static final int TABLED = 0x530;

        Evidence(Map<String, Language> words, Map<Character, Language> letters) {
            this(words, letters, new Character.UnicodeScript[TABLED], new Language[TABLED]);
            for (char c = 0; c < TABLED; c++) {
                scripts[c] = Character.UnicodeScript.of(c);
                marks[c] = letters.get(c);
            }
        }

        Character.UnicodeScript script(char c) {
            return c < TABLED ? scripts[c] : Character.UnicodeScript.of(c);
        }

        Language letter(char c) {
            return c < TABLED ? marks[c] : letters.get(c);
        }
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
