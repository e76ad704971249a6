package org.frontwatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.frontwatch.model.Span;

/**
 * Splits text into raw tokens with UTF-16 offsets. Words keep inner hyphens and apostrophes (' ’ ʼ) between letters
 * ("Нью-Йорк", "п’ять", "Storm-Z"); numbers keep thousands separators (comma, full stop, space, no-break space
 * before exactly three digits: "1,439", "1 439") and decimals ("1.5", "1,5") and dotted dates ("12.03.2024"); an
 * ordinal suffix is its own word ("1,439" "th", "1439" "-" "й"). URLs, e-mail addresses and @names are one
 * {@link TokenKind#SYMBOL} token; a hashtag is "#" and its word; each emoji is one symbol.
 */
final class Tokeniser {
    private Tokeniser() {
    }

    /** A token before lemmatisation. */
    record RawToken(Span span, TokenKind kind) {
    }

    static List<RawToken> tokenise(String text) {
        List<RawToken> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = linkEnd(text, i);
            if (end > i) {
                tokens.add(new RawToken(new Span(i, end), TokenKind.SYMBOL));
                i = end;
                continue;
            }
            if (isDigit(c)) {
                end = numberEnd(text, i);
                tokens.add(new RawToken(new Span(i, end), TokenKind.NUMBER));
            } else if (isWordChar(c)) {
                end = wordEnd(text, i);
                tokens.add(new RawToken(new Span(i, end), TokenKind.WORD));
            } else {
                end = i + Character.charCount(c);
                // keep an emoji with its modifiers and joiners together
                while (end < length && isEmojiContinuation(text, end)) {
                    end += Character.charCount(text.codePointAt(end));
                }
                tokens.add(new RawToken(new Span(i, end), isPunctuation(c) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL));
            }
            i = end;
        }
        return tokens;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            if (isWordChar(c) || isDigit(c) && i > start) {
                i += Character.charCount(c);
            } else if ((c == '-' || c == '\u2011' || isApostrophe(c)) && i + 1 < length && i > start
                    && isWordChar(text.codePointAt(i + 1)) && isWordChar(text.codePointBefore(i))) {
                i += 1;
            } else {
                break;
            }
        }
        return i;
    }

    private static int numberEnd(String text, int start) {
        int length = text.length();
        int i = digitsEnd(text, start);
        int firstGroup = i - start;
        while (i < length) {
            char c = text.charAt(i);
            if ((c == ',' || c == '.') && i + 1 < length && isDigit(text.charAt(i + 1))) {
                i = digitsEnd(text, i + 1);
            } else if ((c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009') && firstGroup <= 3
                    && threeDigitsFollow(text, i + 1)) {
                i = i + 4;
            } else if (c == '\'' && threeDigitsFollow(text, i + 1) && firstGroup <= 3) {
                i = i + 4;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean threeDigitsFollow(String text, int at) {
        return at + 3 <= text.length() && isDigit(text.charAt(at)) && isDigit(text.charAt(at + 1))
                && isDigit(text.charAt(at + 2)) && (at + 3 == text.length() || !isDigit(text.charAt(at + 3)));
    }

    private static int digitsEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of a URL, e-mail address or @name starting at {@code start}, or {@code start} if none starts there. */
    private static int linkEnd(String text, int start) {
        char first = text.charAt(start);
        if (first == '@' && start + 1 < text.length() && isHandleChar(text.charAt(start + 1))
                && (start == 0 || !isWordChar(text.codePointBefore(start)))) {
            int i = start + 1;
            while (i < text.length() && isHandleChar(text.charAt(i))) {
                i++;
            }
            return i;
        }
        if (!startsLink(text, start)) {
            return start;
        }
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '<' || c == '>' || c == '«' || c == '»'
                    || c == '\u00A0') {
                break;
            }
            i++;
        }
        while (i > start && ".,;:!?)]}'’…".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    private static boolean startsLink(String text, int start) {
        if (start > 0 && isWordChar(text.codePointBefore(start))) {
            return false;
        }
        String rest = text.substring(start, Math.min(text.length(), start + 12)).toLowerCase(java.util.Locale.ROOT);
        return rest.startsWith("http://") || rest.startsWith("https://") || rest.startsWith("www.")
                || rest.startsWith("t.me/");
    }

    private static boolean isHandleChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    static boolean isWordChar(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
    }

    private static boolean isInvisible(int c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    private static boolean isEmojiContinuation(String text, int at) {
        int c = text.codePointAt(at);
        return c == 0x200D || c == 0xFE0F || c >= 0x1F3FB && c <= 0x1F3FF
                || at > 0 && text.charAt(at - 1) == '\u200D' && !Character.isLetterOrDigit(c)
                && !Character.isWhitespace(c);
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
