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
 * match, so skipping such words leaves the matches exactly as they were. Characters beyond the table (outside Latin
 * and Cyrillic) and patterns with constructs the probe cannot judge ({@code \G}, {@code \B}, back references) are
 * always tried. Immutable and thread-safe.
 */
public final class WordStartPattern {
    /** First characters judged up front: Basic Latin through Cyrillic Supplement. */
    private static final int JUDGED = 0x530;

    private final Pattern pattern;
    private final boolean[] canStartWith;

    private WordStartPattern(Pattern pattern, boolean[] canStartWith) {
        this.pattern = pattern;
        this.canStartWith = canStartWith;
    }

    /** {@code pattern} with its table of possible first characters. */
    public static WordStartPattern of(Pattern pattern) {
        Objects.requireNonNull(pattern, "pattern");
        boolean[] canStartWith = new boolean[JUDGED];
        String source = pattern.pattern();
        if (source.contains("\\G") || source.contains("\\B") || source.matches("(?s).*\\\\[1-9k].*")
                || (pattern.flags() & (Pattern.LITERAL | Pattern.COMMENTS)) != 0) {
            java.util.Arrays.fill(canStartWith, true);
            return new WordStartPattern(pattern, canStartWith);
        }
        Pattern forward;
        try {
            forward = Pattern.compile(withoutLookbehinds(source), pattern.flags());
        } catch (java.util.regex.PatternSyntaxException e) {
            java.util.Arrays.fill(canStartWith, true);
            return new WordStartPattern(pattern, canStartWith);
        }
        Matcher probe = forward.matcher("");
        for (char c = 0; c < JUDGED; c++) {
            probe.reset(String.valueOf(c));
            canStartWith[c] = probe.lookingAt() || probe.hitEnd();
        }
        return new WordStartPattern(pattern, canStartWith);
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

    /** Each non-overlapping match that starts at one of {@code starts}, left to right, as {@link WordStarts}. */
    public void forEachMatch(String text, int[] starts, Consumer<Matcher> action) {
        Matcher matcher = null;
        int end = 0;
        for (int start : starts) {
            if (start < end || !canStartWith(text.charAt(start))) {
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
