package org.frontwatch.extract.claim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Reads the claimant phrase on one side of an attribution cue: the words up to punctuation, without those around
 * the name ({@link ClaimantBounds}), the organisation among them as the claimant, and nobody when the phrase is who
 * was told ("рассказали ASTRA родственники"), where it was said ("Речник … у коментарі «Суспільному»") or no name.
 * Split from {@link ClaimFinder}, which finds the cues; {@link HeaderReader} and {@link AppositionReader} read their
 * names with it too. Immutable.
 */
final class ClaimantPhraseReader {
    private static final int MAX_MEDIUM_CLAUSE = 14;
    /** The quotation marks a claimant phrase walks over and a header or aside may open with. */
    static final String QUOTES = "«»\"“”„‘’'";
    private static final int MAX_CLAIMANT_WORDS = 7;
    /** Walking back from a verb the subject may be longer ("Речник угруповання «Схід» Іван Петрук у коментарі …"). */
    private static final int MAX_SUBJECT_WORDS = 9;
    /** How far after "в"/"у" the office may stand ("У 3-му армійському корпусі"). */
    private static final int MAX_OFFICE_OFFSET = 3;
    /** Prepositions of where something was said ("в телеграме", "in Magnitogorsk", "на брифинге"), not of whom. */
    private static final Set<String> LOCATIVE = Set.of("в", "во", "на", "у", "in", "on", "at");
    private static final Pattern STANDALONE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])\\p{N}++(?:[.,]\\p{N}++)*+(?![\\p{L}\\p{N}\\-–])");
    /** "По данным «Медиазоны» и Би-би-си": a second source joined to the first, no speaker told by it. */
    private static final Set<String> COORDINATORS = Set.of("и", "і", "й", "та", "and", "&");
    private static final Pattern LONE_JOINER = Pattern.compile("(?iu)and|but|и|і|й|та|а|но|але|однак");

    private final ClaimantWords vocabulary;
    private final ClaimantBounds nameBounds;
    private final AttributionCues cues;

    ClaimantPhraseReader(ClaimantWords vocabulary, AttributionCues cues) {
        this.vocabulary = vocabulary;
        this.nameBounds = new ClaimantBounds(vocabulary);
        this.cues = cues;
    }

    /**
     * The claimant phrase from token {@code from} walking in {@code direction} up to punctuation. Walking back, a
     * phrase opening with a preposition ("Об этом в понедельник сообщил …") names nobody, and an organisation after a
     * preposition inside it is where the claimant spoke, not who ("Речник … у коментарі «Суспільному» уточнив").
     * Walking on, an organisation anywhere up to the punctuation is the claimant ("according to a count of published
     * obituaries by the outlet X"), and a figure the phrase runs into belongs to it ("according to the relatives of
     * three men") and is noted in {@code inside}.
     */
    /**
     * Where the words after a speech verb go on past a medium it was said in ("на видео", "в интервью", "у відео",
     * "in a video", "on camera") and a clause after it set off by commas ("на видео, снятом в подвале,"); {@code from}
     * itself when no medium stands there.
     */
    private int pastMedium(List<Token> tokens, int from) {
        if (from + 1 >= tokens.size() || !vocabulary.is("medium-preposition", tokens.get(from).lowercase())) {
            return from;
        }
        int medium = -1;
        for (int k = from + 1; k <= Math.min(from + 2, tokens.size() - 1); k++) {
            if (vocabulary.is("medium", tokens.get(k).lowercase())) {
                medium = k;
                break;
            }
        }
        if (medium < 0 || medium + 1 >= tokens.size()) {
            return from;
        }
        int next = medium + 1;
        if (tokens.get(next).text().equals(",")) {
            for (int k = next + 1; k < Math.min(tokens.size(), next + MAX_MEDIUM_CLAUSE); k++) {
                if (tokens.get(k).text().equals(",")) {
                    return k + 1 < tokens.size() ? k + 1 : from;
                }
            }
            return from;
        }
        return tokens.get(next).kind() == TokenKind.WORD ? next : from;
    }

    Optional<Claimant> read(String text, List<Token> tokens, int from, int direction, List<Mention> organisations,
                            List<Mention> figures, int cueAt, Set<Span> inside) {
        if (direction < 0 && from > 1 && tokens.get(from).text().equals(",")
                && tokens.get(from - 1).kind() == TokenKind.WORD
                && Character.isUpperCase(tokens.get(from - 1).text().charAt(0))
                && tokens.get(from - 2).text().equals(",")) {
            // "…, one of them, Tatyana, told Okolitsa": a one-word name in apposition, between commas, before the verb
            return read(text, tokens, from - 1, direction, organisations, figures, cueAt, inside);
        }
        int nextToVerb = from;
        while (direction < 0 && nextToVerb > 0 && vocabulary.is("adverb", tokens.get(nextToVerb).lowercase())) {
            nextToVerb--;
        }
        if (direction > 0 && from + 1 < tokens.size() && !tokens.get(from).lowercase().equals("to")
                && vocabulary.is("told", tokens.get(from).lowercase())
                && QUOTES.indexOf(tokens.get(from + 1).text().charAt(0)) < 0
                && organisations.stream().noneMatch(o -> o.span().start() == tokens.get(from + 1).span().start())) {
            // "заявил журналистам пресс-секретарь Госдепа": the one told is stepped over, the speaker may follow
            // (not into "журналістам «Української правди»", whose outlet was told too)
            return read(text, tokens, from + 1, direction, organisations, figures, cueAt, inside);
        }
        if (nextToVerb >= 0 && nextToVerb < tokens.size()
                && vocabulary.is("told", tokens.get(nextToVerb).lowercase())) {
            // who was told or written to, not who tells: "confirmed to the channel", "розповів дружині", and before
            // an impersonal verb past its adverbs, "а рідним потім написали"
            return Optional.empty();
        }
        int beforeOutlet = direction < 0 ? beforeToldOutlet(tokens, nextToVerb, organisations) : NO_OUTLET;
        if (beforeOutlet == -1) {
            return Optional.empty(); // "«Южному берегу» рассказали задержанные": nobody before the outlet told
        }
        if (beforeOutlet != NO_OUTLET) {
            // "Об этом «Уральскому репортёру» рассказала жена одного из бойцов", "В Офісі омбудсмана «Хроніці тилу»
            // підтвердили": the outlet in the dative was told; the claimant, if any, stands before it
            return read(text, tokens, beforeOutlet, direction, organisations, figures, cueAt, inside);
        }
        int pastCircumstance = direction > 0 ? pastMedium(tokens, from) : from;
        if (pastCircumstance != from) {
            // "— говорит на видео, снятом в подвале, мобилизованный из Березников", "said in a video recorded near
            // Hirske, a soldier of …": the medium and where it was made are stepped over, the speaker follows
            return read(text, tokens, pastCircumstance, direction, organisations, figures, cueAt, inside);
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
            if (direction < 0 && token.text().equals(")")) {
                // "Жительница Сургута Ольга (имя изменено) рассказала": an aside in brackets is stepped over
                int open = position - 1;
                while (open >= 0 && !tokens.get(open).text().equals("(") && position - open <= MAX_ASIDE_TOKENS) {
                    open--;
                }
                if (open >= 0 && tokens.get(open).text().equals("(")) {
                    position = open - 1;
                    continue;
                }
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
            // "Водночас у Львівській обласній прокуратурі повідомили": an adverb before the preposition is no name
            while (first < last && vocabulary.is("adverb", tokens.get(first).lowercase())) {
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
                || first == last && cues.opensCue(tokens.get(first).lowercase())) {
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
            return after <= last ? read(text, tokens, after, 1, List.of(), figures, cueAt, inside) : Optional.empty();
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
                || vocabulary.is("relative", name.toLowerCase(Locale.ROOT))
                || vocabulary.is("preposition", name.toLowerCase(Locale.ROOT)) ? Optional.empty()
                : Optional.of(new Claimant(name, Optional.empty(), at));
    }

    /**
     * Whether the organisation in the phrase walked on from a speech verb is who was told: only addressee nouns and
     * quotes stand before it ("журналістам «Української правди»"), and either such a noun does or a word that is no
     * preposition, adverb or conjunction follows it ("рассказали ASTRA родственники"; "заявил Генштаб в четверг" and
     * "по данным «Медиазоны» и Би-би-си" keep their claimant).
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
                && !vocabulary.is("preposition", next) && !LOCATIVE.contains(next) && !vocabulary.is("adverb", next)
                && !COORDINATORS.contains(next);
        return addresseeNoun || speakerFollows;
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

    /** The index of the token that ends after {@code offset}: the token at it, else the next one. */
    static int tokenIndex(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).span().end() > offset) {
                return k;
            }
        }
        return tokens.size();
    }

    private static final int NO_OUTLET = Integer.MIN_VALUE;
    /** The longest aside in brackets a claimant phrase steps over ("(имя изменено)", "(name changed)"). */
    private static final int MAX_ASIDE_TOKENS = 6;
    /** Endings of a Russian or Ukrainian noun in the dative singular ("репортёру", "берегу", "газете", "правді"). */
    private static final java.util.List<String> DATIVE_ENDINGS = java.util.List.of("у", "ю", "е", "і", "ові", "еві");

    /**
     * The token before an organisation in quotes that ends right before the verb (at {@code at}, closing quotes
     * skipped) with a word in the dative — a word the dictionary reads as another form of its lemma, ending as a
     * dative does (-1 when the outlet opens the sentence) — or {@link #NO_OUTLET} when there is none.
     */
    private static int beforeToldOutlet(List<Token> tokens, int at, List<Mention> organisations) {
        int k = at;
        boolean quoted = false;
        while (k >= 0 && k < tokens.size() && tokens.get(k).text().length() == 1
                && QUOTES.indexOf(tokens.get(k).text().charAt(0)) >= 0) {
            quoted = true;
            k--;
        }
        if (!quoted || k < 0 || k >= tokens.size()) {
            return NO_OUTLET;
        }
        Token last = tokens.get(k);
        String word = last.folded();
        Optional<Mention> outlet = organisations.stream().filter(o -> o.span().contains(last.span())).findFirst();
        if (outlet.isEmpty() || last.kind() != TokenKind.WORD || last.foldedLemmas().isEmpty()
                || last.foldedLemmas().contains(word) || DATIVE_ENDINGS.stream().noneMatch(word::endsWith)) {
            return NO_OUTLET;
        }
        int before = k;
        while (before >= 0 && tokens.get(before).span().end() > outlet.get().span().start()) {
            before--;
        }
        while (before >= 0 && tokens.get(before).text().length() == 1
                && QUOTES.indexOf(tokens.get(before).text().charAt(0)) >= 0) {
            before--;
        }
        return before;
    }
}
