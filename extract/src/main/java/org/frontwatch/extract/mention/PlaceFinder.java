package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontwatch.extract.gazetteer.CountryForm;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.gazetteer.PhraseMatch;
import org.frontwatch.extract.gazetteer.PhraseMatcher;
import org.frontwatch.extract.gazetteer.PlaceEntry;
import org.frontwatch.extract.morphology.WordAnalysis;
import org.frontwatch.extract.morphology.Morphology;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Place;
import org.frontwatch.model.Span;

/**
 * Finds populated places of the gazetteer in any grammatical case ("в Авдеевке", "під Бахмутом", "у Покровську",
 * "near Avdiivka") and gives each its {@link Place}. Precision first:
 * <ul>
 *   <li>names are capitalised in the text (the gazetteer's casing rules, see {@link PhraseMatcher});</li>
 *   <li>a name that is also a common word ("Мир", "Счастье", "Лиман", "Victory") counts only after a settlement
 *       word or a preposition, not at the start of a sentence;</li>
 *   <li>a name next to a personal name ("Сергей Лиман") or inside a region mention ("Донецкая область", "Kursk
 *       region") is not a place, nor is a name before an axis noun ("Bakhmut axis", "на Покровском
 *       направлении");</li>
 *   <li>an acronym ("АКРА"), a country's name in another case ("в Молдове"), a word of a longer name the gazetteer
 *       lacks ("Новая Ильинка", "с Южной Кореей") and a small place's name before another capitalised word with no
 *       preposition ("Мамаду Оури Ба") are no places (found on real Telegram news posts, 2024);</li>
 *   <li>several places of one name (Zaitseve, Pervomaiske, Pokrovsk) are told apart by {@link Namesakes}: a place
 *       in a region the text names, close to an unambiguous place it names, written out whole, then by population;
 *       a name the text puts in a region where none of them lies is left out.</li>
 * </ul>
 * With {@link #withCountries()}, country names ("Россия", "Україна", "U.S.") are places too, keyed
 * {@code country:<code>} with the country as their region (for NER-style evaluation). Immutable and thread-safe.
 * About 450 lines: the exclusions (landmarks, persons, rivers, districts, datelines) read the same token window as
 * the match; namesakes are already in {@link Namesakes}, and the exclusions are the next to move out.
 */
public final class PlaceFinder implements MentionFinder {
    /** A place named like a dictionary noun counts when capitalised mid-sentence only from this size on. */
    private static final long COMMON_NOUN_POPULATION = 1_000;
    /** A place this large counts even when its name is also a common noun and no preposition precedes it. */
    private static final long LARGE_PLACE_POPULATION = 50_000;
    /** A foreign city smaller than this counts only after a preposition or settlement word ("в Дадли"). */
    private static final long LARGE_FOREIGN_POPULATION = 500_000;
    private static final Set<String> FRONT_COUNTRIES = Set.of("RU", "UA");

    private static final class Bundled {
        static final PlaceFinder INSTANCE = new PlaceFinder(Gazetteer.bundled(), TextAnalyser.bundled(),
                Morphology.bundled(), RegionFinder.bundled(), false);
    }

    private static final class BundledWithCountries {
        static final PlaceFinder INSTANCE = new PlaceFinder(Gazetteer.bundled(), TextAnalyser.bundled(),
                Morphology.bundled(), RegionFinder.bundled(), true);
    }

    private final Gazetteer gazetteer;
    private final Morphology morphology;
    private final RegionFinder regions;
    private final PhraseMatcher<String> names;
    private final ContextWords words = ContextWords.bundled();
    private final boolean countries;
    private final Namesakes namesakes;
    private final Set<String> countryNames = new HashSet<>();

