package org.frontwatch.extract.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Claim;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Turns the figures of a text (its QUANTITY mentions) into claims: each figure with the sentence that carries it as
 * evidence, the claimant named by the nearest attribution cue of that sentence ({@code attribution.tsv}: "according
 * to X", "X said", "X are reporting", "по данным X", "заявил X", "за даними X", "як повідомляє X"; or, for a quotation,
 * "X said:" ending the sentence before), its {@code org:} key when the claimant phrase holds an organisation mention,
 * and the subject — the nearest subject noun of the sentence with the adjective before it ("Russian losses"), else the
 * figure's unit.
 *
 * <p>Several claimants in one sentence each keep their own figures: a figure belongs to the last claimant named
 * before it, else to the first named after it ("300 refused, according to X"). A figure that nobody is said
 * to claim has no claimant: the item itself asserts it, and its source (outlet, Telegram channel) is known to the
 * register, not to this stage. Immutable and thread-safe.
 */
public final class ClaimFinder {
    private static final String RESOURCES = "/org/frontwatch/extract/claim/";
    private static final int MAX_CLAIMANT_WORDS = 7;
    private static final Pattern ADJECTIVE = Pattern.compile(
            "\\p{L}+(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ых|их|ого|его|ому|ему|ую|юю|ої|ій|ий|і|ні|ські|ькі)");
    private static final String QUOTES = "«»\"“”„‘’'";
    private static final int MAX_HEADER_WORDS = 4;
    private static final ClaimFinder BUNDLED = new ClaimFinder();

    private final List<Cue> cues = new ArrayList<>();
    private final List<Pattern> subjects = new ArrayList<>();

    private enum Side { AFTER, BEFORE, EITHER }

    private record Cue(Side side, List<String> words) {
    }

    /**
     * A claimant named in a sentence, and where its attribution starts (token index): a claimant governs the figures
     * after it up to the next claimant; a figure before every claimant belongs to the first one after it.
     */
    private record Claimant(String name, Optional<String> key, int cueAt) {
    }

