package org.frontwatch.extract.mention;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontwatch.extract.gazetteer.Country;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.gazetteer.PlaceEntry;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Place;
import org.frontwatch.model.Span;

/**
 * Tells apart the places that share a name (Zaitseve, Pervomaiske, Pokrovsk): by a region the text names, a named
 * place nearby, a name the text writes out whole, then population; and leaves out a name the text puts in a region
 * where none of its namesakes lies. Split from {@link PlaceFinder}, which finds the names. Immutable and thread-safe.
 */
final class Namesakes {
    private static final double NEIGHBOUR_KILOMETRES = 120;
    private static final long LARGE_PLACE_POPULATION = 50_000;
    /** A city this large is known well enough that no smaller namesake takes its name from context alone. */
    private static final long WORLD_CITY_POPULATION = 300_000;
    private static final double DUPLICATE_KILOMETRES = 5;
    private static final long DOMINANT_FACTOR = 10;
    /**
     * What may stand between a place and the region the text puts it in: other names, "и", "в" (not a comma right
     * before the region: "в Киеве, Днепропетровской и Сумской областях" lists regions).
     */
    private static final Pattern IN_REGION = Pattern.compile(
            "(?u)[\\s,]*(?:(?:и|і|й|та|and)\\s+\\p{Lu}[\\p{L}'’-]*[\\s,]*)*(?:(?:в|у|во|in)\\s+)?");
    /** What may stand between a place and the region written right after it: a closing bracket, "в", "у", "in". */
    private static final Pattern REGION_RIGHT_AFTER = Pattern.compile("(?u)\\)?[\\s,]*(?:(?:в|у|во|in)\\s+)?");
    private static final int REGION_AFTER_CHARACTERS = 40;

    private final Gazetteer gazetteer;

    Namesakes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether the text puts a place (its span, the keys of its namesakes) in a region where no place of its name
     * lies ("село Петровка в Донецкой области", "Ильинка и Петровка в ДНР", "Малиновка Белгородской области"): the
     * village is one the gazetteer lacks, and a namesake elsewhere would put the report in the wrong region (found
     * on real Telegram news posts, 2024).
     */
    boolean outsideItsRegion(String text, Span span, Set<String> keys, List<Mention> regionMentions) {
        // a country or a large city ("траса Київ - Харків в Полтавській області") is no namesake of a missing village
        if (keys.stream().anyMatch(key -> key.startsWith("country:")
                || population(place(key)) >= LARGE_PLACE_POPULATION)) {
            return false;
        }
        for (Mention region : regionMentions) {
            int start = region.span().start();
            if (start >= span.end() && start - span.end() <= REGION_AFTER_CHARACTERS
                    && IN_REGION.matcher(text.substring(span.end(), start)).matches()
                    && !text.substring(span.end(), start).strip().endsWith(",")) {
                return keys.stream().map(this::place).noneMatch(p -> p.region().equals(region.key()));
            }
        }
        return false;
    }

    /**
     * The place a name stands for whatever else the text says, if any: its only namesake, or one at least
     * {@value #DOMINANT_FACTOR} times as populous as every other ("Донецьк" the oblast centre, not the town in Rostov
     * oblast; "Авдіївка" near Donetsk, not the village in Chernihiv oblast). Such places anchor their neighbours.
     */
    Optional<Place> dominant(Set<String> keys) {
        if (keys.size() == 1) {
            return Optional.of(place(keys.iterator().next()));
        }
        List<Place> bySize = keys.stream().map(this::place)
                .sorted(Comparator.comparingLong(this::population).reversed()).toList();
        boolean dominant = population(bySize.get(0)) >= DOMINANT_FACTOR * Math.max(1, population(bySize.get(1)));
        return dominant ? Optional.of(bySize.get(0)) : Optional.empty();
    }

    /**
     * The region written right after a place ("Донецк Ростовской области", "(бывший Нью-Йорк) в ДНР"), if any: the
     * one context that lets a village keep the name of a world city.
     */
    Optional<String> regionRightAfter(String text, Span span, List<Mention> regionMentions) {
        for (Mention region : regionMentions) {
            int start = region.span().start();
            if (start >= span.end() && start - span.end() <= REGION_AFTER_CHARACTERS
                    && REGION_RIGHT_AFTER.matcher(text.substring(span.end(), start)).matches()) {
                return Optional.of(region.key());
            }
        }
        return Optional.empty();
    }

