package org.frontwatch.extract;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern that begins at a word (a letter or digit not preceded by one), trying only word
 * starts instead of every offset: the finders' patterns all open that way, and trying ~6 times fewer offsets is what
 * makes their many patterns affordable. Lookbehinds still see the text before a word (transparent bounds).
 */
public final class WordStarts {
    private WordStarts() {
    }

    /** Offsets in {@code text} where a word begins. */
    public static int[] of(String text) {
        int[] starts = new int[Math.max(16, text.length() / 4)];
        int count = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(k));
            if (wordChar && !inWord) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = k;
            }
            inWord = wordChar;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Each non-overlapping match of {@code pattern} that starts at one of {@code starts}, left to right. */
    public static void forEachMatch(Pattern pattern, String text, int[] starts, Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(text);
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        int end = 0;
        for (int start : starts) {
            if (start < end) {
                continue;
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt()) {
                action.accept(matcher);
                end = Math.max(matcher.end(), start + 1);
            }
        }
    }
}
