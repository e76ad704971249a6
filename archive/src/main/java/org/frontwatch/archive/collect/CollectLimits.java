package org.frontwatch.archive.collect;

/**
 * Bounds that keep hostile input from exhausting memory, disk or time.
 *
 * @param maxStreamedFileBytes  largest Telegram export, WARC or WACZ file read (these are streamed)
 * @param maxDocumentBytes      largest file read whole: HTML, feed, PDF, DOCX, plain text; also the largest
 *                              payload taken from one WARC record
 * @param maxNestingDepth       deepest JSON or XML nesting accepted
 * @param maxTextCharacters     most characters of text taken from one document (Tika's write limit)
 * @param maxArchiveEntries     most entries in a WACZ (zip) file
 * @param maxUncompressedBytes  most bytes read out of one WACZ in total
 * @param maxCompressionRatio   highest uncompressed/compressed ratio of one WACZ entry
 */
public record CollectLimits(long maxStreamedFileBytes, long maxDocumentBytes, int maxNestingDepth,
                            int maxTextCharacters, int maxArchiveEntries, long maxUncompressedBytes,
                            int maxCompressionRatio) {
    public CollectLimits {
        requirePositive("maxStreamedFileBytes", maxStreamedFileBytes);
        requirePositive("maxDocumentBytes", maxDocumentBytes);
        requirePositive("maxNestingDepth", maxNestingDepth);
        requirePositive("maxTextCharacters", maxTextCharacters);
        requirePositive("maxArchiveEntries", maxArchiveEntries);
        requirePositive("maxUncompressedBytes", maxUncompressedBytes);
        requirePositive("maxCompressionRatio", maxCompressionRatio);
        if (maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxDocumentBytes must fit in one array: " + maxDocumentBytes);
        }
    }

    /**
     * 64 GiB streamed files, 64 MiB documents, nesting 256, 10 million characters of text, 100 000 WACZ entries,
     * 64 GiB out of one WACZ, compression ratio 200.
     */
    public static CollectLimits defaults() {
        return new CollectLimits(64L << 30, 64L << 20, 256, 10_000_000, 100_000, 64L << 30, 200);
    }

    public CollectLimits withMaxDocumentBytes(long bytes) {
        return new CollectLimits(maxStreamedFileBytes, bytes, maxNestingDepth, maxTextCharacters,
                maxArchiveEntries, maxUncompressedBytes, maxCompressionRatio);
    }

    public CollectLimits withMaxNestingDepth(int depth) {
        return new CollectLimits(maxStreamedFileBytes, maxDocumentBytes, depth, maxTextCharacters,
                maxArchiveEntries, maxUncompressedBytes, maxCompressionRatio);
    }

    public CollectLimits withArchiveLimits(int entries, long uncompressedBytes, int compressionRatio) {
        return new CollectLimits(maxStreamedFileBytes, maxDocumentBytes, maxNestingDepth, maxTextCharacters,
                entries, uncompressedBytes, compressionRatio);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
