package org.frontwatch.extract.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
 * register, not to this stage. Who "he", "the channel" or "по его данным" is, and which sentences go on with an
 * earlier claimant, is told on {@link #find}; the words these rules read are in {@code claimant-words.tsv}.
 * Immutable and thread-safe. About 730 lines: the cue reading, the claimant phrase walk and the references share
 * one token walk per sentence; the header and apposition readers are the first to move out if it grows.
 */
public final class ClaimFinder {
    private static final String RESOURCES = "/org/frontwatch/extract/claim/";
    private static final int MAX_CLAIMANT_WORDS = 7;
    /** Walking back from a verb the subject may be longer ("Речник угруповання «Схід» Іван Петрук у коментарі …"). */
    private static final int MAX_SUBJECT_WORDS = 9;
    private static final Pattern ADJECTIVE = Pattern.compile(
            "\\p{L}+(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ых|их|ого|его|ому|ему|ую|юю|ої|ій|ий|і|ні|ські|ькі)");
    private static final String QUOTES = "«»\"“”„‘’'";
    private static final int MAX_HEADER_WORDS = 4;
    /** How far after "в"/"у" the office may stand ("У 3-му армійському корпусі"). */
    private static final int MAX_OFFICE_OFFSET = 3;
    private static final int MAX_ASIDE_TOKENS = 12;
    /** Prepositions of where something was said ("в телеграме", "in Magnitogorsk", "на брифинге"), not of whom. */
    private static final java.util.Set<String> LOCATIVE = java.util.Set.of("в", "во", "на", "у", "in", "on", "at");
    private static final Pattern STANDALONE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])\\p{N}++(?:[.,]\\p{N}++)*+(?![\\p{L}\\p{N}\\-–])");
    private static final Pattern LONE_JOINER = Pattern.compile("(?iu)and|but|и|і|й|та|а|но|але|однак");
    /**
     * Endings of the forms of a verb that name no speaker: Russian infinitives ("рассказать", "жаловаться"), Ukrainian
     * infinitives ("розповісти", "скаржитися"), gerunds ("рассказывая", "розповідаючи", "сказав" is Ukrainian past
     * and stays), participles ("рассказавший", "сказано", "повідомлений").
     */
    private static final Pattern NOT_FINITE = Pattern.compile(
            "\\p{L}*(?:ть|ться|ти|тися|тись|чь|ючи|учи|ачи|ячи|ая|яя|вши|вшись|вш\\p{L}{2,3}|[ую]щ\\p{L}{2,3}"
                    + "|[ая]щ\\p{L}{2,3}|нн\\p{L}{1,3}|но|то|ний|на|ні|не)");
    private static final ClaimFinder BUNDLED = new ClaimFinder();

    private final List<Cue> cues = new ArrayList<>();
    /** The first word of every cue: a token that is none of them starts no cue (checked before trying each). */
    private final java.util.Set<String> cueFirstWords = new java.util.HashSet<>();
    /**
     * Lemmas of verbs of saying ("рассказывать", "вспоминать", "розповідати", "згадувати"): any finite form of one
     * is a cue with the claimant on either side ("— рассказывает Алексей", "Олексій згадує").
     */
    private final java.util.Set<String> speechLemmas = new java.util.HashSet<>();
    private final List<Pattern> subjects = new ArrayList<>();
    private final ClaimantWords vocabulary = new ClaimantWords(RESOURCES + "claimant-words.tsv");
    private final ClaimantBounds nameBounds = new ClaimantBounds(vocabulary);

    /**
     * Where a cue's claimant stands: after it ("according to X"), before it ("X estimates"), either, or nowhere —
     * {@code REFERENCE} cues ("по его словам", "за її даними") name the claimant of an earlier sentence.
     */
    private enum Side { AFTER, BEFORE, EITHER, REFERENCE }

    private record Cue(Side side, List<String> words) {
    }

    /**
     * A claimant named in a sentence, and where its attribution starts (token index): a claimant governs the figures
     * after it up to the next claimant; a figure before every claimant belongs to the first one after it.
     */
    private record Claimant(String name, Optional<String> key, int cueAt, boolean header) {
        Claimant(String name, Optional<String> key, int cueAt) {
            this(name, key, cueAt, false);
        }

        Claimant at(int position) {
            return new Claimant(name, key, position, header);
        }
    }

    private ClaimFinder() {
        LexiconFile file = LexiconFile.read(RESOURCES + "attribution.tsv");
        for (LexiconFile.Row row : file.rows()) {
            if (row.cell(0).equals("speech")) {
                speechLemmas.add(row.cell(1));
                continue;
            }
            Side side;
            try {
                side = Side.valueOf(row.cell(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw file.badRow(row, "unknown side " + row.cell(0));
            }
            cues.add(new Cue(side, Arrays.asList(row.cell(1).split(" "))));
            cueFirstWords.add(cues.get(cues.size() - 1).words().get(0));
        }
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
        List<Mention> places = mentions.stream().filter(m -> m.type() == MentionType.PLACE
                || m.type() == MentionType.REGION || m.type() == MentionType.UNIT).toList();
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        Optional<Claimant> lastNamed = Optional.empty();
        Optional<Claimant> lastPerson = Optional.empty();
        Optional<Claimant> previousSentence = Optional.empty();
        Optional<Claimant> postHeader = Optional.empty();
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
            for (Claimant found : claimants(text.text(), tokens, organisations, figures, places, insideClaimants)) {
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
                if (sameSentence.isPresent()) {
                    // "According to a local human-rights group, …; the group says …": named earlier in the sentence
                    claimants.add(sameSentence.get().at(found.cueAt()));
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
                    .or(() -> closedLaterBy(text.text(), sentences, sentenceIndex, organisations, mentions, places));
            if (s == 0) {
                postHeader = claimants.stream().filter(Claimant::header).findFirst();
            }
            final Optional<Claimant> headerOf = postHeader;
            Optional<Claimant> continued = claimants.isEmpty() && quoting.isEmpty()
                    && continues(text.text(), sentences, s) ? previousSentence : Optional.empty();
            for (Mention figure : figures) {
                int at = tokenIndex(tokens, figure.span().start());
                if (insideClaimants.contains(figure.span())) {
                    continue;
                }
                Optional<Claimant> claimant = claimants.stream().filter(c -> c.cueAt() <= at)
                        .reduce((a, b) -> b.cueAt() >= a.cueAt() ? b : a)
                        .or(() -> claimants.stream().filter(c -> c.cueAt() > at && !c.header())
                                .min((a, b) -> Integer.compare(a.cueAt(), b.cueAt())))
                        .or(() -> quoting)
                        .or(() -> continued)
                        .or(() -> claimants.isEmpty() && quoting.isEmpty() ? headerOf : Optional.empty());
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
     * Whether the aside opening at {@code start} describes the name before it: a relative pronoun, after a
     * preposition or not ("в котором больше 600 участников", "у якому", "which has", "with 40,000 subscribers").
     */
    private boolean describesClaimant(List<Token> tokens, int start) {
        String first = tokens.get(start).lowercase();
        if (first.equals("with") || vocabulary.is("relative", first)) {
            return true;
        }
        return start + 1 < tokens.size() && vocabulary.is("preposition", first)
                && tokens.get(start + 1).lemmas().stream().anyMatch(lemma -> vocabulary.is("relative", lemma));
    }

    /**
     * The index of a speaking office ("пресс-службе", "бригаді", "ТЦК") among the three words after the preposition
     * at {@code preposition}, up to {@code last}; -1 when there is none.
     */
    private int officeAfter(List<Token> tokens, int preposition, int last) {
        for (int k = preposition + 1; k <= Math.min(last, preposition + MAX_OFFICE_OFFSET); k++) {
            Token token = tokens.get(k);
            if (vocabulary.is("office", token.lowercase())
                    || token.lemmas().stream().anyMatch(lemma -> vocabulary.is("office", lemma))) {
                return k;
            }
        }
        return -1;
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
                                     List<Mention> figures, List<Mention> places, java.util.Set<Span> inside) {
        List<Claimant> found = new ArrayList<>();
        header(text, tokens, organisations, places).ifPresent(found::add);
        for (int i = 0; i < tokens.size(); i++) {
            List<Cue> candidates = cues;
            if (!cueFirstWords.contains(tokens.get(i).lowercase())) {
                if (!saysInFiniteForm(tokens.get(i))) {
                    continue;
                }
                candidates = List.of(new Cue(Side.EITHER, List.of(tokens.get(i).lowercase())));
            }
            if (i > 0 && vocabulary.is("negation", tokens.get(i - 1).lowercase())) {
                // "военные не сообщили", "did not say": a speech denied names no claimant
                continue;
            }
            for (Cue cue : candidates) {
                if (!matchesAt(tokens, i, cue.words())) {
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
                    claimant = phrase(text, tokens, i - 1, -1, organisations, figures, i, inside)
                            .or(() -> beforeApposition(text, tokens, cueAt, organisations, figures, inside));
                }
                if (claimant.isEmpty() && cue.side() != Side.BEFORE && !(after < tokens.size()
                        && vocabulary.is("complementizer", tokens.get(after).lowercase()))) {
                    claimant = phrase(text, tokens, after, 1, organisations, figures, i, inside);
                }
                claimant.ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * "A second channel, citing a source in the hospital, said": the claimant before an apposition or an aside set
     * off by commas; an organisation named in the aside ("X, a spokesman for the navy, said") gives its key.
     */
    private Optional<Claimant> beforeApposition(String text, List<Token> tokens, int cueAt,
                                                List<Mention> organisations, List<Mention> figures,
                                                java.util.Set<Span> inside) {
        if (cueAt < 3 || !tokens.get(cueAt - 1).text().equals(",")) {
            return Optional.empty();
        }
        for (int comma = cueAt - 2; comma > 0 && comma >= cueAt - 2 - MAX_ASIDE_TOKENS; comma--) {
            Token token = tokens.get(comma);
            if (token.text().equals(",")) {
                if (comma == cueAt - 2) {
                    return Optional.empty();
                }
                Span aside = new Span(tokens.get(comma + 1).span().start(), tokens.get(cueAt - 2).span().end());
                if (!opensSentenceOrFollowsQuote(tokens, comma - 1)) {
                    return Optional.empty();
                }
                Optional<Claimant> named = phrase(text, tokens, comma - 1, -1, organisations, figures, comma,
                        new java.util.HashSet<>())
                        .filter(n -> n.key().isPresent() || n.cueAt() == lastBreak(tokens, n.cueAt() + 1));
                Optional<Mention> organisation = organisations.stream().filter(o -> aside.contains(o.span()))
                        .findFirst();
                boolean asideSpeaks = tokens.subList(comma + 1, cueAt - 1).stream()
                        .anyMatch(t -> cueFirstWords.contains(t.lowercase()));
                boolean asideCounts = figures.stream().anyMatch(f -> aside.overlaps(f.span()));
                if (asideCounts && !describesClaimant(tokens, comma + 1)) {
                    // "Среди пострадавших один ребенок, четверо человек в тяжелом состоянии, заявил Кипер": a figure
                    // between commas is told, not the claimant's description
                    return Optional.empty();
                }
                if (named.isPresent() && !asideSpeaks) {
                    // "Администратор чата, в котором больше 600 участников, утверждает": the aside's figures
                    // describe the claimant; they are not claimed ("X, который сообщал о двух дронах, добавил"
                    // claims its aside's figure)
                    figures.stream().filter(f -> aside.contains(f.span())).forEach(f -> inside.add(f.span()));
                }
                return named.map(n -> n.key().isPresent() || organisation.isEmpty() ? n.at(cueAt)
                        : new Claimant(n.name(), Optional.of(organisation.get().key()), cueAt));
            }
            if (token.kind() == TokenKind.PUNCTUATION && QUOTES.indexOf(token.text().charAt(0)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The claimant phrase from token {@code from} walking in {@code direction} up to punctuation. Walking back, a
     * phrase opening with a preposition ("Об этом в понедельник сообщил …") names nobody, and an organisation after a
     * preposition inside it is where the claimant spoke, not who ("Речник … у коментарі «Суспільному» уточнив").
     * Walking on, an organisation anywhere up to the punctuation is the claimant ("according to a count of published
     * obituaries by the outlet X"), and a figure the phrase runs into belongs to it ("according to the relatives of
     * three men") and is noted in {@code inside}.
     */
    private Optional<Claimant> phrase(String text, List<Token> tokens, int from, int direction,
                                      List<Mention> organisations, List<Mention> figures, int cueAt,
                                      java.util.Set<Span> inside) {
        int nextToVerb = from;
        while (direction < 0 && nextToVerb > 0 && vocabulary.is("adverb", tokens.get(nextToVerb).lowercase())) {
            nextToVerb--;
        }
        if (nextToVerb >= 0 && nextToVerb < tokens.size()
                && vocabulary.is("told", tokens.get(nextToVerb).lowercase())) {
            // who was told or written to, not who tells: "confirmed to the channel", "розповів дружині", and before
            // an impersonal verb past its adverbs, "а рідним потім написали"
            return Optional.empty();
        }
        if (direction > 0 && from < tokens.size() && vocabulary.is("topic", tokens.get(from).lowercase())) {
            // "что пишут о погибших на страницах администраций": what is written about, not who writes
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        int words = 0;
        int position = from;
        boolean tooLong = false;
        int orgEnd = -1;
        while (position >= 0 && position < tokens.size()) {
            Token token = tokens.get(position);
            if (QUOTES.indexOf(token.text().charAt(0)) >= 0 && token.text().length() == 1) {
                position += direction;
                continue;
            }
            if (direction > 0 && words > 0 && vocabulary.is("complementizer", token.lowercase())) {
                // "told Baltic Courier that their husbands …": what was said starts here
                break;
            }
            boolean figure = figures.stream().anyMatch(f -> f.span().overlaps(token.span()));
            if (figure && direction > 0 && words > 0) {
                figures.stream().filter(f -> f.span().overlaps(token.span())).forEach(f -> inside.add(f.span()));
            }
            if (token.kind() == TokenKind.PUNCTUATION && !token.text().equals("’") && !token.text().equals("'")
                    && !token.text().equals("-") || figure) {
                break;
            }
            if (tooLong) {
                if (organisations.stream().anyMatch(o -> o.span().overlaps(token.span()))) {
                    orgEnd = position;
                }
                position += direction;
                continue;
            }
            if (!token.text().equals("-") && ++words > (direction < 0 ? MAX_SUBJECT_WORDS : MAX_CLAIMANT_WORDS)) {
                tooLong = true;
                if (direction > 0) {
                    continue;
                }
                break;
            }
            first = Math.min(first, position);
            last = Math.max(last, position);
            position += direction;
        }
        if (orgEnd >= 0) {
            last = Math.max(last, orgEnd);
        }
        if (words == 0 || last < 0 || first > last || tokens.get(first).kind() == TokenKind.PUNCTUATION) {
            return Optional.empty();
        }
        if (direction < 0) {
            Span whole = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
            if (vocabulary.is("preposition", tokens.get(first).lowercase())
                    && organisations.stream().noneMatch(o -> whole.overlaps(o.span()))) {
                int office = officeAfter(tokens, first, last);
                if (office < 0) {
                    return Optional.empty();
                }
                // "В пресс-службе губернатора ответили", "У 3-му армійському корпусі назвали": the office speaks
                first++;
            }
            for (int k = first + 1; k < last; k++) {
                if (vocabulary.is("preposition", tokens.get(k).lowercase())) {
                    Span rest = new Span(tokens.get(k).span().start(), tokens.get(last).span().end());
                    Span head = new Span(tokens.get(first).span().start(), tokens.get(k - 1).span().end());
                    if (organisations.stream().anyMatch(o -> rest.contains(o.span()))
                            && organisations.stream().noneMatch(o -> head.overlaps(o.span()))) {
                        last = k - 1;
                        break;
                    }
                }
            }
        }
        int[] bounds = nameBounds.trimmed(tokens, first, last, direction, organisations);
        if (bounds[0] > bounds[1]) {
            return Optional.empty();
        }
        first = bounds[0];
        last = bounds[1];
        if (vocabulary.is("complementizer", tokens.get(first).lowercase())
                || first == last && cueFirstWords.contains(tokens.get(first).lowercase())) {
            // "…, утверждает, что только в январе туда написали": a clause of what was said, no name; "…, said on
            // Thursday it had documented 31 killings": a speech word alone names nobody
            return Optional.empty();
        }
        if (direction < 0 && nameBounds.opensWithRelative(tokens, first)) {
            return nameBounds.nameBeforeRelative(tokens, first)
                    .map(name -> new Claimant(name.of(text), Optional.empty(), cueAt));
        }
        Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
        // walking on, the organisation nearest the cue; walking back, the head of the subject ("X и Y заявили")
        Optional<Mention> organisation = organisations.stream().filter(o -> span.overlaps(o.span()))
                .min((a, b) -> direction < 0 ? Integer.compare(a.span().start(), b.span().start())
                        : Integer.compare(Math.abs(a.span().start() - tokens.get(from).span().start()),
                        Math.abs(b.span().start() - tokens.get(from).span().start())));
        int at = Math.min(cueAt, first);
        if (organisation.isPresent() && direction > 0 && isAddressee(tokens, first, last, organisation.get())) {
            // "рассказали ASTRA родственники", "розповіли журналістам «Української правди»": told, not claiming
            int after = tokenIndex(tokens, organisation.get().span().end() - 1) + 1;
            return after <= last ? phrase(text, tokens, after, 1, List.of(), figures, cueAt, inside) : Optional.empty();
        }
        if (organisation.isPresent()) {
            return Optional.of(new Claimant(organisation.get().text(), Optional.of(organisation.get().key()), at));
        }
        if (tooLong && direction < 0) {
            return Optional.empty();
        }
        if (tooLong) {
            int lastWord = last;
            for (int k = first, counted = 0; k <= last; k++) {
                if (!tokens.get(k).text().equals("-") && ++counted == MAX_CLAIMANT_WORDS) {
                    lastWord = k;
                    break;
                }
            }
            last = lastWord;
        }
        int end = tokens.get(last).span().end();
        String raw = text.substring(tokens.get(first).span().start(), end);
        if (end < text.length() && (text.charAt(end) == '»' && raw.indexOf('«') >= 0 && raw.indexOf('»') < 0
                || text.charAt(end) == '”' && raw.indexOf('“') >= 0 && raw.indexOf('”') < 0)) {
            end++;
        }
        String name = text.substring(tokens.get(first).span().start(), end).replaceFirst("^[^\\p{L}\\p{N}«\"“]+", "")
                .replaceFirst("^(?i:and|but|и|і|та|а)\\s+", "").replaceFirst("^(?i:the|a|an)\\s+", "").strip();
        if (name.indexOf('«') >= 0 && name.indexOf('»') < 0) {
            name = name.replace("«", "");
        }
        if (name.indexOf('“') >= 0 && name.indexOf('”') < 0) {
            name = name.replace("“", "");
        }
        // a number of its own makes the phrase no name; an ordinal or age in it does not ("Речник 3-го корпусу",
        // "a 41-year-old former prisoner")
        // a lone conjunction, relative pronoun or preposition names nobody ("…, а также сообщила о 12 раненых")
        return name.isEmpty() || STANDALONE_NUMBER.matcher(name).find() || LONE_JOINER.matcher(name).matches()
                || vocabulary.is("relative", name.toLowerCase(java.util.Locale.ROOT))
                || vocabulary.is("preposition", name.toLowerCase(java.util.Locale.ROOT)) ? Optional.empty()
                : Optional.of(new Claimant(name, Optional.empty(), at));
    }

    /**
     * Whether the organisation in the phrase walked on from a speech verb is who was told: only addressee nouns and
     * quotes stand before it ("журналістам «Української правди»"), and either such a noun does or a word that is no
     * preposition or adverb follows it ("рассказали ASTRA родственники"; "заявил Генштаб в четверг" keeps its
     * claimant).
     */
    private boolean isAddressee(List<Token> tokens, int first, int last, Mention organisation) {
        boolean addresseeNoun = false;
        int k = first;
        for (; k <= last && tokens.get(k).span().end() <= organisation.span().start(); k++) {
            String word = tokens.get(k).lowercase();
            if (vocabulary.is("addressee", word)) {
                addresseeNoun = true;
            } else if (QUOTES.indexOf(word.charAt(0)) < 0) {
                return false;
            }
        }
        int after = tokenIndex(tokens, organisation.span().end() - 1) + 1;
        while (after <= last && QUOTES.indexOf(tokens.get(after).text().charAt(0)) >= 0) {
            after++;
        }
        String next = after <= last ? tokens.get(after).lowercase() : "";
        boolean speakerFollows = after <= last && tokens.get(after).kind() == TokenKind.WORD
                && !vocabulary.is("preposition", next) && !LOCATIVE.contains(next) && !vocabulary.is("adverb", next);
        return addresseeNoun || speakerFollows;
    }

    /**
     * Whether the words ending at {@code end} run back to the start of the sentence or to a quotation before them
     * ("A second channel, citing …", "…,\" Vyacheslav Gladkov, the governor, told"), as a subject before an aside does.
     */
    private static boolean opensSentenceOrFollowsQuote(List<Token> tokens, int end) {
        int k = end;
        while (k >= 0 && (tokens.get(k).kind() != TokenKind.PUNCTUATION && tokens.get(k).kind() != TokenKind.SYMBOL
                || tokens.get(k).text().equals("-") || tokens.get(k).text().equals("'")
                || tokens.get(k).text().equals("’"))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        String stop = tokens.get(k).text();
        boolean quote = stop.length() == 1 && QUOTES.indexOf(stop.charAt(0)) >= 0;
        return quote || stop.equals("—") || stop.equals("–") || IntStream.range(0, k)
                .allMatch(j -> tokens.get(j).kind() != TokenKind.WORD && tokens.get(j).kind() != TokenKind.NUMBER);
    }

    /** Where the run of words and numbers ending before {@code at} begins: after the punctuation before it. */
    private static int lastBreak(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && tokens.get(k).kind() != TokenKind.PUNCTUATION && tokens.get(k).kind() != TokenKind.SYMBOL) {
            k--;
        }
        return k + 1;
    }

    /**
     * "Генштаб ВСУ: за сутки …" — a capitalised name of a few words and a colon opening the sentence. The name must
     * be an organisation or hold a speaker word ("Губернатор", "Spokesman"); a place or a topic before the colon
     * ("Авдеевка: …", "Подмосковье и Якутия: …") is a headline's subject, not its source. It governs only what
     * follows the colon.
     */
    private Optional<Claimant> header(String text, List<Token> tokens, List<Mention> organisations,
                                      List<Mention> places) {
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
                Span name = new Span(tokens.get(first).span().start(), tokens.get(colon - 1).span().end());
                boolean organisation = organisations.stream().anyMatch(o -> name.overlaps(o.span()));
                boolean speaker = tokens.subList(first, colon).stream()
                        .anyMatch(t -> vocabulary.is("speaker", t.lowercase()));
                boolean place = places.stream().anyMatch(p -> name.overlaps(p.span()));
                if (!organisation && (place || !speaker)) {
                    return Optional.empty();
                }
                final int at = colon;
                return phrase(text, tokens, colon - 1, -1, organisations, List.of(), colon, new java.util.HashSet<>())
                        .map(c -> new Claimant(c.name(), c.key(), at, true));
            }
            if (token.kind() == TokenKind.PUNCTUATION && QUOTES.indexOf(token.text().charAt(0)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * «Он говорил, что их гонят волнами… Из 120 осталось 17», — говорит женщина: a sentence that opens a quotation
     * it does not close takes the claimant named where the quotation closes, up to three sentences on.
     */
    private Optional<Claimant> closedLaterBy(String text, List<Sentence> sentences, int s, List<Mention> organisations,
                                             List<Mention> mentions, List<Mention> places) {
        String own = sentences.get(s).span().of(text).strip();
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
                return claimants(text, later.tokens(), organisations, figures, places, new java.util.HashSet<>())
                        .stream().filter(c -> !c.name().isEmpty() && !vocabulary.refersBack(c.name(), "reference"))
                        .findFirst().map(c -> c.at(0));
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
        return claimants(text, tokens, organisations, List.of(), List.of(), new java.util.HashSet<>()).stream()
                .filter(c -> !c.name().isEmpty()).reduce((a, b) -> b)
                .map(c -> new Claimant(c.name(), c.key(), -1));
    }

    /**
     * Whether {@code token} is a finite form of a verb of saying: a lemma of {@link #speechLemmas}, and not an
     * infinitive, gerund or participle ("отказался рассказать", "рассказывая", "сказано в сообщении" name no speaker).
     */
    private boolean saysInFiniteForm(Token token) {
        if (token.kind() != TokenKind.WORD || token.lemmas().stream().noneMatch(speechLemmas::contains)) {
            return false;
        }
        return !NOT_FINITE.matcher(token.lowercase()).matches();
    }

    private static boolean matchesAt(List<Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).lowercase().equals(words.get(k))) {
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
