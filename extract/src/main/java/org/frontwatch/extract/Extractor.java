package org.frontwatch.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.extract.claim.ClaimFinder;
import org.frontwatch.extract.date.DateFinder;
import org.frontwatch.extract.event.EventFinder;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.language.LanguageIdentifier;
import org.frontwatch.extract.mention.CityCourtFinder;
import org.frontwatch.extract.mention.GarrisonCourtFinder;
import org.frontwatch.extract.mention.InitialismFinder;
import org.frontwatch.extract.mention.MentionFinder;
import org.frontwatch.extract.mention.OrganisationFinder;
import org.frontwatch.extract.mention.PersonFinder;
import org.frontwatch.extract.mention.PlaceFinder;
import org.frontwatch.extract.mention.RegionalBodyFinder;
import org.frontwatch.extract.mention.RegionFinder;
import org.frontwatch.extract.morphology.Morphology;
import org.frontwatch.extract.quantity.QuantityFinder;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.TextAnalyser;
import org.frontwatch.extract.unit.UnitFinder;
import org.frontwatch.model.Claim;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.Item;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * The extract stage assembled: language → analysed text → mentions (regions, places, organisations, persons, units,
 * dates, then quantities outside the dates and units) → hashtags dropped → one mention per stretch of text → claims →
 * event reports.
 *
 * <p>Overlapping mentions are resolved deterministically: the longer span wins ("Donetsk region" is a REGION, not
 * the PLACE Donetsk; "1,439th regiment" is a UNIT, not a QUANTITY), and of two equal spans the type earlier in
 * {@link #PRIORITY} wins. Input is plain text and offsets are into the text as given; HTML must be turned into text
 * first (and offsets mapped back) by the caller. Built once by {@link #create()}, which loads every resource and
 * checks that each stage has what it needs; immutable and thread-safe.
 */
public final class Extractor {
    /** Which type keeps a span when two mentions cover exactly the same text. */
    public static final List<MentionType> PRIORITY = List.of(MentionType.DATE, MentionType.UNIT, MentionType.REGION,
            MentionType.ORG, MentionType.PLACE, MentionType.QUANTITY, MentionType.PERSON);

    private final LanguageIdentifier languages;
    private final TextAnalyser analyser;
    private final List<MentionFinder> names;
    private final UnitFinder units;
    private final DateFinder dates;
    private final QuantityFinder quantities;
    private final ClaimFinder claims;
    private final EventFinder events;

    private Extractor(LanguageIdentifier languages, TextAnalyser analyser, List<MentionFinder> names) {
        this.languages = languages;
        this.analyser = analyser;
        this.names = List.copyOf(names);
        this.units = UnitFinder.bundled();
        this.dates = DateFinder.bundled();
        this.quantities = QuantityFinder.bundled();
        this.claims = ClaimFinder.bundled();
        this.events = EventFinder.bundled();
    }

    /** The extractor over the bundled dictionaries, gazetteer and lexicons; fails at once if one is unusable. */
    public static Extractor create() {
        checkResources();
        return new Extractor(LanguageIdentifier.bundled(), TextAnalyser.bundled(),
                List.of(RegionFinder.bundled(), PlaceFinder.bundled(), OrganisationFinder.bundled(),
                        GarrisonCourtFinder.bundled(), CityCourtFinder.bundled(), RegionalBodyFinder.bundled(),
                        InitialismFinder.bundled(), PersonFinder.bundled()));
    }

    private static void checkResources() {
        if (!Morphology.bundled().lemmas("области", Language.RU).contains("область")) {
            throw new FrontwatchException("the Russian morphological dictionary is missing or does not lemmatise "
                    + "\"области\"; check the language-ru jar on the classpath");
        }
        if (!Morphology.bundled().lemmas("області", Language.UK).contains("область")) {
            throw new FrontwatchException("the Ukrainian morphological dictionary is missing or does not lemmatise "
                    + "\"області\"; check the morfologik-ukrainian-lt jar on the classpath");
        }
        if (Gazetteer.bundled().region("RU-IRK").isEmpty() || Gazetteer.bundled().region("UA-14").isEmpty()) {
            throw new FrontwatchException("the bundled gazetteer lacks RU-IRK or UA-14; rebuild its resources");
        }
    }

    /**
     * Everything found in an item's text, with dates resolved against its publication day in UTC and the language
     * identified: the one way every pipeline (single machine or Spark) extracts a stored item.
     */
    public Extraction extract(Item item) {
        return extract(item.text(), publicationDay(item), Optional.empty());
    }

    /** The day an item was published, in UTC: what its relative dates ("yesterday", "вчера") are resolved against. */
    public static Optional<LocalDate> publicationDay(Item item) {
        return item.published().map(instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * Everything found in {@code text}: language (identified unless given), mentions, claims and event reports.
     * Dates are resolved against {@code published}; without it, expressions that need it are left out.
     */
    public Extraction extract(String text, Optional<LocalDate> published, Optional<Language> language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Language identified = language.orElseGet(() -> languages.identify(text));
        AnalysedText analysed = analyser.analyse(text, identified, published);
        List<Mention> found = new ArrayList<>();
        for (MentionFinder finder : names) {
            found.addAll(finder.find(analysed));
        }
        List<Mention> unitMentions = units.find(analysed);
        List<Mention> dateMentions = dates.find(analysed);
        found.addAll(unitMentions);
        found.addAll(dateMentions);
        List<Span> taken = new ArrayList<>();
        unitMentions.forEach(m -> taken.add(m.span()));
        dateMentions.forEach(m -> taken.add(m.span()));
        found.addAll(quantities.find(analysed, taken));
        found.removeIf(mention -> isHashtag(text, mention.span()));
        List<Mention> mentions = withoutOverlaps(beforeRegions(text, found));
        List<Claim> claimList = claims.find(analysed, mentions);
        List<EventReport> reports = events.find(analysed, mentions);
        return new Extraction(identified, published, mentions, claimList, reports);
    }

    /**
     * A figure ends before a region named inside it, so that both are kept: "300 Kuban Cossacks" is the figure "300"
     * and the region "Kuban" (a figure's span reaches its counted noun, a region adjective may stand between).
     */
    private static List<Mention> beforeRegions(String text, List<Mention> found) {
        List<Mention> regions = found.stream().filter(m -> m.type() == MentionType.REGION).toList();
        if (regions.isEmpty()) {
            return found;
        }
        List<Mention> trimmed = new ArrayList<>(found.size());
        for (Mention mention : found) {
            Mention kept = mention;
            if (mention.type() == MentionType.QUANTITY) {
                for (Mention region : regions) {
                    int start = region.span().start();
                    if (start > mention.span().start() && start < mention.span().end()
                            && region.span().end() <= mention.span().end()) {
                        int end = start;
                        while (end > mention.span().start() && Character.isWhitespace(text.charAt(end - 1))) {
                            end--;
                        }
                        if (end > mention.span().start()) {
                            Span span = new Span(mention.span().start(), end);
                            kept = new Mention(mention.type(), span.of(text), span, mention.key(), mention.place(),
                                    mention.date(), mention.figure());
                        }
                        break;
                    }
                }
            }
            trimmed.add(kept);
        }
        return trimmed;
    }

    /** A hashtag ("#Самара", "#Tatarstan") labels a post: the word after '#' is no mention of anything. */
    private static boolean isHashtag(String text, Span span) {
        return span.start() > 0 && text.charAt(span.start() - 1) == '#';
    }

    /** One mention per stretch of text: longer first, then by {@link #PRIORITY}; result in text order. */
    static List<Mention> withoutOverlaps(List<Mention> found) {
        Map<MentionType, Integer> rank = new java.util.EnumMap<>(MentionType.class);
        for (int k = 0; k < PRIORITY.size(); k++) {
            rank.put(PRIORITY.get(k), k);
        }
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Mention m) -> -m.span().length())
                .thenComparing(m -> rank.getOrDefault(m.type(), PRIORITY.size()))
                .thenComparing(Mention::span));
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparing(Mention::span).thenComparing(m -> m.type().ordinal()));
        return kept;
    }
}
