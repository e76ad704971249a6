package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds Russian garrison military courts, which try most desertion and refusal cases and are named after their city:
 * "Красноярский гарнизонный военный суд", "Саратовського гарнізонного військового суду", "the Perm Garrison
 * Military Court" → {@code org:<city>-garrison-military-court}, the city told by the gazetteer from the adjective
 * ("Махачкалинский" → Makhachkala). Immutable and thread-safe.
 */
public final class GarrisonCourtFinder implements MentionFinder {
    private static final Pattern CYRILLIC = Pattern.compile("(?U)(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+?)"
            + "(?:ск|ськ|зьк|цьк)\\p{L}{1,3}\\s+гарн[иі]зонн\\p{L}*\\s+(?:(?:военн|військов)\\p{L}*\\s+)?суд\\p{L}*");
    private static final Pattern ENGLISH = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+)\\s+[Gg]arrison\\s+"
            + "(?:[Mm]ilitary\\s+)?[Cc]ourt");
    /** "the Voronezh court" in a text about garrison courts: the city's garrison court, named short. */
    private static final Pattern ENGLISH_SHORT = Pattern.compile("(?<=\\b[Tt]he\\s)(\\p{Lu}[\\p{L}-]+)\\s+court\\b");
    /** Words a capitalised word before "Garrison Military Court" may be that name no city ("Four garrison…"). */
    private static final Set<String> NO_CITY = Set.of("the", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "several", "many", "all", "both", "each", "other", "russian", "russia's", "a");
    /** What every match of {@link #CYRILLIC} and of {@link #ENGLISH} contains as written (neither ignores case). */
    private static final String CYRILLIC_WORD = "гарн";
    private static final String ENGLISH_WORD = "arrison";
    private static final long SMALLEST_GARRISON_CITY = 10_000;

    private static final class Bundled {
        static final GarrisonCourtFinder INSTANCE = new GarrisonCourtFinder(Gazetteer.bundled());
    }

    private final CityByAdjective russianCities;

    public GarrisonCourtFinder(Gazetteer gazetteer) {
        this.russianCities = new CityByAdjective(gazetteer, "RU", SMALLEST_GARRISON_CITY);
    }

    /** The finder over the bundled gazetteer, built on first use and shared. */
    public static GarrisonCourtFinder bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText analysed) {
        String text = analysed.text();
        List<Mention> found = new ArrayList<>();
        // each pattern holds a word as written, which few texts contain: without it, the pattern need not be tried
        // at every capitalised word (the reluctant stem tries every length of it)
        if (text.contains(CYRILLIC_WORD)) {
            Matcher cyrillic = CYRILLIC.matcher(text);
            while (cyrillic.find()) {
                russianCities.city(cyrillic.group(1))
                        .ifPresent(city -> found.add(court(text, cyrillic, city.entry().place().name())));
            }
        }
        if (text.contains(ENGLISH_WORD)) {
            Matcher english = ENGLISH.matcher(text);
            while (english.find()) {
                if (!NO_CITY.contains(english.group(1).toLowerCase(Locale.ROOT))) {
                    found.add(court(text, english, english.group(1)));
                }
            }
            Matcher named = ENGLISH_SHORT.matcher(text);
            while (named.find()) {
                String city = named.group(1);
                if (russianCities.named(city)) {
                    found.add(court(text, named, city));
                }
            }
        }
        return List.copyOf(found);
    }

    private static Mention court(String text, Matcher match, String city) {
        Span span = new Span(match.start(), match.end());
        return Mention.of(MentionType.ORG, span.of(text), span, OrganisationSlug.keyOf(city) + "-garrison-military-court");
    }

}
