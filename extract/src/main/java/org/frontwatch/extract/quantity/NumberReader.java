package org.frontwatch.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.quantity.WordScanner.Piece;
import org.frontwatch.model.Span;

/**
 * Reads the number that starts at a piece: digits with their separators ("1,000", "1 000", "1.000", "2,5") and a
 * multiplier word after them ("1,5 тыс.", "3 million"), or number words through {@link NumberWords}; and no number
 * where one is taken by a date or a unit, follows an age or a number sign ("aged 24", "№ 3"), stands in a web address
 * or is glued to letters or a time ("Т-72", "1439-й", "10:30"). Split from {@link QuantityFinder}, which reads bounds,
 * ranges and counted nouns around the numbers. Immutable and thread-safe.
 */
final class NumberReader {
    /** The first plain number of a digit run that reads no other way ("20.03.2019", "1,2,3"). */
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private final NumberWords words;

    /**
     * A number read: low and high (equal unless vague or "several"), the piece after it, whether a multiplier word
     * scaled it and whether it is vague ("hundreds").
     */
    record Read(long low, Optional<Long> high, int next, boolean scaled, boolean vague) {
    }

    NumberReader(NumberWords words) {
        this.words = words;
    }

    /** "пять-шесть", "три-чотири", "five-six": two number words joined by a hyphen are a range, read as "5 - 6". */
    List<Piece> withNumberWordRangesSplit(List<Piece> pieces) {
        List<Piece> split = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            int hyphen = piece.lower().indexOf('-');
            if (piece.word() && hyphen > 0 && piece.lower().indexOf('-', hyphen + 1) < 0
                    && words.isValue(piece.lower().substring(0, hyphen))
                    && words.isValue(piece.lower().substring(hyphen + 1))) {
                int at = piece.start() + hyphen;
                split.add(new Piece(piece.text().substring(0, hyphen), piece.lower().substring(0, hyphen),
                        piece.start(), at, false, true));
                split.add(new Piece("-", "-", at, at + 1, false, false));
                split.add(new Piece(piece.text().substring(hyphen + 1), piece.lower().substring(hyphen + 1), at + 1,
                        piece.end(), false, true));
            } else {
                split.add(piece);
            }
        }
        return split;
    }

    /** A number in digits (with a multiplier word after it) or in words, starting at piece {@code index}. */
    Optional<Read> read(String text, List<Piece> pieces, int index, List<Span> taken) {
        Piece piece = pieces.get(index);
        if (!piece.digits()) {
            // the number words first: most pieces are words that are none, and need no more asking
            Optional<Read> read = piece.word() ? words.read(pieces, index).filter(a -> a.scaled() || a.low() > 1)
                    .map(a -> new Read(a.low(), a.high(), a.next(), a.scaled(), a.high().isEmpty()
                            || a.high().get() != a.low())) : Optional.empty();
            return read.isEmpty() || isTaken(piece, taken) || precededByAgeOrSign(text, pieces, index)
                    || insideLink(text, piece) ? Optional.empty() : read;
        }
        if (isTaken(piece, taken) || precededByAgeOrSign(text, pieces, index) || insideLink(text, piece)
                || gluedToLettersOrTime(text, piece)) {
            return Optional.empty();
        }
        int next = index + 1;
        String digits = piece.text();
        while (next < pieces.size() && pieces.get(next).digits() && pieces.get(next).text().matches("\\d{3}")
                && digits.matches("\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})*")
                && text.substring(pieces.get(next - 1).end(), pieces.get(next).start()).matches("[ \\u00a0\\u202f\\u2009]")) {
            digits = digits + " " + pieces.get(next).text();
            next++;
        }
        double value = parseDigits(digits);
        if (next < pieces.size() && words.isMultiplier(pieces.get(next).lower())
                && !pieces.get(next).lower().equals("k")) {
            value *= words.multiplier(pieces.get(next).lower());
            next++;
            if (next < pieces.size() && pieces.get(next).text().equals(".")
                    && pieces.get(next - 1).lower().length() <= 3) {
                next++;
            }
            long rounded = Math.round(value);
            return Optional.of(new Read(rounded, Optional.of(rounded), next, true, false));
        }
        if (value != Math.rint(value)) {
            return Optional.empty();
        }
        long whole = (long) value;
        return Optional.of(new Read(whole, Optional.of(whole), next, false, false));
    }

    /** The multiplier word that ends {@code high} ("тыс." counts), 1 when there is none. */
    long scaleOf(List<Piece> pieces, Read high) {
        Piece last = pieces.get(high.next() - 1);
        long scale = words.multiplier(last.lower());
        if (scale == 1 && last.text().equals(".") && high.next() >= 2) {
            scale = words.multiplier(pieces.get(high.next() - 2).lower());
        }
        return scale;
    }

    /** Whether the piece lies in a span of {@code taken} (a date's, a unit's). */
    private static boolean isTaken(Piece piece, List<Span> taken) {
        Span span = new Span(piece.start(), piece.end());
        for (Span other : taken) {
            if (other.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededByAgeOrSign(String text, List<Piece> pieces, int index) {
        if (index == 0) {
            return false;
        }
        String before = pieces.get(index - 1).lower();
        return before.equals("№") || before.equals("#") || before.equals("aged") || before.equals("age")
                || before.equals("возрасте") || before.equals("віком") || before.equals("віці")
                || before.equals("no") && text.startsWith(".", pieces.get(index - 1).end())
                || before.equals(".") && index > 1 && pieces.get(index - 2).lower().equals("no");
    }

    /** A number inside a web address ("…/assessment-november-13-2024") is no figure. */
    private static boolean insideLink(String text, Piece piece) {
        int start = piece.start();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        return text.startsWith("http", start) || text.startsWith("www.", start);
    }

    private static boolean gluedToLettersOrTime(String text, Piece piece) {
        int end = piece.end();
        int start = piece.start();
        if (end < text.length()) {
            char after = text.charAt(end);
            if (Character.isLetter(after) && !text.startsWith("k ", end)) {
                return true;
            }
            if ((after == '-' || after == ':' || after == '‑') && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1))) {
                return after != '-' || Character.isLetter(text.charAt(end + 1));
            }
        }
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetter(before) || before == ':') {
                return true;
            }
            if ((before == '-' || before == '‑') && start > 1 && Character.isLetter(text.charAt(start - 2))) {
                return true;
            }
        }
        return false;
    }

    private static double parseDigits(String digits) {
        String compact = digits.replaceAll("[ \\u00a0\\u202f\\u2009]", "");
        if (compact.matches("\\d{1,3}(?:,\\d{3})+") || compact.matches("\\d{1,3}(?:\\.\\d{3})+")) {
            return Double.parseDouble(compact.replaceAll("[.,]", ""));
        }
        if (compact.matches("\\d{1,3}(?:\\.\\d{3})+,\\d+")) {
            return Double.parseDouble(compact.replace(".", "").replace(',', '.'));
        }
        if (compact.matches("\\d{1,3}(?:,\\d{3})+\\.\\d+")) {
            return Double.parseDouble(compact.replace(",", ""));
        }
        Matcher number = LEADING_NUMBER.matcher(compact);
        return number.lookingAt() ? Double.parseDouble(number.group().replace(',', '.')) : 0;
    }
}
