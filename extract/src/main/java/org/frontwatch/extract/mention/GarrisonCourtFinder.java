package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.gazetteer.PlaceEntry;
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
            + "(?:ск|ськ|зьк|цьк)\\p{L}{1,3}\\s+гарн[иі]зонн\\p{L}*\\s+(?:военн|військов)\\p{L}*\\s+суд\\p{L}*");
    private static final Pattern ENGLISH = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+)\\s+[Gg]arrison\\s+"
            + "[Mm]ilitary\\s+[Cc]ourt");
    /** What every match of {@link #CYRILLIC} and of {@link #ENGLISH} contains as written (neither ignores case). */
    private static final String CYRILLIC_WORD = "гарн";
    private static final String ENGLISH_WORD = "arrison";
    /** Letters that join a city's stem to "-ский": "Махачкал-ин-ский", "Кур-ган-ский" keeps its own. */
    private static final List<String> LINKS = List.of("", "ин", "ен", "ов", "ев");
    private static final long SMALLEST_GARRISON_CITY = 10_000;

    private static final class Bundled {
        static final GarrisonCourtFinder INSTANCE = new GarrisonCourtFinder(Gazetteer.bundled());
    }

    private final List<PlaceEntry> russianCities;

    public GarrisonCourtFinder(Gazetteer gazetteer) {
        this.russianCities = gazetteer.places().stream()
                .filter(e -> e.place().country().equals("RU") && e.population() >= SMALLEST_GARRISON_CITY)
                .sorted(Comparator.comparingLong(PlaceEntry::population).reversed()).toList();
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
                city(cyrillic.group(1)).ifPresent(city -> found.add(court(text, cyrillic, city)));
            }
        }
        if (text.contains(ENGLISH_WORD)) {
            Matcher english = ENGLISH.matcher(text);
            while (english.find()) {
                found.add(court(text, english, english.group(1)));
            }
        }
        return List.copyOf(found);
    }

    private static Mention court(String text, Matcher match, String city) {
        Span span = new Span(match.start(), match.end());
        String slug = city.toLowerCase(Locale.ROOT).replaceAll("[’'ʼ]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return Mention.of(MentionType.ORG, span.of(text), span, "org:" + slug + "-garrison-military-court");
    }

    /**
     * Whether a Russian stem and an English city name begin with the same letter: a city known by that name today
     * ("Ставрополь" is Stavropol; Tolyatti keeps it only as a former name).
     */
    private static boolean sameInitial(String stem, String english) {
        int at = "абвгдезийклмнопрстуфхэ".indexOf(stem.charAt(0));
        return at >= 0 && Character.toLowerCase(english.charAt(0)) == "abvgdeziyklmnoprstufke".charAt(at);
    }

    /**
     * The stem as written and without the soft sign of an adjective whose city ends in a vowel ("Туль-ский" of Тула; a
     * Ukrainian "г" before "-ський" becomes the "з" of "-зький", which the pattern reads: "Оренбур-зький" of Оренбург).
     */
    private static List<String> alternations(String stem) {
        List<String> bases = new ArrayList<>(List.of(stem));
        if (stem.endsWith("ь") && stem.length() >= 4) {
            bases.add(stem.substring(0, stem.length() - 1));
        }
        return bases;
    }

    /**
     * The English name of the largest Russian city whose Russian name the adjective's stem begins; a name of one word
     * first and one whose English name begins with the stem's letter, so that "Ставропольский" is Stavropol, not
     * Tolyatti, whose former names "Ставрополь", "Ставрополь-на-Волге" GeoNames keeps.
     */
    private Optional<String> city(String stem) {
        for (boolean compound : new boolean[] {false, true}) {
            for (String link : LINKS) {
                if (!stem.endsWith(link) || stem.length() - link.length() < 4) {
                    continue;
                }
                String written = stem.substring(0, stem.length() - link.length()).toLowerCase(Locale.ROOT);
                Optional<String> other = Optional.empty();
                for (String base : alternations(written)) {
                    for (PlaceEntry entry : russianCities) {
                        for (String name : entry.names()) {
                            String lower = name.toLowerCase(Locale.ROOT);
                            if (lower.startsWith(base) && (compound ? lower.length() > base.length()
                                    && lower.charAt(base.length()) == '-' : lower.length() <= base.length() + 3
                                    && lower.indexOf('-', base.length()) < 0)) {
                                if (sameInitial(base, entry.place().name())) {
                                    return Optional.of(entry.place().name());
                                }
                                other = other.or(() -> Optional.of(entry.place().name()));
                            }
                        }
                    }
                }
                if (other.isPresent()) {
                    return other;
                }
            }
        }
        return Optional.empty();
    }
}
