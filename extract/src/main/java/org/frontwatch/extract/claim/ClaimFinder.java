package org.frontwatch.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.claim.AttributionCues.Cue;
import org.frontwatch.extract.claim.AttributionCues.Side;
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
 * register, not to this stage. Who "he", "the channel" or "по его данным" is, and which sentences go on with an
 * earlier claimant, is told on {@link #find}; the words these rules read are in {@code claimant-words.tsv}.
 * Immutable and thread-safe.
 *
 * <p>This class walks the sentences, resolves references and gives each figure its claimant and subject; the cues are
 * in {@link AttributionCues}, the claimant phrase on either side of a cue is read by {@link ClaimantPhraseReader}
 * (its name's edges by {@link ClaimantBounds}), a name before an aside by {@link AppositionReader} and a header
 * before a colon by {@link HeaderReader}, the source line closing a reposted item by {@link SourceLineReader}, and who
 * speaks each line of an interview or a transcript by {@link DialogueReader}: a figure in an answer or a labelled line
 * that the sentence attributes to no one before it is the speaker's.
 */
public final class ClaimFinder {
    private static final String RESOURCES = "/org/frontwatch/extract/claim/";
    private static final Pattern ADJECTIVE = Pattern.compile(
            "\\p{L}+(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ых|их|ого|его|ому|ему|ую|юю|ої|ій|ий|і|ні|ські|ькі)");
    private static final ClaimFinder BUNDLED = new ClaimFinder();
    /** Emoji, bullets and spaces a post puts before a quotation ("💬«Из нашей роты …"). */
    private static final Pattern OPENING_SYMBOLS = Pattern.compile("^[\\s\\p{So}\\p{Sk}\\p{Cf}\\p{Cs}•·—–-]+");

    private final ClaimantWords vocabulary = new ClaimantWords(RESOURCES + "claimant-words.tsv");
    private final AttributionCues cues = new AttributionCues(RESOURCES + "attribution.tsv", vocabulary);
    private final List<Pattern> subjects = new ArrayList<>();
    private final ClaimantPhraseReader phrases = new ClaimantPhraseReader(vocabulary, cues);
    private final HeaderReader headers = new HeaderReader(vocabulary, phrases);
    private final AppositionReader appositions = new AppositionReader(vocabulary, cues, phrases);
    private final DialogueReader dialogues = new DialogueReader(RESOURCES + "dialogue-labels.tsv", cues);

    private ClaimFinder() {
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "subjects.tsv").rows()) {
            subjects.add(Pattern.compile(row.cell(0), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The finder over the bundled lexicons (read once). */
    public static ClaimFinder bundled() {
        return BUNDLED;
    }

    /**
     * Claims for the QUANTITY mentions of {@code text}; ORG mentions give claimants their keys. A claimant that only
     * refers back ("he", "the channel", "по его данным", "It added that …") is the last one named before; a sentence
     * without a claimant of its own continues the one before it in the same paragraph, or after a continuation word
     * ("Також за добу …"). A figure that is the whole a part is counted from ("38 of the 120 men", "из 90 бойцов")
     * is claimed like the part: the source gives both.
     */
    public List<Claim> find(AnalysedText text, List<Mention> mentions) {
        List<Mention> organisations = mentions.stream().filter(m -> m.type() == MentionType.ORG).toList();
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        Optional<Claimant> lastNamed = Optional.empty();
        Optional<Claimant> lastPerson = Optional.empty();
        Optional<Claimant> previousSentence = Optional.empty();
        Optional<Claimant> postHeader = Optional.empty();
        Dialogue dialogue = dialogues.read(text, mentions);
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            List<Mention> figures = mentions.stream().filter(m -> m.type() == MentionType.QUANTITY
                    && m.figure().isPresent() && sentence.span().contains(m.span())).toList();
            List<Token> tokens = sentence.tokens();
            List<Claimant> claimants = new ArrayList<>();
            java.util.Set<Span> insideClaimants = new java.util.HashSet<>();
            // "Barracks Watch published a report. According to the report, …", "The ministry … On July 10 it said":
            // with no claimant before, a word that refers back names the last organisation of the text before
            Optional<Claimant> organisationBefore = organisations.stream()
                    .filter(o -> o.span().end() <= sentence.span().start())
                    .max((a, b) -> Integer.compare(a.span().start(), b.span().start()))
                    .map(o -> new Claimant(o.text(), Optional.of(o.key()), 0));
            Optional<Dialogue.Turn> turn = dialogue.overlapping(sentence.span());
            for (Claimant found : claimants(text.text(), tokens, organisations, figures, insideClaimants)) {
                if (turn.isPresent() && found.header()) {
                    // "Open City: …", "БОНДАР: …": a speaker's label is read as the dialogue's, not as a header
                    continue;
                }
                Optional<String> speaker = turn.flatMap(Dialogue.Turn::speaker);
                if (speaker.isPresent() && dialogues.is("first-person", found.name().toLowerCase(Locale.ROOT))) {
                    // "We held positions …" in an answer: the one who answers
                    claimants.add(new Claimant(speaker.get(), Optional.empty(), found.cueAt()));
                    continue;
                }
                // an organisation's own name that is also a common noun («Агентство», «Проект») names it, not
                // the one before
                boolean referenceNoun = found.key().isEmpty()
                        && vocabulary.refersBack(found.name(), "reference-noun");
                boolean namesAThing = referenceNoun || found.name().equalsIgnoreCase("it");
                Optional<Claimant> earlier = vocabulary.personalPronoun(found.name()) ? lastPerson
                        : namesAThing ? lastNamed.or(() -> organisationBefore) : lastNamed;
                Optional<Claimant> sameSentence = referenceNoun ? claimants.stream()
                        .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(lastWord(found.name())))
                        .reduce((a, b) -> b) : Optional.empty();
                Optional<Claimant> namedWithKey = lastNamed.filter(l -> l.key().isPresent());
                Optional<Claimant> staffOf = referenceNoun && vocabulary.ownedBy(found.name(), "reference-noun")
                        ? organisationBefore.or(() -> namedWithKey) : Optional.empty();
                if (sameSentence.isPresent()) {
                    // "According to a local human-rights group, …; the group says …": named earlier in the sentence
                    claimants.add(sameSentence.get().at(found.cueAt()));
                } else if (staffOf.isPresent()) {
                    // "её журналисты насчитали 17 новых роликов": the organisation named before counts
                    claimants.add(staffOf.get().at(found.cueAt()));
                } else if (found.name().isEmpty() || vocabulary.refersBack(found.name(), "reference")) {
                    earlier.ifPresent(l -> claimants.add(l.at(found.cueAt())));
                } else if (referenceNoun && earlier.isPresent()
                        && (earlier.get().key().isPresent() || earlier.get().name().toLowerCase(Locale.ROOT)
                        .contains(lastWord(found.name())))) {
                    claimants.add(earlier.get().at(found.cueAt()));
                } else if (referenceNoun && organisationBefore.isPresent() && organisationBefore.get().name()
                        .toLowerCase(Locale.ROOT).contains(stem(lastWord(found.name())))) {
                    // "Губернаторы добавляют ещё 11. Министерство утверждает, что …": the noun names the last
                    // organisation named with it ("Министерство обороны России"), not the last claimant
                    claimants.add(organisationBefore.get().at(found.cueAt()));
                } else {
                    claimants.add(found);
                }
            }
            final int sentenceIndex = s;
            Optional<Claimant> quoting = (s > 0 ? quotedBy(text.text(), sentences.get(s - 1), organisations)
                    : Optional.<Claimant>empty())
                    .or(() -> closedLaterBy(text.text(), sentences, sentenceIndex, organisations, mentions));
            if (s == 0) {
                postHeader = claimants.stream().filter(Claimant::header).findFirst();
            }
            final Optional<Claimant> headerOf = postHeader;
            Optional<Claimant> continued = claimants.isEmpty() && quoting.isEmpty()
                    && continues(text.text(), sentences, s) ? previousSentence : Optional.empty();
            for (Mention figure : figures) {
                int at = ClaimantPhraseReader.tokenIndex(tokens, figure.span().start());
                if (insideClaimants.contains(figure.span())) {
                    continue;
                }
                Optional<String> speaker = dialogue.holding(figure.span()).flatMap(Dialogue.Turn::speaker);
                // «За тиждень ми нарахували понад 140 …», — додав він: a figure quoted is the claim of the one who
                // speaks after the quotation closes, not of a verb inside it
                int closing = closingAfter(tokens, at);
                Optional<Claimant> quotedSpeaker = closing < 0 ? Optional.empty() : claimants.stream()
                        .filter(c -> c.cueAt() > closing && !c.header())
                        .min((a, b) -> Integer.compare(a.cueAt(), b.cueAt()));
                Optional<Claimant> claimant = speaker.isPresent() ? spokenBy(claimants, at, speaker.get())
                        : quotedSpeaker.isPresent() ? quotedSpeaker
                        : claimants.stream().filter(c -> c.cueAt() <= at)
                                .reduce((a, b) -> b.cueAt() >= a.cueAt() ? b : a)
                                .or(() -> claimants.stream().filter(c -> c.cueAt() > at && !c.header())
                                        .min((a, b) -> Integer.compare(a.cueAt(), b.cueAt())))
                                .or(() -> quoting)
                                .or(() -> continued)
                                .or(() -> claimants.isEmpty() && quoting.isEmpty() ? headerOf : Optional.empty())
                                .or(() -> claimants.isEmpty() && quoting.isEmpty()
                                        ? SourceLineReader.after(text.text(), sentence.span(), organisations)
                                        : Optional.empty());
                if (claimant.isEmpty()) {
                    continue;
                }
                claims.add(new Claim(sentence.span().of(text.text()), sentence.span(),
                        claimant.map(Claimant::name), claimant.flatMap(Claimant::key),
                        subject(text.text(), tokens, figure), figure.figure().orElseThrow()));
            }
            Optional<Claimant> named = claimants.stream().reduce((a, b) -> b.cueAt() >= a.cueAt() ? b : a)
                    .or(() -> figures.isEmpty() ? Optional.empty() : quoting.or(() -> continued));
            if (named.isPresent()) {
                lastNamed = named;
            }
            Optional<Claimant> person = claimants.stream()
                    .filter(c -> vocabulary.person(c.name(), c.key().isPresent()))
                    .reduce((a, b) -> b.cueAt() >= a.cueAt() ? b : a);
            if (person.isPresent()) {
                lastPerson = person;
            }
            previousSentence = named;
        }
        return claims;
    }

    /**
     * The claimant of a figure in an answer or a labelled line: one the sentence names before the figure ("По данным
     * «Медиазоны» … 5 700", "Кажуть, що … двоє"), else the one who speaks. A claimant named after the figure is most
     * often counted by it ("Четверо калмиків … сказали", "eleven of us said"), and the sentence before, the header and
     * the source line do not speak in a dialogue.
     */
    private static Optional<Claimant> spokenBy(List<Claimant> claimants, int at, String speaker) {
        return claimants.stream().filter(c -> c.cueAt() <= at).reduce((a, b) -> b.cueAt() >= a.cueAt() ? b : a)
                .or(() -> Optional.of(new Claimant(speaker, Optional.empty(), at)));
    }

    /** The first five letters of a word: "министерство" and "Министерство обороны" share "минис". */
    private static String stem(String word) {
        return word.substring(0, Math.min(5, word.length()));
    }

    private static String lastWord(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
        return parts[parts.length - 1];
    }

    /**
     * Whether sentence {@code s}, naming no claimant, goes on with the previous one's: the same paragraph, or a
     * continuation word opening it ("Также", "Також", "Also").
     */
    private boolean continues(String text, List<Sentence> sentences, int s) {
        if (s == 0) {
            return false;
        }
        Sentence sentence = sentences.get(s);
        String between = text.substring(sentences.get(s - 1).span().end(), sentence.span().start());
        boolean sameParagraph = !between.contains("\n\n") && !between.matches("(?s).*\\n\\s*\\n.*");
        Optional<Token> first = sentence.tokens().stream().filter(t -> t.kind() == TokenKind.WORD).findFirst();
        return sameParagraph || first.isPresent()
                && vocabulary.is("continuation", first.get().lowercase());
    }

    private List<Claimant> claimants(String text, List<Token> tokens, List<Mention> organisations,
                                     List<Mention> figures, java.util.Set<Span> inside) {
        List<Claimant> found = new ArrayList<>();
        headers.read(text, tokens, organisations).ifPresent(found::add);
        for (int i = 0; i < tokens.size(); i++) {
            List<Cue> candidates = cues.startingAt(tokens.get(i));
            if (candidates.isEmpty()) {
                continue;
            }
            if (i > 0 && vocabulary.is("negation", tokens.get(i - 1).lowercase())) {
                // "военные не сообщили", "did not say": a speech denied names no claimant
                continue;
            }
            if (cues.complainsOf(tokens, i)) {
                continue;
            }
            for (Cue cue : candidates) {
                if (!cue.matchesAt(tokens, i)) {
                    continue;
                }
                if (cue.side() == Side.REFERENCE) {
                    found.add(new Claimant("", Optional.empty(), i));
                    continue;
                }
                if (cue.side() != Side.AFTER && i > 0 && vocabulary.is("article", tokens.get(i - 1).lowercase())) {
                    // "According to the report, …": after an article the cue word is a noun, not a speech verb
                    continue;
                }
                int after = i + cue.words().size();
                Optional<Claimant> claimant = Optional.empty();
                if (cue.side() != Side.AFTER) {
                    final int cueAt = i;
                    claimant = phrases.read(text, tokens, i - 1, -1, organisations, figures, i, inside)
                            .or(() -> appositions.read(text, tokens, cueAt, organisations, figures, inside));
                }
                if (claimant.isEmpty() && cue.side() != Side.BEFORE && !(after < tokens.size()
                        && vocabulary.is("complementizer", tokens.get(after).lowercase()))) {
                    claimant = phrases.read(text, tokens, after, 1, organisations, figures, i, inside);
                }
                claimant.ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * «Он говорил, что их гонят волнами… Из 120 осталось 17», — говорит женщина: a sentence that opens a quotation
     * it does not close takes the claimant named where the quotation closes, up to three sentences on.
     */
    private Optional<Claimant> closedLaterBy(String text, List<Sentence> sentences, int s, List<Mention> organisations,
                                             List<Mention> mentions) {
        String own = OPENING_SYMBOLS.matcher(sentences.get(s).span().of(text)).replaceFirst("");
        if (own.isEmpty() || "«“„\"".indexOf(own.charAt(0)) < 0 || own.indexOf('»') >= 0 || own.indexOf('”') >= 0
                || own.chars().filter(c -> c == '"').count() > 1) {
            return Optional.empty();
        }
        for (int k = s + 1; k < Math.min(sentences.size(), s + 4); k++) {
            Sentence later = sentences.get(k);
            String words = later.span().of(text);
            if (words.indexOf('»') >= 0 || words.indexOf('”') >= 0 || words.indexOf('"') >= 0) {
                List<Mention> figures = mentions.stream().filter(m -> m.type() == MentionType.QUANTITY
                        && later.span().contains(m.span())).toList();
                // «… Командиры говорят, что мы расходный материал», — говорит боец: the speaker named after the
                // closing mark, not someone the quotation itself quotes
                int closing = closingMark(later.tokens());
                List<Claimant> named = claimants(text, later.tokens(), organisations, figures,
                        new java.util.HashSet<>()).stream()
                        .filter(c -> !c.name().isEmpty() && !vocabulary.refersBack(c.name(), "reference")).toList();
                return named.stream().filter(c -> c.cueAt() > closing).findFirst()
                        .or(() -> named.stream().findFirst()).map(c -> c.at(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The index of the mark closing the quotation the sentence opens with, when it holds token {@code at}; -1 when
     * the token stands in none or the quotation does not close in the sentence.
     */
    private static int closingAfter(List<Token> tokens, int at) {
        int open = -1;
        for (int k = 0; k < at; k++) {
            String word = tokens.get(k).text();
            if (word.equals("«") || word.equals("“")) {
                open = k;
            } else if (word.equals("»") || word.equals("”")) {
                open = -1;
            } else if (word.equals("\"")) {
                open = open < 0 ? k : -1;
            }
        }
        // a quotation the sentence opens with ("«…», — сказал он"), not a phrase quoted inside it ("said that
        // \"about 300\" had died")
        if (open < 0 || tokens.subList(0, open).stream().anyMatch(t -> t.kind() == TokenKind.WORD)) {
            return -1;
        }
        for (int k = at + 1; k < tokens.size(); k++) {
            String word = tokens.get(k).text();
            if (word.equals("»") || word.equals("”") || word.equals("\"")) {
                return k;
            }
            if (word.equals("«") || word.equals("“")) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the token closing a quotation in {@code tokens}, -1 when none does. */
    private static int closingMark(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            String word = tokens.get(k).text();
            if (word.equals("»") || word.equals("”") || word.equals("\"")) {
                return k;
            }
        }
        return -1;
    }

    /** "Ruslan Leviev, head of the team, said:" before a quotation. */
    private Optional<Claimant> quotedBy(String text, Sentence previous, List<Mention> organisations) {
        List<Token> tokens = previous.tokens();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(":")) {
            return Optional.empty();
        }
        return claimants(text, tokens, organisations, List.of(), new java.util.HashSet<>()).stream()
                .filter(c -> !c.name().isEmpty()).reduce((a, b) -> b)
                .map(c -> new Claimant(c.name(), c.key(), -1));
    }

    private String subject(String text, List<Token> tokens, Mention figure) {
        int at = ClaimantPhraseReader.tokenIndex(tokens, figure.span().start());
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
