package org.frontwatch.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontwatch.extract.text.Tokeniser.RawToken;
import org.frontwatch.model.FrontwatchException;

/**
 * Finds sentence boundaries between raw tokens, for news and Telegram posts alike: a blank line always ends a
 * sentence; a single line break does unless the text merely wraps (the next line goes on in lowercase after a word
 * or comma); a full stop, question or exclamation mark or ellipsis (with any closing quotes or brackets after it)
 * ends a sentence when the next token opens one (capital letter, digit, quote, dash, emoji, hashtag) — but not after
 * an abbreviation from {@code abbreviations.txt} ("г.", "обл.", "Mr.", "т.е."), nor after an initial ("В. Путин").
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = readAbbreviations();

    private SentenceSplitter() {
    }

    /** The index of the first token of each sentence, ascending, starting with 0 when there are tokens. */
    static List<Integer> sentenceStarts(String text, List<RawToken> tokens) {
        List<Integer> starts = new ArrayList<>();
        if (tokens.isEmpty()) {
            return starts;
        }
        starts.add(0);
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (endsSentenceAfter(text, tokens, k)) {
                starts.add(k + 1);
            }
        }
        return starts;
    }

    private static boolean endsSentenceAfter(String text, List<RawToken> tokens, int k) {
        RawToken current = tokens.get(k);
        RawToken next = tokens.get(k + 1);
        String gap = text.substring(current.span().end(), next.span().start());
        int newlines = countNewlines(gap);
        if (newlines >= 2) {
            return true;
        }
        String currentText = current.span().of(text);
        String nextText = next.span().of(text);
        if (newlines == 1) {
            boolean wraps = Character.isLowerCase(nextText.codePointAt(0))
                    && (current.kind() == TokenKind.WORD || currentText.equals(",") || currentText.equals("-"));
            return !wraps;
        }
        // a straight or English quote after a space opens the next sentence: field. "We were sent
        if (gap.isEmpty() || isTerminal(nextText) || isClosing(nextText) && !isOpeningAfterSpace(nextText)) {
            return false;
        }
        int last = k;
        while (last > 0 && isClosing(tokens.get(last).span().of(text))
                && !isTerminal(tokens.get(last).span().of(text)) && adjacent(tokens, last - 1, last)) {
            last--;
        }
        if (last < 0 || !isTerminal(tokens.get(last).span().of(text))) {
            return false;
        }
        if (!opensSentence(next, nextText)) {
            return false;
        }
        String terminal = tokens.get(last).span().of(text);
        if (terminal.equals(".") && last == k && followsAbbreviationOrInitial(text, tokens, last)) {
            return false;
        }
        return true;
    }

    private static boolean followsAbbreviationOrInitial(String text, List<RawToken> tokens, int dot) {
        if (dot == 0 || !adjacent(tokens, dot - 1, dot)) {
            return false;
        }
        RawToken before = tokens.get(dot - 1);
        if (before.kind() != TokenKind.WORD) {
            return false;
        }
        String word = before.span().of(text);
        if (word.codePointCount(0, word.length()) == 1 && Character.isUpperCase(word.codePointAt(0))) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        // dotted forms: "т.е.", "U.S."
        if (dot >= 3 && adjacent(tokens, dot - 3, dot - 2) && adjacent(tokens, dot - 2, dot - 1)
                && tokens.get(dot - 2).span().of(text).equals(".")) {
            String dotted = tokens.get(dot - 3).span().of(text).toLowerCase(Locale.ROOT) + "." + lower;
            return ABBREVIATIONS.contains(dotted);
        }
        return false;
    }

    private static boolean opensSentence(RawToken next, String nextText) {
        int first = nextText.codePointAt(0);
        return switch (next.kind()) {
            case WORD -> Character.isUpperCase(first) || Character.isTitleCase(first);
            case NUMBER, SYMBOL -> true;
            case PUNCTUATION -> "«\"“„'‘([—–-#".indexOf(first) >= 0;
        };
    }

    private static boolean adjacent(List<RawToken> tokens, int left, int right) {
        return left >= 0 && tokens.get(left).span().end() == tokens.get(right).span().start();
    }

    private static boolean isTerminal(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("…")
                || token.equals("‼") || token.equals("⁉");
    }

    private static boolean isClosing(String token) {
        return token.equals("»") || token.equals("\"") || token.equals("”") || token.equals("“")
                || token.equals(")") || token.equals("]") || token.equals("'") || token.equals("’")
                || isTerminal(token);
    }

    private static boolean isOpeningAfterSpace(String token) {
        return token.equals("\"") || token.equals("“") || token.equals("'");
    }

    private static int countNewlines(String gap) {
        int count = 0;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                count++;
            }
        }
        return count;
    }

    private static Set<String> readAbbreviations() {
        String resource = "abbreviations.txt";
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FrontwatchException("resource missing: org/frontwatch/extract/text/" + resource);
            }
            Set<String> abbreviations = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    abbreviations.add(trimmed.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(abbreviations);
        } catch (IOException e) {
            throw new FrontwatchException("cannot read org/frontwatch/extract/text/" + resource + ": "
                    + e.getMessage(), e);
        }
    }
}
