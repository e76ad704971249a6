package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.gazetteer.PhraseMatch;
import org.frontwatch.extract.gazetteer.PhraseMatcher;
import org.frontwatch.extract.gazetteer.RegionAlias;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds explicit mentions of Russian federal subjects and Ukrainian oblasts, keyed by ISO 3166-2, in all three
 * languages and in any grammatical case (through lemmas, see {@link PhraseMatcher}):
 * <ul>
 *   <li>a name that alone names the region: "Бурятия", "з Донеччини", "Курщини", "Tatarstan", "ДНР";</li>
 *   <li>a region adjective with its head noun: "Иркутской области", "Іркутська обл", "Краснодарского края";</li>
 *   <li>a bare region adjective after a preposition ("в Белгородской") or before a people noun ("иркутские
 *       мобилизованные"), or coordinated with one that has a head ("Донецкой и Луганской областей"); a lowercase
 *       one before the name of a town ("из калмыцкой Лагани", "в подмосковном Ногинске");</li>
 *   <li>an English stem with its head: "Irkutsk region", "Kursk Oblast", "Donetsk and Luhansk regions"; or before a
 *       people noun: "Irkutsk soldiers", "the Irkutsk appeal" (an English demonym adjective, "Bashkir wives",
 *       likewise).</li>
 * </ul>
 * A city alone ("Irkutsk", "Донецк") is a place, never a region. Thread-safe, and immutable but for the regions of
 * the last text it read ({@link LastTextMentions}), which {@link PlaceFinder} asks for right after the extractor did.
 */
public final class RegionFinder implements MentionFinder {
    /**
     * Regions named by the adjective of a city that is a region of its own: "московские чиновники" and "київська
     * влада" are more often the city's than the oblast's, so these adjectives count only with "область".
     */
    private static final java.util.Set<String> CITY_ADJECTIVES = java.util.Set.of("RU-MOS", "UA-32", "RU-LEN");

    private static final class Bundled {
        static final RegionFinder INSTANCE = new RegionFinder(Gazetteer.bundled(), TextAnalyser.bundled());
    }

    private final PhraseMatcher<String> names;
    private final PhraseMatcher<String> adjectives;
    private final PhraseMatcher<String> stems;
    private final ContextWords words = ContextWords.bundled();
    private final LastTextMentions lastText = new LastTextMentions();

    public RegionFinder(Gazetteer gazetteer, TextAnalyser analyser) {
        PhraseMatcher.Builder<String> nameBuilder = PhraseMatcher.builder(analyser);
        PhraseMatcher.Builder<String> adjectiveBuilder = PhraseMatcher.builder(analyser);
        PhraseMatcher.Builder<String> stemBuilder = PhraseMatcher.builder(analyser);
        for (RegionAlias alias : gazetteer.regionAliases()) {
            switch (alias.kind()) {
                case NAME -> nameBuilder.add(alias.form(), alias.language(), alias.code());
                case ADJECTIVE -> adjectiveBuilder.add(alias.form(), alias.language(), alias.code());
                case STEM -> stemBuilder.add(alias.form(), alias.language(), alias.code());
            }
        }
        this.names = nameBuilder.build();
        this.adjectives = adjectiveBuilder.build();
        this.stems = stemBuilder.build();
    }

    /** The finder over the bundled gazetteer, built on first use and shared. */
    public static RegionFinder bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText text) {
        return lastText.of(text, this::read);
    }

    private List<Mention> read(AnalysedText text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Optional<Found> found = at(tokens, i);
                if (found.isPresent()) {
                    Found region = found.get();
                    mentions.add(mention(text.text(), tokens, region));
                    i = region.end();
                } else {
                    i++;
                }
            }
        }
        return List.copyOf(mentions);
    }

    private record Found(int start, int end, String code) {
    }

    private Optional<Found> at(List<Token> tokens, int i) {
        List<PhraseMatch<String>> named = names.matchesAt(tokens, i);
        if (!named.isEmpty()) {
            PhraseMatch<String> longest = named.get(0);
            int start = republicBefore(tokens, i);
            return Optional.of(new Found(start, longest.end(), longest.value()));
        }
        List<PhraseMatch<String>> adjective = adjectives.matchesAt(tokens, i);
        if (!adjective.isEmpty()) {
            return adjectiveRegion(tokens, adjective.get(0));
        }
        List<PhraseMatch<String>> stem = stems.matchesAt(tokens, i);
        if (!stem.isEmpty()) {
            PhraseMatch<String> match = stem.get(0);
            int head = headAfter(tokens, match.end());
            if (head > match.end() || sharesHead(tokens, match.end())) {
                return Optional.of(new Found(match.start(), head, match.value()));
            }
            // "Irkutsk soldiers", "the Irkutsk appeal": a stem before a people noun
            if (match.end() < tokens.size() && words.is("people", tokens.get(match.end()))
                    && !CITY_ADJECTIVES.contains(match.value())) {
                return Optional.of(new Found(match.start(), match.end(), match.value()));
            }
        }
        return Optional.empty();
    }

    private Optional<Found> adjectiveRegion(List<Token> tokens, PhraseMatch<String> match) {
        int end = match.end();
        int head = headAfter(tokens, end);
        if (head > end) {
            return Optional.of(new Found(match.start(), head, match.value()));
        }
        boolean cityAdjective = CITY_ADJECTIVES.contains(match.value());
        if (end < tokens.size() && words.is("people", tokens.get(end)) && !cityAdjective) {
            return Optional.of(new Found(match.start(), end, match.value()));
        }
        if (sharesHead(tokens, end)) {
            return Optional.of(new Found(match.start(), end, match.value()));
        }
        boolean afterPreposition = match.start() > 0 && words.is("preposition", tokens.get(match.start() - 1));
        boolean standsAlone = end >= tokens.size() || tokens.get(end).kind() != TokenKind.WORD
                || Character.isUpperCase(tokens.get(end).text().codePointAt(0));
        boolean capitalised = Character.isUpperCase(tokens.get(match.start()).text().codePointAt(0));
        if (afterPreposition && standsAlone && capitalised && !nominative(tokens.get(end - 1))) {
            return Optional.of(new Found(match.start(), end, match.value()));
        }
        if (!capitalised && !cityAdjective && end < tokens.size() && tokens.get(end).kind() == TokenKind.WORD
                && Character.isUpperCase(tokens.get(end).text().codePointAt(0))) {
            // "из калмыцкой Лагани", "з тульського Донського": the region of the town that follows
            return Optional.of(new Found(match.start(), end, match.value()));
        }
        return Optional.empty();
    }

    /**
     * Whether a region adjective is in its nominative feminine form ("Челябінська", "Белгородская"), which no
     * preposition takes: after one, the Ukrainian word is the city's genitive ("з Челябінська", "до Брянська"), while
     * an elided region is oblique ("з Челябінської", "в Белгородской").
     */
    private static boolean nominative(Token adjective) {
        String word = adjective.folded();
        return word.endsWith("а") || word.endsWith("я");
    }

    /** The end of a region head noun right after {@code at} ("области", "край", "region"), or {@code at}. */
    private int headAfter(List<Token> tokens, int at) {
        if (at < tokens.size() && tokens.get(at).kind() == TokenKind.WORD && words.is("region-head", tokens.get(at))) {
            int end = at + 1;
            // "автономный округ", "autonomous okrug"
            if (end < tokens.size() && words.is("region-head", tokens.get(end))) {
                end++;
            }
            return end;
        }
        return at;
    }

    /**
     * Whether a coordinated list of region adjectives or stems with a head follows: "(Донецкой) и Луганской
     * областей", "(Donetsk), Luhansk and Zaporizhzhia regions".
     */
    private boolean sharesHead(List<Token> tokens, int at) {
        int i = at;
        while (i < tokens.size() && words.is("coordinator", tokens.get(i))) {
            i++;
            if (i < tokens.size() && words.is("coordinator", tokens.get(i))) {
                i++;
            }
            List<PhraseMatch<String>> next = adjectives.matchesAt(tokens, Math.min(i, tokens.size() - 1));
            if (next.isEmpty()) {
                next = stems.matchesAt(tokens, Math.min(i, tokens.size() - 1));
            }
            if (i >= tokens.size() || next.isEmpty()) {
                return false;
            }
            i = next.get(0).end();
            if (headAfter(tokens, i) > i) {
                return true;
            }
        }
        return false;
    }

    /** Takes in a preceding "Республика"/"Republic of" ("Республика Бурятия", "Republic of Tatarstan"). */
    private int republicBefore(List<Token> tokens, int start) {
        if (start >= 1 && (tokens.get(start - 1).hasLemma("республика") || tokens.get(start - 1).hasLemma("республіка"))) {
            return start - 1;
        }
        if (start >= 2 && tokens.get(start - 1).text().equals("of")
                && tokens.get(start - 2).text().equalsIgnoreCase("republic")) {
            return start - 2;
        }
        return start;
    }

    private static Mention mention(String text, List<Token> tokens, Found found) {
        Span span = new Span(tokens.get(found.start()).span().start(), tokens.get(found.end() - 1).span().end());
        return Mention.of(MentionType.REGION, span.of(text), span, found.code());
    }
}
