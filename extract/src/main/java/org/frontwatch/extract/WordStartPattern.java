package org.frontwatch.extract;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only at word starts (see {@link WordStarts}) and there only where the word's first character is
 * one the pattern can begin with: most of a finder's many patterns cannot start at most words ("(\d{1,2})…" at a
 * letter, a month alternation at "the"), and knowing that from one table look-up skips the regex engine, which tries
 * every branch of an alternation in turn.
 *
 * <p>The table is worked out when the pattern is built, by asking the regex engine itself: the pattern with its
 * lookbehinds removed (which can only let more through) is tried on the one-character text {@code c}; if it neither
 * matches nor reads past that character ({@link Matcher#hitEnd()}), no text at a word starting with {@code c} can
 * match, so skipping such words leaves the matches exactly as they were. The first two characters are judged the
 * same way, on first use of each pair, and kept in a small cache. Characters beyond the table (outside Latin
 * and Cyrillic) and patterns with constructs the probe cannot judge ({@code \G}, {@code \B}, back references) are
 * always tried. Thread-safe: the pair cache is lock-free and each slot checks its own key.
 */
public final class WordStartPattern {
    /** First characters judged up front: Basic Latin through Cyrillic Supplement. */
    private static final int JUDGED = 0x530;

    /** Slots of the cache of judged first two characters (a power of two). */
    private static final int PAIR_SLOTS = 1024;
    private static final int JUDGED_PAIR = 1 << 30;

    private final Pattern pattern;
    private final boolean[] canStartWith;
    /** The pattern without lookbehinds, which the probes run; null when first characters are not judged. */
    private final Pattern forward;
    /**
     * Judged first two characters, each slot {@code JUDGED_PAIR | first << 17 | second << 1 | possible}, or 0;
     * shared between threads without locks: a slot is one int, written whole, and checks its own key.
     */
    private final int[] pairs = new int[PAIR_SLOTS];

    private WordStartPattern(Pattern pattern, boolean[] canStartWith, Pattern forward) {
        this.pattern = pattern;
        this.canStartWith = canStartWith;
        this.forward = forward;
    }

    /** {@code pattern} with its table of possible first characters. */
    public static WordStartPattern of(Pattern pattern) {
        Objects.requireNonNull(pattern, "pattern");
        boolean[] canStartWith = new boolean[JUDGED];
        String source = pattern.pattern();
        if (source.contains("\\G") || source.contains("\\B") || source.matches("(?s).*\\\\[1-9k].*")
                || (pattern.flags() & (Pattern.LITERAL | Pattern.COMMENTS)) != 0) {
            java.util.Arrays.fill(canStartWith, true);
            return new WordStartPattern(pattern, canStartWith, null);
        }
        Pattern forward;
        try {
            forward = Pattern.compile(withoutLookbehinds(source), pattern.flags());
        } catch (java.util.regex.PatternSyntaxException e) {
            java.util.Arrays.fill(canStartWith, true);
            return new WordStartPattern(pattern, canStartWith, null);
        }
        Matcher probe = forward.matcher("");
        for (char c = 0; c < JUDGED; c++) {
            probe.reset(String.valueOf(c));
            canStartWith[c] = probe.lookingAt() || probe.hitEnd();
        }
        return new WordStartPattern(pattern, canStartWith, forward);
    }

    /** {@code pattern} compiled, with its table. */
    public static WordStartPattern compile(String regex, int flags) {
        return of(Pattern.compile(regex, flags));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether a match may begin with {@code c} (true for characters outside the table). */
    public boolean canStartWith(char c) {
        return c >= JUDGED || canStartWith[c];
    }

    /**
     * Whether a match may begin with {@code first} then {@code second}: judged like the first character alone, on
     * first use of each pair, and remembered (true for first characters outside the table).
     */
    private boolean canStartWith(char first, char second) {
        if (forward == null || first >= JUDGED) {
            return true;
        }
        int key = JUDGED_PAIR | first << 17 | second << 1;
        int slot = (first * 31 + second) & (PAIR_SLOTS - 1);
        int judged = pairs[slot];
        if ((judged & ~1) == key) {
            return (judged & 1) != 0;
        }
        Matcher probe = forward.matcher(new String(new char[] {first, second}));
        boolean possible = probe.lookingAt() || probe.hitEnd();
        pairs[slot] = key | (possible ? 1 : 0);
        return possible;
    }

    /**
     * Whether a match may begin with {@code beginning}, the text from a word start on: judged like the first two
     * characters, by the probe on the whole of it (true for a first character outside the table). Any beginning of
     * the text at a word is a fair probe; {@link WordStartPatterns} judges a word and the start of the next.
     */
    boolean canBegin(String beginning) {
        char first = beginning.charAt(0);
        if (!canStartWith(first) || beginning.length() > 1 && !canStartWith(first, beginning.charAt(1))) {
            return false;
        }
        if (forward == null || first >= JUDGED || beginning.length() <= 2) {
            return true;
        }
        Matcher probe = forward.matcher(beginning);
        return probe.lookingAt() || probe.hitEnd();
    }

    /** Each non-overlapping match that starts at one of {@code starts}, left to right, as {@link WordStarts}. */
    public void forEachMatch(String text, int[] starts, Consumer<Matcher> action) {
        Matcher matcher = null;
        int end = 0;
        int length = text.length();
        for (int start : starts) {
            if (start < end) {
                continue;
            }
            char first = text.charAt(start);
            if (!canStartWith(first) || start + 1 < length && !canStartWith(first, text.charAt(start + 1))) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text);
                matcher.useTransparentBounds(true);
                matcher.useAnchoringBounds(false);
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt()) {
                action.accept(matcher);
                end = Math.max(matcher.end(), start + 1);
            }
        }
    }

    /** {@code regex} without its lookbehind groups {@code (?<=…)} and {@code (?<!…)}. */
    static String withoutLookbehinds(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        int k = 0;
        while (k < regex.length()) {
            if (regex.startsWith("(?<=", k) || regex.startsWith("(?<!", k)) {
                k = endOfGroup(regex, k);
                continue;
            }
            char c = regex.charAt(k);
            if (c == '\\' && k + 1 < regex.length()) {
                int next = escapeEnd(regex, k);
                out.append(regex, k, next);
                k = next;
            } else if (c == '[') {
                int next = classEnd(regex, k);
                out.append(regex, k, next);
                k = next;
            } else {
                out.append(c);
                k++;
            }
        }
        return out.toString();
    }

    /** The offset just after the group that opens at {@code open}. */
    private static int endOfGroup(String regex, int open) {
        int depth = 0;
        int k = open;
        while (k < regex.length()) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k = escapeEnd(regex, k);
                continue;
            }
            if (c == '[') {
                k = classEnd(regex, k);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k + 1;
            }
            k++;
        }
        throw new IllegalArgumentException("unclosed group at " + open + " in " + regex);
    }

    /** The offset just after the escape at {@code k} (a {@code \Q…\E} quote as a whole). */
    private static int escapeEnd(String regex, int k) {
        if (regex.startsWith("\\Q", k)) {
            int quoteEnd = regex.indexOf("\\E", k + 2);
            return quoteEnd < 0 ? regex.length() : quoteEnd + 2;
        }
        return Math.min(regex.length(), k + 2);
    }

    /** The offset just after the character class that opens at {@code open} (classes nest in Java). */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        int k = open;
        while (k < regex.length()) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k = escapeEnd(regex, k);
                continue;
            }
            if (c == '[') {
                depth++;
                if (k + 1 < regex.length() && regex.charAt(k + 1) == '^') {
                    k++;
                }
                if (k + 1 < regex.length() && regex.charAt(k + 1) == ']') {
                    k++;
                }
            } else if (c == ']' && --depth == 0) {
                return k + 1;
            }
            k++;
        }
        throw new IllegalArgumentException("unclosed character class at " + open + " in " + regex);
    }
}
