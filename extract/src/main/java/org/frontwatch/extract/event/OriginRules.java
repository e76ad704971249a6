package org.frontwatch.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Where the soldiers of a report come from, as opposed to where it happened ({@code origin-cues.tsv},
 * {@code demonyms.tsv}; the rules are listed on {@link EventFinder}): origin words before a region or place,
 * regional adjectives and demonyms, relatives "in" a city, "from" a Russian region in a sentence about people —
 * never a place after a location or destination word; and the text's own origin, taken from its lead, for reports
 * that name none. Immutable and thread-safe.
 */
final class OriginRules {
    private static final int ORIGIN_WINDOW = 5;
    private static final int MAX_DOCUMENT_ORIGINS = 2;
    private static final int MAX_LIST_WORDS = 3;

    private final CueWordSet originBefore;
    private final CueWordSet originFrom;
    private final CueWordSet people;
    private final CueWordSet home;
    private final CueWordSet homeIn;
    private final CueWordSet at;
    private final CueWordSet arrivals;
    private final CueWordSet residents;
    private final CueWordSet joins;
    /** Demonyms and their regions, asked in this map's order (the order an origin's regions are added in). */
    private final Map<CueWord, String> demonyms = new HashMap<>();
    private final CueWordSet demonymWords;

    OriginRules(String resources) {
        Map<String, List<CueWord>> words = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(resources + "origin-cues.tsv").rows()) {
            String kind = switch (row.cell(0)) {
                case "before", "from", "home", "in", "at", "arrives", "residents", "joins" -> row.cell(0);
                default -> "people";
            };
            words.computeIfAbsent(kind, k -> new ArrayList<>()).add(CueWord.parse(row.cell(1)));
        }
        originBefore = CueWordSet.of(words.getOrDefault("before", List.of()));
        originFrom = CueWordSet.of(words.getOrDefault("from", List.of()));
        home = CueWordSet.of(words.getOrDefault("home", List.of()));
        homeIn = CueWordSet.of(words.getOrDefault("in", List.of()));
        at = CueWordSet.of(words.getOrDefault("at", List.of()));
        arrivals = CueWordSet.of(words.getOrDefault("arrives", List.of()));
        residents = CueWordSet.of(words.getOrDefault("residents", List.of()));
        joins = CueWordSet.of(words.getOrDefault("joins", List.of()));
        people = CueWordSet.of(words.getOrDefault("people", List.of()));
        for (LexiconFile.Row row : LexiconFile.read(resources + "demonyms.tsv").rows()) {
            demonyms.put(CueWord.parse(row.cell(1)), row.cell(0));
        }
        demonymWords = CueWordSet.of(demonyms.keySet());
    }

    /**
     * The regions the soldiers of the text come from: those of the first sentence that names an origin, by the rules
     * here or through one of its {@code reports} (a call-up's region) (the lead —
     * news tells its subject first; "Ранее о похожем рассказывали мобилизованные из Свердловской области" further
     * down is another story), when the whole text names at most {@value #MAX_DOCUMENT_ORIGINS} or names none beyond
     * the lead's ("мобілізовані з Ростовської, Воронезької та Бєлгородської областей" is one group of soldiers, a
     * round-up of several stories names its regions in several sentences): a report that names no origin itself is
     * about the same soldiers.
     */
    Set<String> documentOrigin(AnalysedText text, SentenceReadings readings, List<EventReport> reports) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> lead = new LinkedHashSet<>();
        List<Set<String>> bySentence = new ArrayList<>();
        for (int s = 0; s < text.sentences().size(); s++) {
            Sentence sentence = text.sentences().get(s);
            Set<String> origin = new LinkedHashSet<>(readings.places(s).origin());
            reports.stream().filter(r -> r.span().equals(sentence.span())).forEach(r -> origin.addAll(r.origin()));
            if (lead.isEmpty()) {
                lead.addAll(origin);
            }
            all.addAll(origin);
            bySentence.add(origin);
        }
        if (all.size() <= MAX_DOCUMENT_ORIGINS || lead.containsAll(all)) {
            return lead;
        }
        // "Most detainees … came from the Kurgan and Tomsk regions and Khakassia": one sentence that names every
        // origin of the text names one group of soldiers, whatever sentence named one of them first
        return bySentence.stream().filter(origin -> origin.containsAll(all)).findFirst().orElse(Set.of());
    }

    List<EventReport> withDocumentOrigin(String text, List<EventReport> reports, Set<String> origin,
                                                        List<Mention> mentions) {
        if (origin.isEmpty()) {
            return reports;
        }
        List<EventReport> completed = new ArrayList<>();
        for (EventReport report : reports) {
            if (report.origin().isEmpty() && !inListLine(text, report.span().start())
                    && !sourcedFigure(report.span(), mentions)) {
                List<String> location = report.location().stream().filter(r -> !origin.contains(r)).toList();
                completed.add(new EventReport(report.type(), report.text(), report.span(), report.when(),
                        List.copyOf(origin), location, report.places(), report.units()));
            } else {
                completed.add(report);
            }
        }
        return completed;
    }

    /**
     * Whether a sentence gives a figure on an organisation's word ("According to Ukraine's General Staff, Russia has
     * lost more than 1,100 troops"): such figures count the whole army, not the soldiers the text is about, so the
     * report takes no origin from the rest of the text.
     */
    static boolean sourcedFigure(Span sentence, List<Mention> mentions) {
        boolean organisation = false;
        boolean figure = false;
        for (Mention mention : mentions) {
            if (sentence.contains(mention.span())) {
                organisation |= mention.type() == MentionType.ORG;
                figure |= mention.type() == MentionType.QUANTITY;
            }
        }
        return organisation && figure;
    }

    /**
     * Whether a position lies on a numbered or bulleted line ("1️⃣ …", "2) …", "• …"): a digest's line tells its own
     * story, so it takes no origin from the rest of the text.
     */
    private static boolean inListLine(String text, int position) {
        int start = text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length()) {
            return false;
        }
        char first = text.charAt(start);
        if ("•▪◾▫‣–—-*".indexOf(first) >= 0) {
            return true;
        }
        int next = start;
        while (next < text.length() && Character.isDigit(text.charAt(next))) {
            next++;
        }
        if (next == start || next >= text.length()) {
            return false;
        }
        char after = text.charAt(next);
        return after == '\uFE0F' || after == '\u20E3' || after == '.' || after == ')';
    }

    /**
     * What a sentence names: the regions its soldiers come from, the regions where things happen, and its places;
     * each in the order first named, without repeats.
     */
    record SentencePlaces(List<String> origin, List<String> location, List<String> places) {
        SentencePlaces {
            origin = List.copyOf(origin);
            location = List.copyOf(location);
            places = List.copyOf(places);
        }
    }

    SentencePlaces placesIn(String text, Sentence sentence, List<Mention> mentions) {
        Set<String> origin = new LinkedHashSet<>();
        Set<String> location = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        placesIn(text, sentence, mentions, origin, location, places);
        return new SentencePlaces(List.copyOf(origin), List.copyOf(location), List.copyOf(places));
    }

    private void placesIn(String text, Sentence sentence, List<Mention> mentions, Set<String> origin,
                          Set<String> location, Set<String> places) {
        List<Token> tokens = sentence.tokens().stream().filter(t -> t.kind() == TokenKind.WORD).toList();
        boolean aboutPeople = tokens.stream().anyMatch(t -> people.matches(CueWord.forms(t)));
        // "куряне, жители приграничья, остались без света": a demonym beside residents names no soldiers' origin
        boolean residentsNamed = tokens.stream().anyMatch(residents::matches);
        for (Token token : residentsNamed ? List.<Token>of() : tokens) {
            if (!demonymWords.matches(token)) {
                continue;
            }
            demonyms.forEach((word, region) -> {
                if (word.matches(token)) {
                    origin.add(region);
                }
            });
        }
        Optional<Mention> previousOrigin = Optional.empty();
        for (Mention mention : mentions) {
            if (!sentence.span().contains(mention.span())
                    || (mention.type() != MentionType.REGION && mention.type() != MentionType.PLACE)) {
                continue;
            }
            String region = mention.type() == MentionType.REGION ? mention.key()
                    : mention.place().map(p -> p.region()).orElse("");
            if (isOrigin(tokens, mention, region, aboutPeople)
                    || previousOrigin.filter(before -> listed(tokens, before, mention)).isPresent()) {
                if (!region.isEmpty()) {
                    origin.add(region);
                }
                previousOrigin = Optional.of(mention);
                continue;
            }
            if (!region.isEmpty()) {
                location.add(region);
            }
            if (mention.type() == MentionType.PLACE) {
                places.add(mention.key());
            }
        }
    }

    /**
     * Whether {@code mention} continues a list that begins with the origin {@code before}: only list words ("and",
     * "the", "neighbouring", "и", "та"; punctuation is no word) stand between them ("from Altai Krai, the Kemerovo
     * region and the Tomsk region", "from the Mari El Republic and neighboring Chuvashia", "come from Khabarovsk and
     * Primorsky Krai"): every name of the list is an origin.
     */
    private boolean listed(List<Token> tokens, Mention before, Mention mention) {
        int between = 0;
        for (Token token : tokens) {
            if (token.span().start() >= before.span().end() && token.span().end() <= mention.span().start()) {
                if (between++ == MAX_LIST_WORDS || !joins.matches(token)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean isOrigin(List<Token> tokens, Mention mention, String region, boolean aboutPeople) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (mention.span().overlaps(tokens.get(k).span())) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        if (first < 0) {
            return false;
        }
        for (int k = first - 1; k >= Math.max(0, first - ORIGIN_WINDOW); k--) {
            Token token = tokens.get(k);
            if (at.matches(token)) {
                return false;
            }
            if (originBefore.matches(token)) {
                return true;
            }
        }
        Token joining = first >= 2 ? tokens.get(first - 1) : null;
        Token owner = first >= 2 ? tokens.get(first - 2) : null;
        if (joining != null && homeIn.matches(joining) && home.matches(owner)) {
            return true;
        }
        Optional<Token> following = last + 1 < tokens.size() ? Optional.of(tokens.get(last + 1)) : Optional.empty();
        // "иркутские мобилизованные": a one-word regional adjective or demonym before people — not a full name
        // ("В Белгородской области военная полиция задержала…" tells where, not whence)
        if (first == last && following.filter(people::matches).isPresent()) {
            return true;
        }
        boolean russian = region.startsWith("RU-");
        for (int k = Math.max(0, first - 2); k < first; k++) {
            Token token = tokens.get(k);
            if (russian && aboutPeople && originFrom.matches(token)
                    && !comesFrom(tokens, k, last)) {
                return true;
            }
            // "матері бійців з Чернігівщини": a Ukrainian region after "from" is a home only right after people
            // (alone, "з Донеччини" is where men were moved from)
            if (!russian && originFrom.matches(token) && k > 0 && people.matches(tokens.get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a "from" phrase whose "from" word is at {@code from} and whose name ends at {@code last} tells where
     * something comes from: a verb of coming or reporting follows the name ("Из Коренева поступают свидетельства о
     * мародерстве российских военных", "з Курщини надходять повідомлення") and no people stand right before the
     * "from" ("мобилизованные из Бурятии прибыли" is their home).
     */
    private boolean comesFrom(List<Token> tokens, int from, int last) {
        boolean peopleBefore = from > 0 && people.matches(tokens.get(from - 1));
        return !peopleBefore && last + 1 < tokens.size() && arrivals.matches(tokens.get(last + 1));
    }
}