    public PlaceFinder(Gazetteer gazetteer, TextAnalyser analyser, Morphology morphology, RegionFinder regions,
                       boolean countries) {
        this.gazetteer = gazetteer;
        this.morphology = morphology;
        this.regions = regions;
        this.countries = countries;
        this.namesakes = new Namesakes(gazetteer);
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder(analyser);
        // a city's alternate name that is a country's ("Бразилия" for Brasília) names the country
        gazetteer.countryForms().forEach(form -> countryNames.add(PhraseMatcher.normalise(form.form())));
        for (PlaceEntry entry : gazetteer.places()) {
            Set<String> seen = new HashSet<>(countryNames);
            for (String name : entry.names()) {
                int shortest = FRONT_COUNTRIES.contains(entry.place().country()) ? 3 : 4;
                if (name.length() >= shortest && Character.isUpperCase(name.codePointAt(0))
                        && seen.add(PhraseMatcher.normalise(name))) {
                    builder.addDictionaryForm(name, Language.OTHER, entry.place().key(),
                            FRONT_COUNTRIES.contains(entry.place().country()));
                }
            }
        }
        if (countries) {
            for (CountryForm form : gazetteer.countryForms()) {
                builder.addDictionaryForm(form.form(), form.language(), "country:" + form.code(), true);
            }
        }
        this.names = builder.build();
    }

    /** Populated places only (no countries), over the bundled gazetteer; built on first use and shared. */
    public static PlaceFinder bundled() {
        return Bundled.INSTANCE;
    }

