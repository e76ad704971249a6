package org.frontwatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Several {@link WordStartPattern}s tried in one pass over a text's word starts, each only where the text from that
 * start can begin a match of it: the matches and their order are those of calling each pattern's
 * {@link WordStartPattern#forEachMatch} in turn, at a fraction of the cost when the patterns are many and most
 * words begin none of them (the date rules: "в этом году", "в ночь на вторник", "3 дня назад", …).
 *
 * <p>What may begin at a start is judged on a short beginning of the text there by each pattern's probe
 * ({@link WordStartPattern#canBegin}): first the word with up to two characters after it ("в ", "году,"), and where
 * some pattern may begin so, that and the next word's first two characters as well ("в эт", which "в этом году" can
 * begin and "в прошлом году" cannot). Any beginning of the text at a word is a fair probe, since a pattern that
 * neither matches it nor reads past its end cannot match the longer text either. Words repeat from text to text, so
 * the verdicts of all the patterns on a beginning are kept together in a cache where a newer beginning takes an older
 * one's slot; a start is then a look-up or two instead of one test per pattern, and the regex engine runs only where
 * some pattern may match. A beginning not in the cache costs about what the start cost before: the same table tests
 * and one probe where the real pattern ran. Thread-safe: a slot holds one reference to an immutable entry and checks
 * its own key.
 */
public final class WordStartPatterns {
    /** Slots of the cache of judged beginnings (a power of two). */
    private static final int SLOTS = 16384;
    /** Characters of a beginning at most: a longer word is judged by its first ones. */
    private static final int MAX_BEGINNING = 24;

    private final List<WordStartPattern> patterns;
    private final Judged[] judged = new Judged[SLOTS];

    /** A beginning and which patterns may match from it (bit {@code k} of the set: pattern {@code k}). */
    private record Judged(String beginning, long[] possible) {
    }

    /** What to do with a match of pattern number {@code pattern} (its index in the list given). */
    @FunctionalInterface
    public interface MatchAction {
        void accept(int pattern, MatchResult match);
    }

    private record Found(int pattern, MatchResult match) {
    }

    private WordStartPatterns(List<WordStartPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** {@code patterns}, to be tried in that order. */
    public static WordStartPatterns of(List<WordStartPattern> patterns) {
        return new WordStartPatterns(patterns);
    }

    /**
     * Each pattern's non-overlapping matches that start at one of {@code starts} (as {@link WordStarts}): pattern by
     * pattern in the order given, each left to right.
     */
    public void forEachMatch(String text, int[] starts, MatchAction action) {
        int count = patterns.size();
        Matcher[] matchers = new Matcher[count];
        int[] ends = new int[count];
        List<Found> found = new ArrayList<>();
        for (int start : starts) {
            long[] possible = judgedAt(text, start);
            for (int word = 0; word < possible.length; word++) {
                for (long bits = possible[word]; bits != 0; bits &= bits - 1) {
                    int k = word * 64 + Long.numberOfTrailingZeros(bits);
                    if (start < ends[k]) {
                        continue;
                    }
                    Matcher matcher = matchers[k];
                    if (matcher == null) {
                        matcher = patterns.get(k).pattern().matcher(text);
                        matcher.useTransparentBounds(true);
                        matcher.useAnchoringBounds(false);
                        matchers[k] = matcher;
                    }
                    matcher.region(start, text.length());
                    if (matcher.lookingAt()) {
                        found.add(new Found(k, matcher.toMatchResult()));
                        ends[k] = Math.max(matcher.end(), start + 1);
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::pattern));
        for (Found match : found) {
            action.accept(match.pattern(), match.match());
        }
    }

    /**
     * Which patterns may match at {@code start}: judged on the word and the characters after it, then, if some
     * pattern may begin so, on those and the next word's first two characters (by the patterns that passed the
     * first); each from the cache, or judged now and kept.
     */
    private long[] judgedAt(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_BEGINNING);
        int end = start;
        int hash = 0;
        while (end < limit && Character.isLetterOrDigit(text.charAt(end))) {
            hash = 31 * hash + text.charAt(end++);
        }
        for (int gap = 0; gap < 2 && end < limit && !Character.isLetterOrDigit(text.charAt(end)); gap++) {
            hash = 31 * hash + text.charAt(end++);
        }
        long[] word = judged(text, start, end, hash, null);
        int wordEnd = end;
        for (int next = 0; next < 2 && end < limit && Character.isLetterOrDigit(text.charAt(end)); next++) {
            hash = 31 * hash + text.charAt(end++);
        }
        return end == wordEnd || isEmpty(word) ? word : judged(text, start, end, hash, word);
    }

    /**
     * Which patterns may match from the text between {@code start} and {@code end}, whose hash is {@code hash}:
     * from the cache, or judged now by every pattern (by those of {@code candidates} only, if given) and kept.
     */
    private long[] judged(String text, int start, int end, int hash, long[] candidates) {
        int length = end - start;
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        Judged cached = judged[slot];
        if (cached != null && cached.beginning().length() == length
                && text.regionMatches(start, cached.beginning(), 0, length)) {
            return cached.possible();
        }
        String beginning = text.substring(start, end);
        long[] possible = new long[(patterns.size() + 63) / 64];
        for (int k = 0; k < patterns.size(); k++) {
            if ((candidates == null || (candidates[k / 64] & 1L << (k % 64)) != 0)
                    && patterns.get(k).canBegin(beginning)) {
                possible[k / 64] |= 1L << (k % 64);
            }
        }
        judged[slot] = new Judged(beginning, possible);
        return possible;
    }

    private static boolean isEmpty(long[] set) {
        for (long bits : set) {
            if (bits != 0) {
                return false;
            }
        }
        return true;
    }
}
