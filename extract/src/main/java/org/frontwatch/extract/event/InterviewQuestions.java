package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.model.Span;

/**
 * The interviewer's question lines of a Q/A interview, which tell no event of their own ("— Как выглядели эти
 * штурмы?", "North Star: What were the assaults like?"; blind round 10): lines that open with a dash, "Q:" or a
 * short label and end with a question mark, in a text with at least two of them (one is a headline's or a news
 * story's question). The answers after them are read as any other sentences. Stateless.
 */
final class InterviewQuestions {
    private static final Pattern QUESTION_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:[—–]|Q:|\\p{Lu}[\\p{L} .'’-]{1,40}:)[^\\n]*\\?[ \\t»\"”]*$");
    private static final int MIN_QUESTIONS = 2;

    private InterviewQuestions() {
    }

    /** The spans of the question lines of {@code text}, or none if it is no interview. */
    static List<Span> in(String text) {
        if (text.indexOf('?') < 0) {
            return List.of();
        }
        List<Span> lines = new ArrayList<>();
        Matcher line = QUESTION_LINE.matcher(text);
        while (line.find()) {
            lines.add(new Span(line.start(), line.end()));
        }
        return lines.size() >= MIN_QUESTIONS ? List.copyOf(lines) : List.of();
    }

    /**
     * Whether {@code sentence} of {@code text} is a question itself, in one of the {@code questions} lines: the
     * interviewer's statement before it ("— По данным «Медиазоны», суды вынесли 5 700 приговоров. Это совпадает с
     * вашей практикой?") still tells what it tells.
     */
    static boolean asked(String text, Span sentence, List<Span> questions) {
        if (questions.isEmpty() || !sentence.of(text).strip().replaceAll("[»\"”]+$", "").endsWith("?")) {
            return false;
        }
        for (Span question : questions) {
            if (question.contains(sentence)) {
                return true;
            }
        }
        return false;
    }
}
