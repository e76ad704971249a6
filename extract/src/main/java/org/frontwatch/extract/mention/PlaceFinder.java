package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontwatch.extract.gazetteer.Country;
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
 *   <li>several places of one name (Zaitseve, Pervomaiske, Pokrovsk) are told apart by context: a place in a region
 *       the text names, close to an unambiguous place it names, then by population.</li>
 * </ul>
 * With {@link #withCountries()}, country names ("Россия", "Україна", "U.S.") are places too, keyed
 * {@code country:<code>} with the country as their region (for NER-style evaluation). Immutable and thread-safe.
 */
public final class PlaceFinder implements MentionFinder {
    private static final double NEIGHBOUR_KILOMETRES = 120;
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

    public PlaceFinder(Gazetteer gazetteer, TextAnalyser analyser, Morphology morphology, RegionFinder regions,
                       boolean countries) {
        this.gazetteer = gazetteer;
        this.morphology = morphology;
        this.regions = regions;
        this.countries = countries;
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder(analyser);
        // a city's alternate name that is a country's ("Бразилия" for Brasília) names the country
        Set<String> countryNames = new HashSet<>();
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
            if (candidate.keys().size() == 1) {
                anchors.add(place(candidate.keys().iterator().next()));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Place chosen = choose(candidate.keys(), namedRegions, anchors);
            mentions.add(Mention.place(candidate.span().of(text.text()), candidate.span(), chosen));
        }
        return List.copyOf(mentions);
    }

    private record Candidate(Span span, Set<String> keys) {
    }

    private void collect(AnalysedText text, List<Token> tokens, List<Mention> regionMentions,
                         List<Candidate> candidates) {
        int i = 0;
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
            if (!insideRegion && accepted(text.language(), tokens, i, end, keys)) {
                candidates.add(new Candidate(span, keys));
                i = end;
            } else {
                i++;
            }
        }
    }

    private boolean accepted(Language language, List<Token> tokens, int start, int end, Set<String> keys) {
        Token first = tokens.get(start);
        if (!Character.isUpperCase(first.text().codePointAt(0))) {
            return false;
        }
        Token before = start > 0 ? tokens.get(start - 1) : null;
        boolean settlementCue = before != null && (words.is("settlement", before)
                || start > 1 && before.text().equals(".") && words.is("settlement", tokens.get(start - 2)));
        boolean prepositionCue = before != null && words.is("preposition", before);
        boolean sentenceStart = isSentenceStart(tokens, start);
        // a title in quotes capitalises its first word: «Игры будущего»
        boolean afterQuote = before != null && "«\"“„".contains(before.text());
        if (keys.stream().allMatch(key -> key.startsWith("country:")) || isAcronym(first.text())) {
            return !nextToPersonalName(tokens, start, end, language);
        }
        long population = keys.stream().map(this::place).mapToLong(this::population).max().orElse(0);
        boolean foreign = keys.stream().map(this::place).noneMatch(p -> FRONT_COUNTRIES.contains(p.country()));
        if (foreign && population < LARGE_FOREIGN_POPULATION && !settlementCue && !prepositionCue) {
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
        // "в Октябрьском районе Улан-Удэ", "в Балтийском море": a district or sea named like a village elsewhere
        if (end < tokens.size() && words.is("district", tokens.get(end))) {
            return false;
        }
        if (isCommonName(first)) {
            // "в Северной Корее", "Новой Зеландии": part of a longer name
            return settlementCue || prepositionCue && !sentenceStart && !attributive && !beforeName;
        }
        boolean large = population >= LARGE_PLACE_POPULATION && !attributive;
        return switch (WordClass.of(first.text(), language, morphology)) {
            case GEOGRAPHIC, UNKNOWN -> !nextToPersonalName(tokens, start, end, language);
            // a first name before a capitalised word is a person's name: "to Vladimir Putin"
            case PERSONAL -> (settlementCue || prepositionCue && !beforeName)
                    && !nextToPersonalName(tokens, start, end, language);
            case ADJECTIVE -> settlementCue;
            case FUNCTION -> settlementCue && !attributive || large && prepositionCue;
            case NOUN -> !attributive && (settlementCue || !sentenceStart && !afterQuote && population >= COMMON_NOUN_POPULATION
                    || population >= LARGE_PLACE_POPULATION);
        };
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
            if (!words.is("coordinator", tokens.get(i)) || i + 1 >= tokens.size() || !isCapitalised(tokens.get(i + 1))) {
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

    private boolean nextToPersonalName(List<Token> tokens, int start, int end, Language language) {
        return start > 0 && isPersonalName(tokens.get(start - 1), language)
                || end < tokens.size() && isPersonalName(tokens.get(end), language);
    }

    private boolean isPersonalName(Token token, Language language) {
        if (token.kind() != TokenKind.WORD || !Character.isUpperCase(token.text().codePointAt(0))) {
            return false;
        }
        Language dictionary = language == Language.UK ? Language.UK : Language.RU;
        List<WordAnalysis> analyses = morphology.analyses(token.text(), dictionary);
        return analyses.stream().anyMatch(WordAnalysis::isPersonalName);
    }

    private Place choose(Set<String> keys, Set<String> namedRegions, List<Place> anchors) {
        return keys.stream().map(this::place)
                .max(Comparator.comparingDouble((Place place) -> score(place, namedRegions, anchors))
                        .thenComparing(Place::key, Comparator.reverseOrder()))
                .orElseThrow();
    }

    private double score(Place place, Set<String> namedRegions, List<Place> anchors) {
        double score = Math.log10(population(place) + 1) / 2;
        if (namedRegions.contains(place.region())) {
            score += 3;
        }
        for (Place anchor : anchors) {
            if (!anchor.key().equals(place.key()) && !anchor.key().startsWith("country:")
                    && kilometres(anchor, place) < NEIGHBOUR_KILOMETRES) {
                score += 2;
                break;
            }
        }
        return score;
    }

    private long population(Place place) {
        if (place.key().startsWith("country:")) {
            return Long.MAX_VALUE / 2;
        }
        return gazetteer.placeEntry(place.key()).map(PlaceEntry::population).orElse(0L);
    }

    private Place place(String key) {
        if (key.startsWith("country:")) {
            Country country = gazetteer.country(key.substring("country:".length())).orElseThrow();
            return new Place(key, country.english(), country.code(), country.code(), country.latitude(),
                    country.longitude());
        }
        return gazetteer.place(key).orElseThrow();
    }

    private static double kilometres(Place a, Place b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
