package org.frontwatch.extract.event;

import java.util.List;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/** The words of a sentence that cues are matched against: hashtags left out, names of units and organisations too. */
final class SentenceWords {
    private SentenceWords() {
    }

    /** Words and numbers of a sentence, without those inside unit and organisation names. */
    static List<Token> withoutNames(String text, Sentence sentence, List<Mention> mentions) {
        List<Span> names = mentions.stream()
                .filter(m -> m.type() == MentionType.UNIT || m.type() == MentionType.ORG)
                .map(Mention::span).filter(s -> s.overlaps(sentence.span())).toList();
        return sentence.tokens().stream()
                .filter(t -> t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER)
                .filter(t -> !isHashtag(text, t))
                .filter(t -> names.stream().noneMatch(n -> n.overlaps(t.span())))
                .toList();
    }

    /** Words and numbers of a sentence, names of units and organisations included, hashtags not. */
    static List<Token> withNames(String text, Sentence sentence) {
        return sentence.tokens().stream()
                .filter(t -> t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER)
                .filter(t -> !isHashtag(text, t))
                .toList();
    }

    /** A hashtag ("#обращение") labels a post; it does not tell an event. */
    private static boolean isHashtag(String text, Token token) {
        int start = token.span().start();
        return token.text().startsWith("#") || (start > 0 && text.charAt(start - 1) == '#');
    }
}
