package org.frontwatch.register.corroborate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds near-duplicate texts — reposts, forwards, reprints, light edits — with MinHash and locality-sensitive
 * hashing: signatures of {@value MinHashSignatures#SIZE} values are cut into {@value #BANDS} bands of
 * {@value #ROWS} rows; texts sharing any band become candidates (likely above Jaccard ≈ 0.6), and a candidate joins
 * the first text of its bucket when their estimated similarity is at least {@value #THRESHOLD}, or at least
 * {@value #FORWARD_THRESHOLD} when one is a Telegram forward from the other's channel. Each band is hashed into
 * one reused open-addressing table, so time and memory grow linearly with the number of texts.
 *
 * <p>The same parts are public for a caller that partitions the work itself (the Spark job): {@link #signature}
 * signs one text, {@link #bandKey} gives its key in one band, and {@link #joins} is the test a candidate must pass
 * to join the cluster of the first text of its bucket. Texts sharing a band key, each tested against the bucket's
 * first text, joined transitively, give the clusters {@link #clusters()} gives.
 */
public final class NearDuplicateDetector {
    /** How many LSH bands a signature is cut into: a text has one band key per band. */
    public static final int BANDS = 8;
    /** How many values a signature has. */
    public static final int SIGNATURE_SIZE = MinHashSignatures.SIZE;
    static final int ROWS = MinHashSignatures.SIZE / BANDS;
    static final double THRESHOLD = 0.5;
    static final double FORWARD_THRESHOLD = 0.3;

    private int[] signatures = new int[MinHashSignatures.SIZE * 1024];
    private boolean[] signed = new boolean[1024];
    private String[] sources = new String[1024];
    private String[] forwardedFrom = new String[1024];
    private int count;

    /** Adds a text and returns its index (0, 1, 2… in the order added). */
    public int add(String text, String source, Optional<String> forwardedFromSource) {
        if (count == signed.length) {
            int capacity = count * 2;
            signatures = Arrays.copyOf(signatures, capacity * MinHashSignatures.SIZE);
            signed = Arrays.copyOf(signed, capacity);
            sources = Arrays.copyOf(sources, capacity);
            forwardedFrom = Arrays.copyOf(forwardedFrom, capacity);
        }
        signed[count] = MinHashSignatures.sign(text, signatures, count * MinHashSignatures.SIZE);
        sources[count] = channel(source);
        forwardedFrom[count] = forwardedFromSource.map(NearDuplicateDetector::channel).orElse(null);
        return count++;
    }

    public int size() {
        return count;
    }

    /** For each text, the index of the first text of its cluster (itself when it has no near-duplicate). */
    public int[] clusters() {
        UnionFind sets = new UnionFind(count);
        for (int i = 0; i < count; i++) {
            sets.add();
        }
        int capacity = Integer.highestOneBit(Math.max(count, 8) * 2) * 2;
        long[] keys = new long[capacity];
        int[] firsts = new int[capacity];
        for (int band = 0; band < BANDS; band++) {
            Arrays.fill(firsts, -1);
            for (int text = 0; text < count; text++) {
                if (!signed[text]) {
                    continue;
                }
                long key = bandKey(signatures, text * MinHashSignatures.SIZE, band);
                int slot = (int) (MinHashSignatures.mix(key) & (capacity - 1));
                while (firsts[slot] >= 0 && keys[slot] != key) {
                    slot = (slot + 1) & (capacity - 1);
                }
                if (firsts[slot] < 0) {
                    keys[slot] = key;
                    firsts[slot] = text;
                } else {
                    int first = firsts[slot];
                    if (sets.find(first) != sets.find(text) && similarEnough(first, text)) {
                        sets.union(first, text);
                    }
                }
            }
        }
        int[] clusters = new int[count];
        int[] firstOfRoot = new int[count];
        Arrays.fill(firstOfRoot, -1);
        for (int text = 0; text < count; text++) {
            int root = sets.find(text);
            if (firstOfRoot[root] < 0) {
                firstOfRoot[root] = text;
            }
            clusters[text] = firstOfRoot[root];
        }
        return clusters;
    }

    private boolean similarEnough(int first, int second) {
        return similarEnough(signatures, first * MinHashSignatures.SIZE, sources[first], forwardedFrom[first],
                signatures, second * MinHashSignatures.SIZE, sources[second], forwardedFrom[second]);
    }

    /**
     * The MinHash signature of {@code text} ({@value #SIGNATURE_SIZE} values), or empty when the text has no
     * words — such a text is nobody's near-duplicate.
     */
    public static Optional<int[]> signature(String text) {
        int[] signature = new int[MinHashSignatures.SIZE];
        return MinHashSignatures.sign(text, signature, 0) ? Optional.of(signature) : Optional.empty();
    }

    /** The key of {@code signature} in LSH band {@code band} (0 ≤ band &lt; {@value #BANDS}). */
    public static long bandKey(int[] signature, int band) {
        if (signature.length != MinHashSignatures.SIZE) {
            throw new IllegalArgumentException("a signature has " + MinHashSignatures.SIZE + " values: "
                    + signature.length);
        }
        if (band < 0 || band >= BANDS) {
            throw new IllegalArgumentException("band must be 0.." + (BANDS - 1) + ": " + band);
        }
        return bandKey(signature, 0, band);
    }

    /**
     * Whether a candidate joins the cluster of {@code first}, the first text of a band bucket they share: their
     * estimated similarity is at least {@value #THRESHOLD}, or at least {@value #FORWARD_THRESHOLD} when one is a
     * forward from the other's channel. Sources and forward origins are channel names in any form forwards use.
     */
    public static boolean joins(int[] first, String firstSource, Optional<String> firstForwardedFrom,
                                int[] candidate, String candidateSource, Optional<String> candidateForwardedFrom) {
        return similarEnough(first, 0, channel(firstSource), firstForwardedFrom.map(NearDuplicateDetector::channel)
                        .orElse(null), candidate, 0, channel(candidateSource),
                candidateForwardedFrom.map(NearDuplicateDetector::channel).orElse(null));
    }

    private static boolean similarEnough(int[] firstSignatures, int firstOffset, String firstChannel,
                                         String firstForwardedFrom, int[] secondSignatures, int secondOffset,
                                         String secondChannel, String secondForwardedFrom) {
        double similarity = MinHashSignatures.similarity(firstSignatures, firstOffset, secondSignatures,
                secondOffset);
        if (similarity >= THRESHOLD) {
            return true;
        }
        boolean forward = firstChannel.equals(secondForwardedFrom) || secondChannel.equals(firstForwardedFrom);
        return forward && similarity >= FORWARD_THRESHOLD;
    }

    private static long bandKey(int[] signatures, int offset, int band) {
        long key = band;
        int base = offset + band * ROWS;
        for (int row = 0; row < ROWS; row++) {
            key = MinHashSignatures.mix(key * 0x100000001B3L + signatures[base + row]);
        }
        return key;
    }

    /** A channel or source name as forwards name it: lowercase, without {@code @}, {@code t.me/} or a scheme. */
    static String channel(String source) {
        String lower = source.trim().toLowerCase(Locale.ROOT);
        lower = lower.replaceFirst("^https?://", "").replaceFirst("^(www\\.)?t\\.me/", "").replaceFirst("^@", "");
        return lower;
    }
}
