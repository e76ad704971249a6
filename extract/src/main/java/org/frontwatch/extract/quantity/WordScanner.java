package org.frontwatch.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into the pieces QuantityFinder reads: runs of digits with their separators ("1,000", "1.5"), words
 * (with inner hyphens and apostrophes) and single other characters; whitespace is dropped but remembered as the gap
 * between pieces.
 */
final class WordScanner {
    private static final Pattern PIECE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)*)|([\\p{L}][\\p{L}\\p{M}’'ʼ]*(?:-[\\p{L}][\\p{L}\\p{M}’'ʼ]*)*)|(\\S)");

    /** One piece: its text, lowercase form, offsets, and whether it is digits. */
    record Piece(String text, String lower, int start, int end, boolean digits, boolean word) {
    }

    private WordScanner() {
    }

    static List<Piece> scan(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = PIECE.matcher(text);
        while (matcher.find()) {
            pieces.add(new Piece(matcher.group(), matcher.group().toLowerCase(Locale.ROOT), matcher.start(),
                    matcher.end(), matcher.group(1) != null, matcher.group(2) != null));
        }
        return pieces;
    }
}