    private ClaimFinder() {
        LexiconFile file = LexiconFile.read(RESOURCES + "attribution.tsv");
        for (LexiconFile.Row row : file.rows()) {
            Side side;
            try {
                side = Side.valueOf(row.cell(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw file.badRow(row, "unknown side " + row.cell(0));
            }
            cues.add(new Cue(side, Arrays.asList(row.cell(1).split(" "))));
        }
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "subjects.tsv").rows()) {
            subjects.add(Pattern.compile(row.cell(0), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The finder over the bundled lexicons (read once). */
    public static ClaimFinder bundled() {
        return BUNDLED;
    }

    /** Claims for the QUANTITY mentions of {@code text}; ORG mentions give claimants their keys. */
    public List<Claim> find(AnalysedText text, List<Mention> mentions) {
        List<Mention> organisations = mentions.stream().filter(m -> m.type() == MentionType.ORG).toList();
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            List<Mention> figures = mentions.stream().filter(m -> m.type() == MentionType.QUANTITY
                    && m.figure().isPresent() && sentence.span().contains(m.span())).toList();
            if (figures.isEmpty()) {
                continue;
            }
            List<Token> tokens = sentence.tokens();
            List<Claimant> claimants = claimants(text.text(), tokens, organisations, figures);
            Optional<Claimant> quoting = s > 0 ? quotedBy(text.text(), sentences.get(s - 1), organisations)
                    : Optional.empty();
            for (Mention figure : figures) {
                int at = tokenIndex(tokens, figure.span().start());
                Optional<Claimant> claimant = claimants.stream().filter(c -> c.cueAt() <= at)
                        .reduce((a, b) -> b.cueAt() >= a.cueAt() ? b : a)
                        .or(() -> claimants.stream().filter(c -> c.cueAt() > at)
                                .min((a, b) -> Integer.compare(a.cueAt(), b.cueAt())))
                        .or(() -> quoting);
                if (claimant.isEmpty()) {
                    continue;
                }
                claims.add(new Claim(sentence.span().of(text.text()), sentence.span(),
                        claimant.map(Claimant::name), claimant.flatMap(Claimant::key),
                        subject(text.text(), tokens, figure), figure.figure().orElseThrow()));
            }
        }
        return claims;
    }

    private List<Claimant> claimants(String text, List<Token> tokens, List<Mention> organisations,
                                     List<Mention> figures) {
        List<Claimant> found = new ArrayList<>();
        header(text, tokens, organisations).ifPresent(found::add);
        for (int i = 0; i < tokens.size(); i++) {
            for (Cue cue : cues) {
                if (!matchesAt(tokens, i, cue.words())) {
                    continue;
                }
                int after = i + cue.words().size();
                Optional<Claimant> claimant = Optional.empty();
                if (cue.side() != Side.AFTER) {
                    claimant = phrase(text, tokens, i - 1, -1, organisations, figures, i);
                }
                if (claimant.isEmpty() && cue.side() != Side.BEFORE) {
                    claimant = phrase(text, tokens, after, 1, organisations, figures, i);
                }
                claimant.ifPresent(found::add);
            }
        }
        return found;
    }

    /** The claimant phrase from token {@code from} walking in {@code direction} up to punctuation. */
    private Optional<Claimant> phrase(String text, List<Token> tokens, int from, int direction,
                                      List<Mention> organisations, List<Mention> figures, int cueAt) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        int words = 0;
        int position = from;
        boolean tooLong = false;
        while (position >= 0 && position < tokens.size()) {
            Token token = tokens.get(position);
            if (QUOTES.indexOf(token.text().charAt(0)) >= 0 && token.text().length() == 1) {
                position += direction;
                continue;
            }
            if (token.kind() == TokenKind.PUNCTUATION && !token.text().equals("’") && !token.text().equals("'")
                    && !token.text().equals("-") || figures.stream().anyMatch(f -> f.span().overlaps(token.span()))) {
                break;
            }
            if (++words > MAX_CLAIMANT_WORDS) {
                tooLong = true;
                break;
            }
            first = Math.min(first, position);
            last = Math.max(last, position);
            position += direction;
        }
        if (words == 0 || last < 0 || first > last || tokens.get(first).kind() == TokenKind.PUNCTUATION) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        Optional<Mention> organisation = organisations.stream().filter(o -> span.overlaps(o.span()))
                .min((a, b) -> Integer.compare(Math.abs(a.span().start() - tokens.get(from).span().start()),
                        Math.abs(b.span().start() - tokens.get(from).span().start())));
        int at = Math.min(cueAt, first);
        if (organisation.isPresent()) {
            return Optional.of(new Claimant(organisation.get().text(), Optional.of(organisation.get().key()), at));
        }
        if (tooLong && direction < 0) {
            return Optional.empty();
        }
        String name = span.of(text).replaceFirst("^[^\\p{L}\\p{N}«\"“]+", "")
                .replaceFirst("^(?i:the|a|an)\\s+", "").strip();
        if (name.indexOf('«') >= 0 && name.indexOf('»') < 0) {
            name = name.replace("«", "");
        }
        if (name.indexOf('“') >= 0 && name.indexOf('”') < 0) {
            name = name.replace("“", "");
        }
        boolean digits = name.chars().anyMatch(Character::isDigit);
        return name.isEmpty() || digits ? Optional.empty()
                : Optional.of(new Claimant(name, Optional.empty(), at));
    }

    /** "Генштаб ВСУ: за сутки …" — a capitalised name of a few words and a colon opening the sentence. */
    private Optional<Claimant> header(String text, List<Token> tokens, List<Mention> organisations) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).kind() != TokenKind.WORD) {
            first++;
        }
        for (int colon = first + 1; colon < tokens.size() && colon <= first + MAX_HEADER_WORDS; colon++) {
            Token token = tokens.get(colon);
            if (token.text().equals(":")) {
                if (colon + 1 >= tokens.size() || QUOTES.indexOf(tokens.get(colon + 1).text().charAt(0)) >= 0
                        || !Character.isUpperCase(tokens.get(first).text().charAt(0))) {
                    return Optional.empty();
                }
                return phrase(text, tokens, colon - 1, -1, organisations, List.of(), colon);
            }
            if (token.kind() == TokenKind.PUNCTUATION && QUOTES.indexOf(token.text().charAt(0)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "Ruslan Leviev, head of the team, said:" before a quotation. */
    private Optional<Claimant> quotedBy(String text, Sentence previous, List<Mention> organisations) {
        List<Token> tokens = previous.tokens();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(":")) {
            return Optional.empty();
        }
        return claimants(text, tokens, organisations, List.of()).stream().reduce((a, b) -> b)
                .map(c -> new Claimant(c.name(), c.key(), -1));
    }

    private static boolean matchesAt(List<Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).text().toLowerCase(Locale.ROOT).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static int tokenIndex(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).span().end() > offset) {
                return k;
            }
        }
        return tokens.size();
    }

    private String subject(String text, List<Token> tokens, Mention figure) {
        int at = tokenIndex(tokens, figure.span().start());
        int best = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.kind() != TokenKind.WORD || figure.span().overlaps(token.span())) {
                continue;
            }
            String word = token.text();
            if (subjects.stream().anyMatch(p -> p.matcher(word).matches())
                    && (best < 0 || Math.abs(k - at) < Math.abs(best - at))) {
                best = k;
            }
        }
        if (best < 0) {
            return figure.figure().orElseThrow().unit();
        }
        int start = best;
        if (best > 0 && tokens.get(best - 1).kind() == TokenKind.WORD) {
            String before = tokens.get(best - 1).text();
            boolean capitalisedInside = best - 1 > 0 && Character.isUpperCase(before.charAt(0));
            if (capitalisedInside || ADJECTIVE.matcher(before.toLowerCase(Locale.ROOT)).matches()) {
                start = best - 1;
            }
        }
        return new Span(tokens.get(start).span().start(), tokens.get(best).span().end()).of(text);
    }
}