    /**
     * The namesake meant: the best {@linkplain #score scored} one, except that a village never takes the name of a
     * world city ("Нью-Йорк" is New York City even in a text about the Donetsk region, which has a village once so
     * called; "Николаев" is Mykolaiv on the Black Sea even when the Lviv region is named elsewhere) unless the
     * village's region is written right after the name ({@code regionRightAfter}), which also decides between
     * namesakes before any other context.
     */
    Place choose(Set<String> keys, String written, Set<String> namedRegions, List<Place> anchors,
                 Optional<String> regionRightAfter) {
        boolean worldCity = keys.stream().filter(key -> !key.startsWith("country:")).map(this::place)
                .anyMatch(place -> population(place) >= WORLD_CITY_POPULATION);
        // the region written right after the name decides between namesakes before anything the rest of the text
        // names: "в Свердловске Луганской области" is Dovzhansk even in a story that names the Sverdlovsk region
        Set<String> inRegionRightAfter = keys.stream().filter(key -> !key.startsWith("country:"))
                .filter(key -> regionRightAfter.filter(place(key).region()::equals).isPresent())
                .collect(java.util.stream.Collectors.toSet());
        if (!inRegionRightAfter.isEmpty() && inRegionRightAfter.size() < keys.size()) {
            return choose(inRegionRightAfter, written, namedRegions, anchors, regionRightAfter);
        }
        return keys.stream().map(this::place).filter(place -> !hasRicherDuplicate(place, keys))
                .filter(place -> !worldCity || place.key().startsWith("country:")
                        || population(place) >= LARGE_PLACE_POPULATION
                        || regionRightAfter.filter(place.region()::equals).isPresent())
                .max(Comparator.comparingDouble((Place place) -> score(place, written, namedRegions, anchors))
                        .thenComparing(Place::key, Comparator.reverseOrder()))
                .orElseThrow();
    }

    /**
     * Whether GeoNames lists the same town twice and this is the poorer row: another namesake within
     * {@value #DUPLICATE_KILOMETRES} km in the same region with more names (Kurakhove and a stray "Kurakhovo" row a
     * few hundred metres away; the richer row carries the official Ukrainian name).
     */
    private boolean hasRicherDuplicate(Place place, Set<String> keys) {
        int names = names(place);
        return keys.stream().filter(key -> !key.equals(place.key()) && !key.startsWith("country:")).map(this::place)
                .anyMatch(other -> other.region().equals(place.region())
                        && kilometres(other, place) < DUPLICATE_KILOMETRES && names(other) > names);
    }

    private int names(Place place) {
        return gazetteer.placeEntry(place.key()).map(entry -> entry.names().size()).orElse(0);
    }

    /**
     * How likely a place is the one meant: its size, a region the text names, a named place nearby, a name the
     * text writes out whole, inflected or not ("Торецке" is Toretsk; Torez only resembles it), and above all the
     * place's own English name ("Pokrovsk" is the Donetsk-region town, not Engels, once called Pokrovsk).
     */
    private double score(Place place, String written, Set<String> namedRegions, List<Place> anchors) {
        double score = Math.log10(population(place) + 1) / 2;
        if (place.name().equals(written)) {
            score += 1;
        }
        if (gazetteer.placeEntry(place.key()).map(e -> e.names().stream().anyMatch(name -> name.equals(written)
                || name.length() >= 4 && written.startsWith(name) || inflectedFrom(name, written))).orElse(false)) {
            score += 1;
        }
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

    /**
     * Whether {@code written} is a case form of a name ending in a vowel: "Печори" of "Печора" (Pechora, Komi) as much
     * as the name "Печори" (Pechory, Pskov) itself, so that neither wins on the form alone.
     */
    private static boolean inflectedFrom(String name, String written) {
        if (name.length() < 5 || written.length() > name.length() + 2
                || "аяоеиыіь".indexOf(Character.toLowerCase(name.charAt(name.length() - 1))) < 0) {
            return false;
        }
        return written.startsWith(name.substring(0, name.length() - 1));
    }

    long population(Place place) {
        if (place.key().startsWith("country:")) {
            return Long.MAX_VALUE / 2;
        }
        return gazetteer.placeEntry(place.key()).map(PlaceEntry::population).orElse(0L);
    }

    Place place(String key) {
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
