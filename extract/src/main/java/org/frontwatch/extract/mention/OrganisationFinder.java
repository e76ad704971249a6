package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frontwatch.extract.gazetteer.PhraseMatch;
import org.frontwatch.extract.gazetteer.PhraseMatcher;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.extract.morphology.Morphology;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds organisations — outlets, ministries, agencies, armed forces, NGOs, companies — from the curated alias table
 * {@code gazetteer/organisations.tsv}, across scripts and grammatical cases (Verstka / «Верстки», Люди Байкала /
 * People of Baikal, Минобороны / МО РФ / Міноборони), keyed {@code org:<slug>}. The longest alias wins
 * ("Минобороны России" over "Минобороны"); capitalisation rules of {@link PhraseMatcher} keep common words out
 * ("вёрстка" the layout is not Verstka the outlet). A name the table writes in «» is also a common word («Проект»,
 * «Дождь», «Звезда»): it is found only in quotes or right after a head noun ("телеканал Звезда"), never in "проект
 * закона" or "звезда Героя".
 *
 * <p>An organisation the table does not know is still found when a head noun from
 * {@code gazetteer/organisation-heads.tsv} introduces it by name — in quotes or in capitalised words ("the outlet
 * Okopny Reyestr", "телеграм-канал «Байкальский патруль»", "видання «Сибірський експрес»") — keyed by its romanised
 * name ({@link OrganisationSlug}); later bare uses of the same name in the text are the same organisation. English
 * news names outlets three more ways: in apposition ("The Volga Letter, an independent outlet from Yoshkar-Ola"), as
 * whom a source "told the Donbas Dispatch", and as the agency in a wire dateline ("KYIV, Sept 11 (Eastwire) -").
 * A known name used as a modifier of such a head ("the Telegram channel X") is no mention of its own. Immutable and
 * thread-safe.
 *
 * <p>Over 400 lines (about 660) because the ways news introduces an outlet by name (head noun, forward, "told the",
 * dateline, apposition, quoted sources, source lines, English outlet words) share the reading of the name and the alias
 * table; the nominative of a name in an oblique case is {@link NominativeName}'s; the quoted-source and outlet-word
 * readers are the next to move into a class of their own.
 */
public final class OrganisationFinder implements MentionFinder {
    private static final String RESOURCE = "/org/frontwatch/extract/gazetteer/organisations.tsv";
    private static final String HEADS = "/org/frontwatch/extract/gazetteer/organisation-heads.tsv";
    private static final int MAX_NAME_WORDS = 5;
    private static final int DATELINE_WORDS = 8;
    private static final String OPENING_QUOTES = "«\"“„";
    private static final String CLOSING_QUOTES = "»\"”“";
    private static final List<String> NAME_CONNECTORS = List.of("of", "the", "and", "for", "&");
    private static final String ANY_COUNTRY = "*";
    /** Words that make what follows a comma no description of a name ("Ivan Petrov, a member of the group"). */
    private static final java.util.Set<String> LINKING_WORDS = java.util.Set.of("of", "the", "and", "for", "in", "at",
            "from", "with", "by", "on", "to", "who", "which", "that");
    private static final java.util.Set<String> FORWARD_PREPOSITIONS = java.util.Set.of("from", "из", "з", "із", "від");
    private static final java.util.Set<String> FORWARD_CHANNEL_WORDS = java.util.Set.of("channel", "канала", "каналу",
            "телеграм-канала", "телеграм-каналу");

    private static final class Bundled {
        static final OrganisationFinder INSTANCE = new OrganisationFinder(TextAnalyser.bundled(), Morphology.bundled());
    }

    private final PhraseMatcher<String> aliases;
    /** Words right before a quoted outlet's name: "рассказали «X»", "по данным «X»", "со ссылкой на «X»". */
    private static final java.util.Set<String> QUOTED_SOURCE_BEFORE = java.util.Set.of("рассказали", "рассказал",
            "рассказала", "сообщили", "сообщил", "сообщила", "данным",
            "информации", "сведениям", "подсчетам", "подсчётам", "оценкам", "розповіли", "розповів",
            "розповіла", "повідомили", "повідомив", "повідомила", "даними", "інформацією",
            "підрахунками", "оцінками", "пишет", "пише", "сообщает", "повідомляє", "прислали", "прислал",
            "прислала", "присылали", "передали", "передал", "передала", "написали", "журналистам", "журналистов",
            "журналістам", "журналістів", "изданию", "виданню", "подсчёту", "подсчету", "підрахунком", "підрахунку",
            "расчётам", "расчетам", "комментарии", "коментарі", "интервью", "інтерв'ю");
    /**
     * Verbs right after a quoted outlet's name that take it in the dative, so that its key is that of its dictionary
     * form: "Об этом «Южному берегу» рассказали бывшие задержанные".
     */
    private static final java.util.Set<String> QUOTED_DATIVE_AFTER = java.util.Set.of("рассказали", "рассказал",
            "рассказала", "розповіли", "розповів", "розповіла", "подтвердили", "підтвердили", "пояснили",
            "объяснили", "ответили", "відповіли");
    /** Verbs right after a quoted outlet's name: "«X» поговорил с ней", "«X» пишет", "«Х» з'ясувала". */
    private static final java.util.Set<String> QUOTED_SOURCE_AFTER = java.util.Set.of("пишет", "пише", "сообщает",
            "сообщил", "сообщило", "сообщила", "повідомляє", "повідомив", "повідомило", "повідомила", "поговорил",
            "поговорило", "поговорила", "поговорив", "поговорили", "выяснил", "выяснило", "выяснила", "з'ясував",
            "з'ясувало", "з'ясувала", "з’ясував", "з’ясувало", "з’ясувала", "узнал", "узнало", "узнала", "дізнався",
            "дізналося", "дізналася", "подсчитал", "подсчитало", "подсчитала", "підрахував", "підрахувало",
            "підрахувала", "насчитал", "насчитало", "нарахував", "нарахувало", "опубликовал", "опубликовало",
            "опубликовала", "оприлюднив", "оприлюднило", "оприлюднила", "цитирует", "цитує", "отмечает", "зазначає",
            "утверждает", "стверджує", "приводит", "наводить", "публикует", "публікує");
    /** Last words of English outlet names ("Baltic Courier", "Amur Dispatch", "North Star Media", "Ruble Watch"). */
    private static final java.util.Set<String> OUTLET_WORDS = java.util.Set.of("Media", "News", "Watch", "Dispatch",
            "Courier", "Post", "Times", "Insider", "Monitor", "Herald", "Gazette", "Journal", "Tribune", "Daily",
            "Weekly", "Review", "Wire", "Observer", "Telegraph", "Chronicle", "Online", "TV", "Radio", "Press");
    /** Names that are also common words («Проект», «Дождь»): found only in quotes or after a head noun. */
    private final PhraseMatcher<String> quotedAliases;
    private final Morphology morphology;
    private final List<Pattern> heads = new ArrayList<>();
    /** Whether a word is a head noun, remembered: the patterns were a tenth of the extractor's time. */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> headWords =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The organisations of the text read last, which {@link PersonFinder} asks for right after the extractor did. */
    private final LastTextMentions lastText = new LastTextMentions();

    public OrganisationFinder(TextAnalyser analyser, Morphology morphology) {
        this.morphology = morphology;
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder(analyser);
        PhraseMatcher.Builder<String> quoted = PhraseMatcher.builder(analyser);
        int line = 0;
        for (String text : ResourceLines.read(RESOURCE)) {
            line++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] columns = text.split("\t");
            if (columns.length != 2 || !columns[0].startsWith("org:")) {
                throw new FrontwatchException(RESOURCE + " line " + line + ": expected org:<slug> TAB form, found \""
                        + text + "\"");
            }
            String form = columns[1];
            if (form.length() > 2 && form.startsWith("«") && form.endsWith("»")) {
                quoted.add(form.substring(1, form.length() - 1), Language.OTHER, columns[0]);
            } else {
                builder.add(form, Language.OTHER, columns[0]);
            }
        }
        this.aliases = builder.build();
        this.quotedAliases = quoted.build();
        for (String text : ResourceLines.read(HEADS)) {
            if (!text.isBlank() && !text.startsWith("#")) {
                heads.add(Pattern.compile(text.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
    }

    /**
     * "Вёрстка газеты задержалась": a one-word alias that is also a dictionary word, capitalised only by position —
     * unless a colon follows it, as after a post's speaker ("Генштаб: за добу …", "Минобороны: …").
     */
    private boolean isCommonWordOpeningSentence(List<Token> tokens, PhraseMatch<String> match, Language language) {
        if (match.length() != 1 || match.end() < tokens.size() && tokens.get(match.end()).text().equals(":")) {
            return false;
        }
        for (int k = 0; k < match.start(); k++) {
            if (tokens.get(k).kind() == TokenKind.WORD || tokens.get(k).kind() == TokenKind.NUMBER
                    || "«\"“„".contains(tokens.get(k).text())) {
                return false;
            }
        }
        String word = tokens.get(match.start()).text();
        boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
        WordClass kind = WordClass.of(word, language, morphology);
        return !capitals && kind != WordClass.UNKNOWN && kind != WordClass.GEOGRAPHIC;
    }

    /** The finder over the bundled alias table, built on first use and shared. */
    public static OrganisationFinder bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText text) {
        return lastText.of(text, this::read);
    }

    private List<Mention> read(AnalysedText text) {
        List<Mention> mentions = new ArrayList<>();
        List<Mention> introduced = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int at = i;
                Optional<Mention> named = isHead(tokens.get(i)) ? namedAfterHead(text, tokens, i + 1)
                        .map(name -> ofJournalists(text, tokens, at, name))
                        : forwardedFrom(text, tokens, i).or(() -> toldOutlet(text, tokens, at))
                        .or(() -> datelineOutlet(text, tokens, at)).or(() -> quotedSource(text, tokens, at));
                if (named.isEmpty()) {
                    Optional<Mention> before = namedBeforeHead(text, tokens, i);
                    if (before.isPresent()
                            && mentions.stream().noneMatch(m -> m.span().overlaps(before.get().span()))) {
                        introduced.add(before.get());
                        mentions.add(before.get());
                    }
                }
                if (named.isPresent()) {
                    introduced.add(named.get());
                    mentions.add(named.get());
                    i = tokenAfter(tokens, named.get().span().end(), i + 1);
                    continue;
                }
                List<PhraseMatch<String>> matches = aliases.matchesAt(tokens, i);
                if (matches.isEmpty()) {
                    matches = quotedAt(tokens, i);
                }
                if (matches.isEmpty()) {
                    Optional<Mention> outlet = namedLikeAnOutlet(text, tokens, i);
                    if (outlet.isPresent()) {
                        introduced.add(outlet.get());
                        mentions.add(outlet.get());
                        i = tokenAfter(tokens, outlet.get().span().end(), i + 1);
                        continue;
                    }
                    i++;
                    continue;
                }
                PhraseMatch<String> longest = matches.get(0);
                if (isCommonWordOpeningSentence(tokens, longest, text.language())
                        || modifiesHead(tokens, longest)) {
                    i++;
                    continue;
                }
                Span span = new Span(tokens.get(i).span().start(), tokens.get(longest.end() - 1).span().end());
                mentions.add(Mention.of(MentionType.ORG, span.of(text.text()), span, longest.value()));
                i = longest.end();
            }
        }
        mentions.addAll(laterUses(text.text(), introduced, mentions));
        mentions.sort(java.util.Comparator.comparing(Mention::span));
        return withCountries(sameOutletSameKey(mentions), text.language());
    }

    /**
     * "«Камская правда» … рассказали «Камской правде»": a name keyed from another case of the same words ("kamsky-pravda"
     * beside "kamskaya-pravda": every word begins with the same four letters) takes the key of the first mention.
     */
    private static List<Mention> sameOutletSameKey(List<Mention> mentions) {
        List<Mention> unified = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            Mention same = mention;
            for (Mention first : mentions) {
                if (first == mention || first.key().equals(mention.key())) {
                    break;
                }
                if (sameWordStarts(first.key(), mention.key())) {
                    same = Mention.of(MentionType.ORG, mention.text(), mention.span(), first.key());
                    break;
                }
            }
            unified.add(same);
        }
        return unified;
    }

    private static boolean sameWordStarts(String key, String other) {
        String[] words = key.substring(key.indexOf(':') + 1).split("-");
        String[] others = other.substring(other.indexOf(':') + 1).split("-");
        if (words.length != others.length || words.length < 2) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (words[k].length() < 4 || others[k].length() < 4 || !words[k].regionMatches(0, others[k], 0, 4)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the General Staff": a body named without its country is the one the nearest full mention names; in a Ukrainian
     * text that names none, Ukraine's.
     */
    private static List<Mention> withCountries(List<Mention> mentions, Language language) {
        List<Mention> resolved = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention mention = mentions.get(k);
            if (!mention.key().endsWith(ANY_COUNTRY)) {
                resolved.add(mention);
                continue;
            }
            String prefix = mention.key().substring(0, mention.key().length() - ANY_COUNTRY.length());
            Optional<Mention> full = Optional.empty();
            for (int distance = 1; distance < mentions.size() && full.isEmpty(); distance++) {
                for (int at : new int[] {k - distance, k + distance}) {
                    if (full.isEmpty() && at >= 0 && at < mentions.size()
                            && mentions.get(at).key().startsWith(prefix)
                            && !mentions.get(at).key().endsWith(ANY_COUNTRY)) {
                        full = Optional.of(mentions.get(at));
                    }
                }
            }
            // a Ukrainian text's bare "Генштаб", "Міноборони", "Офіс генпрокурора" are Ukraine's
            Optional<String> key = full.map(Mention::key)
                    .or(() -> language == Language.UK ? Optional.of(prefix + "ua") : Optional.empty());
            key.ifPresent(found -> resolved.add(Mention.of(MentionType.ORG, mention.text(), mention.span(), found)));
        }
        return List.copyOf(resolved);
    }

    private boolean isHead(Token token) {
        if (token.kind() != TokenKind.WORD) {
            return false;
        }
        if (headWords.size() > 100_000) {
            headWords.clear();
        }
        return headWords.computeIfAbsent(token.text(), word -> heads.stream().anyMatch(p -> p.matcher(word).matches()));
    }

    /** "the Telegram channel X", "Telegram channels": a one-word known name that only qualifies a head noun. */
    private boolean modifiesHead(List<Token> tokens, PhraseMatch<String> match) {
        return match.length() == 1 && match.end() < tokens.size() && isHead(tokens.get(match.end()));
    }

    /** The organisation named right after a head noun: a quoted name, or capitalised words ("Voice of Veterans"). */
    /**
     * The channel a Telegram post was forwarded from: "Forwarded from Kama Watch", "Переслано из: Якутск Онлайн",
     * "Переслано з каналу «Волзький кур'єр»" — a known organisation, capitalised Latin words up to the end of the
     * line, or a quoted name; the source of the post, so an organisation like one named after a head noun. A line
     * that opens with "Источник:", "Джерело:" or "Source:" names a reposted item's source the same way, and its
     * whole name is one in any script ("Источник: Хибины Live", "Джерело: Горішньоплавнівська міська рада").
     */
    private Optional<Mention> forwardedFrom(AnalysedText text, List<Token> tokens, int at) {
        String word = tokens.get(at).lowercase();
        if (at + 1 >= tokens.size()) {
            return Optional.empty();
        }
        boolean sourceLine = tokens.get(at + 1).text().equals(":")
                && SourceLine.opensAt(text.text(), tokens.get(at).span().start());
        if (!sourceLine && (!word.equals("forwarded") && !word.equals("переслано")
                || !FORWARD_PREPOSITIONS.contains(tokens.get(at + 1).lowercase()))) {
            return Optional.empty();
        }
        int from = at + 2;
        while (from < tokens.size() && (tokens.get(from).text().equals(":")
                || FORWARD_CHANNEL_WORDS.contains(tokens.get(from).lowercase()))) {
            from++;
        }
        if (from >= tokens.size()) {
            return Optional.empty();
        }
        Token first = tokens.get(from);
        if (first.text().length() == 1 && OPENING_QUOTES.indexOf(first.text().charAt(0)) >= 0) {
            return namedAfterHead(text, tokens, from);
        }
        int last = -1;
        for (int k = from; k < tokens.size() && k < from + MAX_NAME_WORDS; k++) {
            Token token = tokens.get(k);
            boolean sameLine = k == from || text.text().substring(tokens.get(k - 1).span().end(),
                    token.span().start()).indexOf('\n') < 0;
            if (!sameLine || token.kind() != TokenKind.WORD && token.kind() != TokenKind.NUMBER
                    || k == from && !Character.isUpperCase(token.text().codePointAt(0))) {
                break;
            }
            last = k;
        }
        if (last < 0) {
            return Optional.empty();
        }
        Span span = new Span(first.span().start(), tokens.get(last).span().end());
        List<PhraseMatch<String>> known = known(tokens, from);
        if (!known.isEmpty() && known.get(0).end() == last + 1) {
            return Optional.of(Mention.of(MentionType.ORG, span.of(text.text()), span, known.get(0).value()));
        }
        // an unknown name keyed by romanisation only from Latin letters, as after a head noun, or as a whole source line
        boolean wholeLine = last + 1 == tokens.size() || text.text().substring(tokens.get(last).span().end(),
                tokens.get(last + 1).span().start()).indexOf('\n') >= 0 || tokens.get(last + 1).text().equals("(");
        if (!isLatin(first.text()) && !(sourceLine && wholeLine)) {
            return Optional.empty();
        }
        return Optional.of(Mention.of(MentionType.ORG, span.of(text.text()), span,
                OrganisationSlug.keyOf(span.of(text.text()), text.language())));
    }

    /**
     * An outlet a source spoke to: "told the Donbas Dispatch" — capitalised words after "told the" (a person is
     * told without an article).
     */
    private Optional<Mention> toldOutlet(AnalysedText text, List<Token> tokens, int at) {
        if (text.language() != Language.EN || at + 2 >= tokens.size() || !tokens.get(at).lowercase().equals("told")
                || !tokens.get(at + 1).lowercase().equals("the")) {
            return Optional.empty();
        }
        return namedAfterHead(text, tokens, at + 2);
    }

    /**
     * "Baltic Courier", "Amur Dispatch", "North Star Media": in English, two to four capitalised words that begin a name
     * and end in a word outlets are named with are an outlet the table does not know (the sixth blind round); a name
     * the table knows ("Fox News") was matched before.
     */
    private Optional<Mention> namedLikeAnOutlet(AnalysedText text, List<Token> tokens, int at) {
        // a capitalised word before, other than the sentence's first, means the name began earlier
        if (text.language() != Language.EN || at > 1 && isCapitalisedWord(tokens.get(at - 1))) {
            return Optional.empty();
        }
        int end = at;
        while (end < tokens.size() && end < at + 4 && isCapitalisedWord(tokens.get(end))) {
            end++;
        }
        for (int last = end - 1; last > at; last--) {
            if (OUTLET_WORDS.contains(tokens.get(last).text())) {
                int first = at;
                if (tokens.get(first).text().equals("The") && last - first >= 2) {
                    first++;
                }
                Span span = new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
                String name = span.of(text.text());
                return Optional.of(Mention.of(MentionType.ORG, name, span, OrganisationSlug.keyOf(name)));
            }
        }
        return Optional.empty();
    }

    private static boolean isCapitalisedWord(Token token) {
        return token.kind() == TokenKind.WORD && Character.isUpperCase(token.text().codePointAt(0));
    }

    /**
     * "журналістам «Курсу Прикарпаття»", "журналистов «Новой газеты»": an outlet after journalists is in the genitive,
     * so its key is that of its dictionary form; other head nouns stand in apposition ("изданию «Верстка»").
     */
    private static Mention ofJournalists(AnalysedText text, List<Token> tokens, int head, Mention name) {
        String word = tokens.get(head).lowercase();
        if (!word.startsWith("журналист") && !word.startsWith("журналіст") || head + 1 >= tokens.size()
                || OPENING_QUOTES.indexOf(tokens.get(head + 1).text().charAt(0)) < 0
                || keyedByAlias(text, name)) {
            return name;
        }
        return keyedByNominative(text, tokens, head + 2, name);
    }

    /** Whether {@code name}'s key comes from the alias table rather than from romanising the name as written. */
    private static boolean keyedByAlias(AnalysedText text, Mention name) {
        return !name.key().equals(OrganisationSlug.keyOf(name.text(), text.language()));
    }

    /** {@code name} keyed by the nominative ({@link NominativeName}) of its words from token {@code first} on. */
    private static Mention keyedByNominative(AnalysedText text, List<Token> tokens, int first, Mention name) {
        List<Token> words = new ArrayList<>();
        for (int k = first; k < tokens.size() && tokens.get(k).span().end() <= name.span().end(); k++) {
            words.add(tokens.get(k));
        }
        return Mention.of(MentionType.ORG, name.text(), name.span(),
                OrganisationSlug.keyOf(NominativeName.of(words, text.language() == Language.UK), text.language()));
    }

    /**
     * "как рассказали «Полярному курьеру»", "по данным «Иристон-Медиа»", "«Верхний Днепр» поговорил с ней": a
     * capitalised name in quotes right after a word of attribution or right before a verb of reporting names the
     * outlet that reports, in Russian and Ukrainian news, where outlets are written in quotes (the sixth blind round).
     */
    private Optional<Mention> quotedSource(AnalysedText text, List<Token> tokens, int at) {
        if (text.language() == Language.EN || tokens.get(at).text().length() != 1
                || OPENING_QUOTES.indexOf(tokens.get(at).text().charAt(0)) < 0) {
            return Optional.empty();
        }
        boolean attributedBefore = at > 0 && QUOTED_SOURCE_BEFORE.contains(tokens.get(at - 1).lowercase());
        Optional<Mention> name = namedAfterHead(text, tokens, at);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int after = tokenAfter(tokens, name.get().span().end(), at + 1);
        while (after < tokens.size() && tokens.get(after).text().length() == 1
                && CLOSING_QUOTES.indexOf(tokens.get(after).text().charAt(0)) >= 0) {
            after++;
        }
        boolean dativeAfter = after < tokens.size() && QUOTED_DATIVE_AFTER.contains(tokens.get(after).lowercase());
        boolean reportsAfter = dativeAfter
                || after < tokens.size() && QUOTED_SOURCE_AFTER.contains(tokens.get(after).lowercase());
        if (!attributedBefore && !reportsAfter || name.get().text().codePointCount(0, name.get().text().length()) < 3) {
            return Optional.empty();
        }
        if (!attributedBefore && !dativeAfter || keyedByAlias(text, name.get())
                || aliases.matchesAt(tokens, at + 1).size() > 0) {
            return name;
        }
        // "рассказали «Полярному курьеру»": the name is in the dative, its key is that of its dictionary form
        return Optional.of(keyedByNominative(text, tokens, at + 1, name.get()));
    }

    /**
     * The agency of a wire story's dateline: "KYIV, Sept 11 (Eastwire) -" — a capitalised name in parentheses, followed
     * by a dash, a few words after the capital-letter place that opens the paragraph.
     */
    private Optional<Mention> datelineOutlet(AnalysedText text, List<Token> tokens, int at) {
        if (!tokens.get(at).text().equals("(") || at > DATELINE_WORDS || at + 3 >= tokens.size()) {
            return Optional.empty();
        }
        Token place = tokens.get(0);
        int lineStart = text.text().lastIndexOf('\n', Math.max(0, place.span().start() - 1)) + 1;
        boolean opensLine = text.text().substring(lineStart, place.span().start()).isBlank();
        boolean capitals = place.text().equals(place.text().toUpperCase(java.util.Locale.ROOT));
        if (!opensLine || place.text().length() < 3 || !capitals || !Character.isLetter(place.text().charAt(0))) {
            return Optional.empty();
        }
        Optional<Mention> name = namedAfterHead(text, tokens, at + 1);
        int after = name.map(n -> tokenAfter(tokens, n.span().end(), at + 1)).orElse(tokens.size());
        return after + 1 < tokens.size() && tokens.get(after).text().equals(")")
                && "-–—".contains(tokens.get(after + 1).text()) ? name : Optional.empty();
    }

    /**
     * "The Volga Letter, an independent outlet from Yoshkar-Ola", "Okno, an independent Russian newsroom in exile",
     * "Rubizh ("The Frontier"), a news site": capitalised words right before a comma (or before a translation in
     * brackets and the comma), "a" or "an", at most three words and a head noun, without a sentence's opening "The".
     */
    private Optional<Mention> namedBeforeHead(AnalysedText text, List<Token> tokens, int comma) {
        if (text.language() != Language.EN || !tokens.get(comma).text().equals(",") || comma + 2 >= tokens.size()
                || !List.of("a", "an").contains(tokens.get(comma + 1).lowercase())) {
            return Optional.empty();
        }
        int head = comma + 2;
        // "an independent newsroom", "an independent Russian newsroom in exile", "an independent Kalmyk news site", "a
        // Kyzyl Telegram channel": up to three words before the head
        while (head < tokens.size() && head < comma + 5 && !isHead(tokens.get(head))
                && tokens.get(head).kind() == TokenKind.WORD && !LINKING_WORDS.contains(tokens.get(head).lowercase())) {
            head++;
        }
        if (head >= tokens.size() || !isHead(tokens.get(head))) {
            return Optional.empty();
        }
        // "Rubizh ("The Frontier"), a news site": the name's translation in brackets stands between name and comma
        int end = comma - 1;
        if (tokens.get(end).text().equals(")")) {
            int open = end - 1;
            while (open > 0 && end - open <= MAX_NAME_WORDS + 2 && !tokens.get(open).text().equals("(")) {
                open--;
            }
            if (open <= 0 || !tokens.get(open).text().equals("(")) {
                return Optional.empty();
            }
            end = open - 1;
        }
        int first = -1;
        for (int k = end; k >= 0 && end - k < MAX_NAME_WORDS; k--) {
            Token token = tokens.get(k);
            if (token.kind() == TokenKind.WORD && Character.isUpperCase(token.text().codePointAt(0))) {
                first = k;
            } else if (!(first == k + 1 && k > 0 && NAME_CONNECTORS.contains(token.lowercase()))) {
                break;
            }
        }
        if (first >= 0 && first < end && tokens.get(first).text().equals("The")) {
            first++;
        }
        if (first < 0 || !isLatin(tokens.get(first).text())) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(first).span().start(), tokens.get(end).span().end());
        String name = span.of(text.text());
        return Optional.of(Mention.of(MentionType.ORG, name, span, OrganisationSlug.keyOf(name)));
    }

    private Optional<Mention> namedAfterHead(AnalysedText text, List<Token> tokens, int from) {
        if (from >= tokens.size()) {
            return Optional.empty();
        }
        Token first = tokens.get(from);
        int last = -1;
        int start;
        if (first.text().length() == 1 && OPENING_QUOTES.indexOf(first.text().charAt(0)) >= 0) {
            for (int k = from + 1; k < tokens.size() && k <= from + 1 + MAX_NAME_WORDS; k++) {
                String word = tokens.get(k).text();
                if (word.length() == 1 && CLOSING_QUOTES.indexOf(word.charAt(0)) >= 0) {
                    last = k - 1;
                    break;
                }
            }
            start = from + 1;
            if (last < start || !Character.isUpperCase(tokens.get(start).text().codePointAt(0))
                    && !Character.isDigit(tokens.get(start).text().charAt(0))) {
                return Optional.empty();
            }
        } else {
            start = from;
            int words = 0;
            for (int k = from; k < tokens.size() && words < MAX_NAME_WORDS; k++) {
                Token token = tokens.get(k);
                boolean glued = k > from && token.span().start() == tokens.get(k - 1).span().end();
                // "телеканала Fox News Пит Хегсет": the outlet's Latin name, not the presenter after it
                boolean sameScript = isLatin(token.text()) == isLatin(first.text());
                if (token.kind() == TokenKind.WORD && Character.isUpperCase(token.text().codePointAt(0)) && sameScript) {
                    last = k;
                    words++;
                } else if (glued && last == k - 1 && token.text().equals(".") && k + 1 < tokens.size()
                        && tokens.get(k + 1).span().start() == token.span().end()) {
                    continue;
                } else if (last >= 0 && NAME_CONNECTORS.contains(token.text().toLowerCase(java.util.Locale.ROOT))
                        && k + 1 < tokens.size() && tokens.get(k + 1).kind() == TokenKind.WORD
                        && Character.isUpperCase(tokens.get(k + 1).text().codePointAt(0))) {
                    continue;
                } else {
                    break;
                }
            }
            if (last < 0 || text.language() != Language.EN && !isLatin(tokens.get(start).text())) {
                return Optional.empty();
            }
        }
        List<PhraseMatch<String>> known = known(tokens, start);
        Span span = new Span(tokens.get(start).span().start(), tokens.get(last).span().end());
        String name = span.of(text.text());
        String key = !known.isEmpty() && known.get(0).end() == last + 1 ? known.get(0).value()
                : OrganisationSlug.keyOf(name, text.language());
        return Optional.of(Mention.of(MentionType.ORG, name, span, key));
    }

    /** The table's names at {@code start}, longest first, common-word names («Проект») among them. */
    private List<PhraseMatch<String>> known(List<Token> tokens, int start) {
        List<PhraseMatch<String>> known = new ArrayList<>(aliases.matchesAt(tokens, start));
        known.addAll(quotedAliases.matchesAt(tokens, start));
        known.sort(java.util.Comparator.comparingInt((PhraseMatch<String> m) -> -m.length()));
        return known;
    }

    /**
     * A common-word name of the table written in quotes or right after a head noun: "по данным «Проекта»",
     * "телеканал Звезда", not "проект закона" or "звезда Героя".
     */
    private List<PhraseMatch<String>> quotedAt(List<Token> tokens, int start) {
        if (start == 0) {
            return List.of();
        }
        if (isHead(tokens.get(start - 1))) {
            return quotedAliases.matchesAt(tokens, start);
        }
        if (!isQuote(tokens.get(start - 1), OPENING_QUOTES)) {
            return List.of();
        }
        return quotedAliases.matchesAt(tokens, start).stream()
                .filter(m -> m.end() < tokens.size() && isQuote(tokens.get(m.end()), CLOSING_QUOTES)).toList();
    }

    private static boolean isQuote(Token token, String quotes) {
        return token.text().length() == 1 && quotes.indexOf(token.text().charAt(0)) >= 0;
    }

    private static boolean isLatin(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static int tokenAfter(List<Token> tokens, int offset, int from) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).span().start() < offset) {
            k++;
        }
        return k;
    }

    /** Bare uses of a name a head noun introduced earlier ("the outlet Okopny Reyestr … Okopny Reyestr says"). */
    private static List<Mention> laterUses(String text, List<Mention> introduced, List<Mention> taken) {
        List<Mention> uses = new ArrayList<>();
        for (Mention named : introduced) {
            int at = text.indexOf(named.text(), named.span().end());
            while (at >= 0) {
                int end = at + named.text().length();
                Span span = new Span(at, end);
                boolean wordBounded = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (wordBounded && taken.stream().noneMatch(m -> m.span().overlaps(span))
                        && uses.stream().noneMatch(m -> m.span().overlaps(span))) {
                    uses.add(Mention.of(MentionType.ORG, named.text(), span, named.key()));
                }
                at = text.indexOf(named.text(), end);
            }
        }
        return uses;
    }
}
