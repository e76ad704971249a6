package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.gazetteer.PlaceEntry;

/**
 * The city a Russian or Ukrainian adjective's stem comes from, as courts are named ("Махачкалин-ский" → Makhachkala,
 * "Тернопіль-ський" → Ternopil, "Белгород-Днестров-ский" → Bilhorod-Dnistrovskyi): the largest city of one country,
 * above a population, whose name the stem begins. Shared by {@link GarrisonCourtFinder} and {@link CityCourtFinder}.
 * Immutable and thread-safe.
 */
final class CityByAdjective {
    /** Letters that join a city's stem to "-ский": "Махачкал-ин-ский", "Сміл-ян-ський", "Кур-ган-ский" keeps its own. */
    private static final List<String> LINKS = List.of("", "ин", "ен", "ов", "ев", "ян");
    /** Endings of a city whose name is itself an adjective ("Хмельницький", "Белгород-Днестровский"). */
    private static final Set<String> ADJECTIVE_NAME_ENDINGS = Set.of("ский", "ський", "цкий", "цький", "зький");

    /** A city and the name of it that the adjective's stem begins ("Вінниця" for "Вінницький"). */
    record City(PlaceEntry entry, String name) {
    }

    private final List<PlaceEntry> cities;

    CityByAdjective(Gazetteer gazetteer, String country, long smallestPopulation) {
        this.cities = gazetteer.places().stream()
                .filter(e -> e.place().country().equals(country) && e.population() >= smallestPopulation)
                .sorted(Comparator.comparingLong(PlaceEntry::population).reversed()).toList();
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

    /** Whether a city of the country, above the population, has the English name {@code english} ("Voronezh"). */
    boolean named(String english) {
        for (PlaceEntry entry : cities) {
            if (entry.place().name().equals(english)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The English name of the largest Russian city whose Russian name the adjective's stem begins; a name of one word
     * first and one whose English name begins with the stem's letter, so that "Ставропольский" is Stavropol, not
     * Tolyatti, whose former names "Ставрополь", "Ставрополь-на-Волге" GeoNames keeps.
     */
    Optional<City> city(String stem) {
        for (boolean compound : new boolean[] {false, true}) {
            for (String link : LINKS) {
                if (!stem.endsWith(link) || stem.length() - link.length() < 4) {
                    continue;
                }
                String written = stem.substring(0, stem.length() - link.length()).toLowerCase(Locale.ROOT);
                Optional<City> other = Optional.empty();
                for (String base : alternations(written)) {
                    for (PlaceEntry entry : cities) {
                        for (String name : entry.names()) {
                            String lower = name.toLowerCase(Locale.ROOT);
                            if (lower.startsWith(base) && (compound ? lower.length() > base.length()
                                    && lower.charAt(base.length()) == '-' : lower.length() <= base.length() + 3
                                    && lower.indexOf('-', base.length()) < 0
                                    || ADJECTIVE_NAME_ENDINGS.contains(lower.substring(base.length())))) {
                                if (sameInitial(base, entry.place().name())) {
                                    return Optional.of(new City(entry, name));
                                }
                                other = other.or(() -> Optional.of(new City(entry, name)));
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
