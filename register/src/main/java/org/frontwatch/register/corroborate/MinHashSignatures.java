package org.frontwatch.register.corroborate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * MinHash signatures over word 3-shingles of normalised text, computed with one-permutation hashing: each
 * shingle is hashed once (64-bit), its top bits pick one of {@value #SIZE} bins, and each bin keeps the minimum
 * of the low 32 bits; empty bins borrow from the next non-empty bin to their right (rotation densification, Shrivastava
 * 2017), so short texts still get full signatures. Normalisation lowercases, folds ё to е, drops links, handles,
 * punctuation and digits' separators, so reposts, forwards and lightly edited reprints get near-equal signatures.
 */
final class MinHashSignatures {
    static final int SIZE = 32;
    private static final int SHINGLE = 3;
    private static final long EMPTY = 0xFFFF_FFFFL + 1;

    private MinHashSignatures() {
    }

    /** The signature of {@code text} into {@code target[offset..offset+SIZE)}; false if the text has no words. */
    static boolean sign(String text, int[] target, int offset) {
        long[] bins = new long[SIZE];
        java.util.Arrays.fill(bins, EMPTY);
        long[] window = new long[SHINGLE];
        int words = 0;
        String normalised = normalise(text);
        int i = 0;
        int n = normalised.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(normalised.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(normalised.charAt(i))) {
                i++;
            }
            if (i == start) {
                continue;
            }
            window[words % SHINGLE] = wordHash(normalised, start, i);
            words++;
            if (words >= SHINGLE) {
                long shingle = 0;
                for (int k = 0; k < SHINGLE; k++) {
                    shingle = mix(shingle * 31 + window[(words - SHINGLE + k) % SHINGLE]);
                }
                add(bins, shingle);
            }
        }
        if (words == 0) {
            return false;
        }
        if (words < SHINGLE) {
            long shingle = 0;
            for (int k = 0; k < words; k++) {
                shingle = mix(shingle * 31 + window[k]);
            }
            add(bins, shingle);
        }
        densify(bins, target, offset);
        return true;
    }

    /**
     * The share of equal positions of the signatures at {@code firstOffset} and {@code secondOffset}: an estimate
     * of the Jaccard similarity of their shingles.
     */
    static double similarity(int[] firstSignatures, int firstOffset, int[] secondSignatures, int secondOffset) {
        int equal = 0;
        for (int k = 0; k < SIZE; k++) {
            if (firstSignatures[firstOffset + k] == secondSignatures[secondOffset + k]) {
                equal++;
            }
        }
        return equal / (double) SIZE;
    }

    private static void add(long[] bins, long hash) {
        int bin = (int) (hash >>> (64 - Integer.numberOfTrailingZeros(SIZE)));
        long value = hash & 0xFFFF_FFFFL;
        if (value < bins[bin]) {
            bins[bin] = value;
        }
    }

    private static void densify(long[] bins, int[] target, int offset) {
        for (int k = 0; k < SIZE; k++) {
            long value = bins[k];
            int distance = 0;
            while (value == EMPTY) {
                distance++;
                value = bins[(k + distance) % SIZE];
            }
            target[offset + k] = (int) (distance == 0 ? value : mix(value + distance * 0x9E37_79B9_7F4A_7C15L));
        }
    }

    static String normalise(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.replaceAll("https?://\\S+|t\\.me/\\S+|@\\w+", " ");
    }

    private static long wordHash(String text, int start, int end) {
        long hash = 0xcbf2_9ce4_8422_2325L;
        for (int i = start; i < end; i++) {
            hash ^= text.charAt(i);
            hash *= 0x0000_0100_0000_01b3L;
        }
        return mix(hash);
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    static long mix(long value) {
        long z = value + 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
