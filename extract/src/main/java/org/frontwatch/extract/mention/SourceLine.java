package org.frontwatch.extract.mention;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that names a reposted item's source in a Telegram post, "Источник: «Псков сегодня»", "Джерело: Хибины
 * Live", "Source: Golosa Baikala": a source word opening its line (after bullets or emoji only) and a colon. Read by
 * {@link OrganisationFinder}, which takes the name on it as an organisation, and by the claim stage, which gives that
 * organisation the unclaimed figures of its item.
 */
public final class SourceLine {
    private static final Pattern LINE = Pattern.compile("(?m)^[^\\p{L}\\p{N}\\n]*(источник|джерело|source|via)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SourceLine() {
    }

    /** Whether the word at {@code offset} is the source word that opens a source line. */
    static boolean opensAt(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        Matcher line = LINE.matcher(text).region(lineStart, text.length());
        return line.lookingAt() && line.start(1) == offset;
    }

    /** Where the name on the first source line between {@code from} and {@code to} begins (past its colon), or -1. */
    public static int nameStartBetween(String text, int from, int to) {
        Matcher line = LINE.matcher(text).region(from, to);
        return line.find() ? line.end() : -1;
    }
}