    /** Populated places and countries, over the bundled gazetteer; built on first use and shared. */
    public static PlaceFinder withCountries() {
        return BundledWithCountries.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText text) {
        List<Mention> regionMentions = regions.find(text);
        Set<String> namedRegions = new HashSet<>();
        regionMentions.forEach(m -> namedRegions.add(m.key()));
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            collect(text, sentence.tokens(), regionMentions, candidates);
        }
        List<Place> anchors = new ArrayList<>();
        for (Candidate candidate : candidates) {
            namesakes.dominant(candidate.keys()).ifPresent(anchors::add);
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (namesakes.outsideItsRegion(text.text(), candidate.span(), candidate.keys(), regionMentions)) {
                continue;
            }
            Place chosen = namesakes.choose(candidate.keys(), candidate.span().of(text.text()), namedRegions, anchors,
                    namesakes.regionRightAfter(text.text(), candidate.span(), regionMentions));
            mentions.add(Mention.place(candidate.span().of(text.text()), candidate.span(), chosen));
        }
        return List.copyOf(mentions);
    }

    private record Candidate(Span span, Set<String> keys) {
    }

    private void collect(AnalysedText text, List<Token> tokens, List<Mention> regionMentions,
                         List<Candidate> candidates) {
        int i = 0;
        int lastPlaceEnd = -1;
        while (i < tokens.size()) {
            List<PhraseMatch<String>> matches = names.matchesAt(tokens, i);
            if (matches.isEmpty()) {
                i++;
                continue;
            }
            int end = matches.get(0).end();
            Set<String> keys = new LinkedHashSet<>();
            for (PhraseMatch<String> match : matches) {
                if (match.end() == end) {
                    keys.add(match.value());
                }
            }
            Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
            boolean insideRegion = regionMentions.stream().anyMatch(m -> m.span().overlaps(span));
            boolean regionAfter = end < tokens.size() && regionMentions.stream()
                    .anyMatch(m -> m.span().start() == tokens.get(end).span().start());
            if (!insideRegion && accepted(text.language(), tokens, i, end, keys, regionAfter,
                    listedAfterPlace(tokens, lastPlaceEnd, i))) {
                candidates.add(new Candidate(span, keys));
                lastPlaceEnd = end;
                i = end;
            } else {
                i++;
            }
        }
    }

    /**
     * Whether the name at {@code start} continues a list of places whose last one ends at {@code placeEnd}: only a
     * comma or a coordinator between ("в Стерлитамаке, Салавате и под Уфой"), so the list's preposition is its own.
     */
    private boolean listedAfterPlace(List<Token> tokens, int placeEnd, int start) {
        if (placeEnd < 0 || start <= placeEnd || start - placeEnd > 2) {
            return false;
        }
        for (int k = placeEnd; k < start; k++) {
            if (!tokens.get(k).text().equals(",") && !words.is("coordinator", tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean accepted(Language language, List<Token> tokens, int start, int end, Set<String> keys,
                             boolean regionAfter, boolean listedAfterPlace) {
        Token first = tokens.get(start);
        if (!Character.isUpperCase(first.text().codePointAt(0))) {
            return false;
        }
        Token before = start > 0 ? tokens.get(start - 1) : null;
        boolean settlementCue = before != null && (words.is("settlement", before)
                || start > 1 && before.text().equals(".") && words.is("settlement", tokens.get(start - 2)));
        boolean prepositionCue = before != null && words.is("preposition", before) || listedAfterPlace;
        if (isDateline(tokens, start, end)) {
            return true;
        }
        // "Moscow has recruited", "Kyiv and Moscow offer figures": a capital without a preposition is its government
        // (in the subject or object case only: "мэр Москвы" is the city's)
        if (words.contains("capital", first.text()) && !settlementCue && !prepositionCue) {
            return false;
        }
        // "в дельті Дніпра", "вверх по течению Днепра", "the left bank of the Dnipro": a river, not the city named
        // like it
        if (before != null && words.is("water", before) || afterWaterOf(tokens, start)) {
            return false;
        }
        // "— сказал Роган", "заявил Вагнер": a name right after a speech verb is its speaker, a person, not a town
        if (before != null && !settlementCue && words.is("speech", before)) {
            return false;
        }
        // "миллиардера Гаутама Адани", "Мохаммад Багер Галибаф": a name right after a capitalised word the dictionary
        // does not know, with no preposition or settlement word, is part of a foreign personal name; "Boston Dynamics",
        // "Jerusalem Post", "Бостон Селтикс": a name in its dictionary form right before one is part of a company's or
        // team's name ("мэр Амстердама Фемке Халсема" keeps the city). Real posts outside the war, 2024.
        if (!settlementCue && !prepositionCue && language != Language.EN
                && keys.stream().noneMatch(key -> key.startsWith("country:"))
                && (start > 0 && isUnknownName(tokens, start - 1, language)
                || end < tokens.size() && !regionAfter && isUnknownName(tokens, end, language)
                && keys.stream().map(namesakes::place).anyMatch(p -> gazetteer.placeEntry(p.key())
                        .map(e -> e.names().contains(first.text())).orElse(false)))) {
            return false;
        }
        boolean sentenceStart = isSentenceStart(tokens, start);
        // a title in quotes capitalises its first word: «Игры будущего»
        boolean afterQuote = before != null && "«\"“„".contains(before.text());
        if (keys.stream().allMatch(key -> key.startsWith("country:"))) {
            return !nextToPersonalName(tokens, start, end, language);
        }
        // an acronym that spells a town's name is an acronym ("АКРА" is the rating agency, "COP" the conference)
        if (isAcronym(first.text()) && first.text().length() > 2 && keys.stream().map(namesakes::place)
                .noneMatch(p -> gazetteer.placeEntry(p.key()).map(e -> e.names().contains(first.text()))
                        .orElse(false))) {
            return false;
        }
        // a country's name in another case ("в Молдове") names the country, not a village spelled like it
        if (!countries && first.lemmas().stream().anyMatch(l -> countryNames.contains(PhraseMatcher.normalise(l)))) {
            return false;
        }
        long population = keys.stream().map(namesakes::place).mapToLong(namesakes::population).max().orElse(0);
        boolean foreign = keys.stream().map(namesakes::place).noneMatch(p -> FRONT_COUNTRIES.contains(p.country()));
        if (foreign && population < LARGE_FOREIGN_POPULATION && !settlementCue && !prepositionCue) {
            return false;
        }
        // "Iryna Sokil", "the Siverskyi Donets river": an English name that only a codifier village (approximate
        // coordinates, no population) bears counts after a preposition or settlement word ("near Predtechyne")
        if (language == Language.EN && !settlementCue && !prepositionCue && keys.stream()
                .allMatch(key -> gazetteer.placeEntry(key).map(PlaceEntry::approximate).orElse(false))) {
            return false;
        }
        if (namesAxis(tokens, end)) {
            return false;
        }
        if (end - start > 1) {
            boolean containsFirstName = false;
            for (int k = start; k < end; k++) {
                containsFirstName |= WordClass.of(tokens.get(k).text(), language, morphology) == WordClass.PERSONAL;
            }
            return (!containsFirstName || settlementCue || prepositionCue)
                    && !nextToPersonalName(tokens, start, end, language);
        }
        boolean attributive = end < tokens.size() && tokens.get(end).kind() == TokenKind.WORD
                && Character.isLowerCase(tokens.get(end).text().codePointAt(0))
                && hasAdjectiveReading(first.text(), language);
        boolean beforeName = end < tokens.size() && tokens.get(end).kind() == TokenKind.WORD
                && Character.isUpperCase(tokens.get(end).text().codePointAt(0));
        // "Новая Ильинка", "с Южной Кореей", "Великой Новоселки": an adjective before or after a capitalised word is
        // part of a longer name the gazetteer lacks, not the village named by one of its words (real posts, 2024);
        // "село Шевченкове Звенигородського району" names its district
        boolean country = keys.stream().anyMatch(key -> key.startsWith("country:"));
        boolean districtAfter = end + 1 < tokens.size() && words.is("district", tokens.get(end + 1));
        if (!country && (beforeName && !regionAfter && !districtAfter && hasAdjectiveReading(first.text(), language)
                || population < LARGE_PLACE_POPULATION && afterCapitalisedAdjective(tokens, start, language))) {
            return false;
        }
        // "Премьер-министр Мамаду Оури Ба": a small place's name before another capitalised word, with no preposition
        // or settlement word, is a foreign personal name
        if (!country && beforeName && !regionAfter && !settlementCue && !prepositionCue
                && population < LARGE_PLACE_POPULATION && !hasAdjectiveReading(tokens.get(end).text(), language)) {
            return false;
        }
        // "в Октябрьском районе Улан-Удэ", "в Балтийском море": a district or sea named like a village elsewhere;
        // "на Крымском мосту", "в Московском зоопарке": an adjective naming a landmark, not the town
        if (end < tokens.size() && (words.is("district", tokens.get(end))
                || words.is("landmark", tokens.get(end)) && hasAdjectiveReading(first.text(), language))) {
            return false;
        }
        if (isCommonName(first)) {
            // "в Северной Корее", "Новой Зеландии": part of a longer name
            return settlementCue || prepositionCue && !sentenceStart && !attributive && !beforeName;
        }
        boolean large = population >= LARGE_PLACE_POPULATION && !attributive;
        return switch (WordClass.of(first.text(), language, morphology)) {
            case GEOGRAPHIC, UNKNOWN -> !nextToPersonalName(tokens, start, end, language);
            // a first name before a capitalised word is a person's name: "to Vladimir Putin"; not before its region,
            // "в Куйбышеве Новосибирской области"
            case PERSONAL -> (settlementCue || prepositionCue && (!beforeName || regionAfter))
                    && !nextToPersonalName(tokens, start, end, language);
            case ADJECTIVE -> settlementCue;
            case FUNCTION -> settlementCue && !attributive || large && prepositionCue;
            case NOUN -> !attributive && (settlementCue || !sentenceStart && !afterQuote && population >= COMMON_NOUN_POPULATION
                    || population >= LARGE_PLACE_POPULATION);
        };
    }

    /** "bank of the Dnipro", "mouth of the Don": a water word, then "of" and an article, right before the name. */
    private boolean afterWaterOf(List<Token> tokens, int start) {
        int k = start - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 2 && List.of("of", "the").contains(tokens.get(k).lowercase())) {
            k--;
            skipped++;
        }
        return skipped > 0 && k >= 0 && words.is("water", tokens.get(k));
    }

    /**
     * "KYIV, Sept 11 (Eastwire) -", "Kyiv, 2 April 2024 —", "KYIV/MOSCOW, July 8": a name that opens the text or a
     * line (or several joined by slashes), followed by a comma
     * and a date (a number, or a month word and a number), is a dateline — where a wire story or press release was
     * filed, even when it is a capital or written in capitals; "Kyiv, Moscow … offer figures" stays a government.
     */
    private static boolean isDateline(List<Token> tokens, int start, int end) {
        // "KYIV/MOSCOW, July 8 (Danube Wire) -": names joined by slashes share the dateline
        while (start >= 2 && tokens.get(start - 1).text().equals("/") && isCapitalsWord(tokens.get(start - 2))) {
            start -= 2;
        }
        while (end + 1 < tokens.size() && tokens.get(end).text().equals("/") && isCapitalsWord(tokens.get(end + 1))) {
            end += 2;
        }
        if (start != 0 || end + 2 >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return false;
        }
        Token next = tokens.get(end + 1);
        // "Kyiv, 2 April 2024": a day and its month; "Artyom, 31, a former soldier" is a name and an age
        return next.kind() == TokenKind.NUMBER && tokens.get(end + 2).kind() == TokenKind.WORD
                && Character.isUpperCase(tokens.get(end + 2).text().codePointAt(0)) || next.kind() == TokenKind.WORD
                && Character.isUpperCase(next.text().codePointAt(0))
                && (tokens.get(end + 2).kind() == TokenKind.NUMBER || tokens.get(end + 2).text().equals(".")
                && end + 3 < tokens.size() && tokens.get(end + 3).kind() == TokenKind.NUMBER);
    }

    private static boolean isCapitalsWord(Token token) {
        return token.kind() == TokenKind.WORD && token.text().codePoints().allMatch(Character::isUpperCase);
    }

    /**
     * Whether the name ending before {@code end} names a front axis: an axis noun follows it, directly or after
     * further capitalised names joined by coordinators ("Pokrovsk and Kurakhove axes", "Покровском направлении").
     */
    private boolean namesAxis(List<Token> tokens, int end) {
        int i = end;
        for (int names = 0; names <= 3 && i < tokens.size(); names++) {
            if (words.is("axis", tokens.get(i))) {
                return true;
            }
            if (!words.is("coordinator", tokens.get(i)) || i + 1 >= tokens.size()
                    || !isCapitalised(tokens.get(i + 1))) {
                return false;
            }
            i++;
            while (i < tokens.size() && isCapitalised(tokens.get(i))) {
                i++;
            }
        }
        return false;
    }

    private static boolean isCapitalised(Token token) {
        return token.kind() == TokenKind.WORD && Character.isUpperCase(token.text().codePointAt(0));
    }

    private boolean afterCapitalisedAdjective(List<Token> tokens, int start, Language language) {
        if (start == 0 || isSentenceStart(tokens, start - 1)) {
            return false;
        }
        Token before = tokens.get(start - 1);
        return before.kind() == TokenKind.WORD && Character.isUpperCase(before.text().codePointAt(0))
                && hasAdjectiveReading(before.text(), language);
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    /** Whether the word may be an adjective ("Белом" in "в Белом доме", "Курском" in "Курском районе"). */
    private boolean hasAdjectiveReading(String word, Language language) {
        Language dictionary = language == Language.UK ? Language.UK : Language.RU;
        return morphology.analyses(word, dictionary).stream().anyMatch(a -> a.tag().startsWith("ADJ")
                || a.tag().startsWith("adj") || a.tag().startsWith("PT"));
    }

    private boolean isCommonName(Token token) {
        if (words.contains("common-name", token.text())) {
            return true;
        }
        for (String lemma : token.lemmas()) {
            if (words.contains("common-name", lemma)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceStart(List<Token> tokens, int start) {
        for (int i = 0; i < start; i++) {
            if (tokens.get(i).kind() == TokenKind.WORD || tokens.get(i).kind() == TokenKind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code at} is a capitalised word, not an acronym nor a sentence's first, unknown to the dictionary. */
    private boolean isUnknownName(List<Token> tokens, int at, Language language) {
        Token token = tokens.get(at);
        if (token.kind() != TokenKind.WORD || !Character.isUpperCase(token.text().codePointAt(0))
                || isAcronym(token.text()) || isSentenceStart(tokens, at)) {
            return false;
        }
        Language dictionary = language == Language.UK ? Language.UK : Language.RU;
        return morphology.analyses(token.text(), dictionary).isEmpty();
    }

    private boolean nextToPersonalName(List<Token> tokens, int start, int end, Language language) {
        return start > 0 && isPersonalName(tokens.get(start - 1), language)
                || end < tokens.size() && isPersonalName(tokens.get(end), language);
    }

    private boolean isPersonalName(Token token, Language language) {
        if (token.kind() != TokenKind.WORD || !Character.isUpperCase(token.text().codePointAt(0))) {
            return false;
        }
        if (language == Language.EN) {
            // "Yevgeny Orlov", "Dmitry Semyonov": a first name in English spelling beside a surname spelled like a town
            return WordClass.of(token.text(), language, morphology) == WordClass.PERSONAL;
        }
        Language dictionary = language == Language.UK ? Language.UK : Language.RU;
        List<WordAnalysis> analyses = morphology.analyses(token.text(), dictionary);
        return analyses.stream().anyMatch(WordAnalysis::isPersonalName);
    }
}
