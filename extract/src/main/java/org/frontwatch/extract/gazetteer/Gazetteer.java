package org.frontwatch.extract.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.gazetteer.ResourceTable.Row;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.Language;
import org.frontwatch.model.Place;

/**
 * The bundled gazetteer, read once from the resource files beside this class (built by
 * {@code extract/gazetteer-build/build_gazetteer.py}; sources and licences in each file's header): all Russian
 * federal subjects and Ukrainian oblasts with ISO 3166-2 codes, populated places of Ukraine and Russia (GeoNames
 * cities500, KATOTTG names, hand additions) and large cities elsewhere, countries, and the alias forms news uses.
 * Immutable and thread-safe.
 */
public final class Gazetteer {
    private static final Pattern UKRAINIAN_SK = Pattern.compile("([А-ЩЬЮЯа-щьюя]+)([сц])ьк");
    private static final Pattern ADJECTIVE_REGION = Pattern.compile("(\\S+) (область|край)");
    private static final Pattern ENGLISH_STEM = Pattern.compile("(.+) (Oblast|Krai)");
    private static final Pattern ENGLISH_REPUBLIC = Pattern.compile("Republic of (.+)");

    /** Cities that are regions of their own: their names are places (a city alone is a place), never regions. */
    private static final Set<String> CITY_REGIONS = Set.of("RU-MOW", "RU-SPE", "UA-30", "UA-40");
    /** The coordinate sources of places.tsv.gz's last column that place a village only roughly. */
    private static final Set<String> APPROXIMATE_COORDINATES = Set.of("hromada", "raion");

    private static final class Bundled {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    private final Map<String, Region> regions;
    private final List<RegionAlias> regionAliases;
    private final Map<String, PlaceEntry> places;
    private final Map<String, Country> countries;
    private final List<CountryForm> countryForms;

    private Gazetteer() {
        this.regions = readRegions();
        this.regionAliases = readRegionAliases(regions.values());
        this.places = readPlaces();
        this.countries = readCountries();
        this.countryForms = readCountryForms(countries.values());
    }

    /** The gazetteer bundled with Frontwatch, read on first use and shared. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** The region with ISO 3166-2 code {@code isoCode} ("RU-IRK", "UA-14"). */
    public Optional<Region> region(String isoCode) {
        return Optional.ofNullable(regions.get(isoCode.toUpperCase(Locale.ROOT)));
    }

    /** All Russian federal subjects and Ukrainian oblasts (incl. Kyiv UA-30, Sevastopol UA-40, Crimea UA-43). */
    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    /** Every form that names a region: official names in three languages, derived forms and hand-curated ones. */
    public List<RegionAlias> regionAliases() {
        return regionAliases;
    }

    /** The populated place with gazetteer key {@code key} ("geonames:713122", "hand:vuhledar"). */
    public Optional<Place> place(String key) {
        return Optional.ofNullable(places.get(key)).map(PlaceEntry::place);
    }

    /** The populated place with its population and names. */
    public Optional<PlaceEntry> placeEntry(String key) {
        return Optional.ofNullable(places.get(key));
    }

    /** All populated places. */
    public Collection<PlaceEntry> places() {
        return places.values();
    }

    /** The country with ISO 3166-1 alpha-2 code {@code code}. */
    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
    }

    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    /** Every form that names a country: names in three languages and hand-curated short forms ("РФ", "U.S."). */
    public List<CountryForm> countryForms() {
        return countryForms;
    }

    private static Map<String, Region> readRegions() {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (Row row : ResourceTable.read(Gazetteer.class, "regions.tsv")) {
            Region region = new Region(row.column(0), row.column(1), row.column(2), row.column(3), row.column(4),
                    row.number(5), row.number(6));
            regions.put(region.code(), region);
        }
        return Map.copyOf(regions);
    }

    private static List<RegionAlias> readRegionAliases(Collection<Region> regions) {
        Set<RegionAlias> aliases = new LinkedHashSet<>();
        for (Region region : regions) {
            if (CITY_REGIONS.contains(region.code())) {
                continue;
            }
            derive(region.code(), Language.RU, region.russian(), aliases);
            derive(region.code(), Language.UK, region.ukrainian(), aliases);
            derive(region.code(), Language.EN, region.english(), aliases);
        }
        for (Row row : ResourceTable.read(Gazetteer.class, "region-aliases.tsv")) {
            String code = row.column(0);
            Language language = Language.ofCode(row.column(1));
            RegionAlias.Kind kind = kind(row);
            if (!regions.stream().anyMatch(r -> r.code().equals(code))) {
                throw new FrontwatchException(row.resource() + " line " + row.line() + ": unknown region " + code);
            }
            aliases.add(new RegionAlias(code, language, kind, row.column(3)));
        }
        return List.copyOf(aliases);
    }

    private static RegionAlias.Kind kind(Row row) {
        try {
            return RegionAlias.Kind.valueOf(row.column(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FrontwatchException(row.resource() + " line " + row.line() + ": unknown kind " + row.column(2)
                    + " (expected name, adjective or stem)");
        }
    }

    /** Official names, cut before a parenthesis or dash ("Ханты-Мансийский автономный округ — Югра"). */
    private static void derive(String code, Language language, String official, Set<RegionAlias> aliases) {
        String name = official.split(" \\(| — | - ")[0].strip();
        aliases.add(new RegionAlias(code, language, RegionAlias.Kind.NAME, name));
        if (language == Language.EN) {
            Matcher stem = ENGLISH_STEM.matcher(name);
            if (stem.matches()) {
                aliases.add(new RegionAlias(code, language, RegionAlias.Kind.STEM, stem.group(1)));
            }
            Matcher republic = ENGLISH_REPUBLIC.matcher(name);
            if (republic.matches()) {
                aliases.add(new RegionAlias(code, language, RegionAlias.Kind.NAME, republic.group(1)));
            }
            return;
        }
        Matcher adjective = ADJECTIVE_REGION.matcher(name);
        if (adjective.matches()) {
            aliases.add(new RegionAlias(code, language, RegionAlias.Kind.ADJECTIVE,
                    adjective.group(1).toLowerCase(Locale.ROOT)));
        }
    }

    private static Map<String, PlaceEntry> readPlaces() {
        Map<String, PlaceEntry> places = new HashMap<>();
        for (Row row : ResourceTable.read(Gazetteer.class, "places.tsv.gz")) {
            Place place = new Place(row.column(0), row.column(1), row.column(2), row.column(3), row.number(4),
                    row.number(5));
            long population = (long) row.number(6);
            List<String> names = Arrays.stream(row.column(8).split("\\|")).filter(n -> !n.isBlank()).toList();
            boolean approximate = row.columns().length > 9 && APPROXIMATE_COORDINATES.contains(row.column(9));
            List<String> spelled = withLatinSpellings(names);
            places.put(place.key(), new PlaceEntry(place, population,
                    place.country().equals("UA") ? withRussianForms(spelled) : spelled, approximate));
        }
        return Map.copyOf(places);
    }

    /**
     * A Ukrainian town's names with the Russian form of an official name in -ськ/-цьк that GeoNames lacks
     * ("Покровськ" → "Покровск", "Торецьк" → "Торецк"): Russian-language reporting names front-line towns so, and
     * without the form "Покровск" matched only Pokrovsk in Yakutia (found on real Telegram news posts, 2024). Only
     * names whose other letters are spelled alike in both languages are derived (no і, ї, є, ґ or apostrophe).
     */
    static List<String> withRussianForms(List<String> names) {
        List<String> all = new ArrayList<>(names);
        for (String name : names) {
            Matcher ending = UKRAINIAN_SK.matcher(name);
            if (ending.matches()) {
                String russian = ending.group(1) + ending.group(2) + "к";
                if (!all.contains(russian)) {
                    all.add(russian);
                }
            }
        }
        return all.size() == names.size() ? names : List.copyOf(all);
    }

    /**
     * A place's Latin names with the spellings English reporting uses beside GeoNames': without the apostrophe of a
     * soft sign ("Yats'kivka" → "Yatskivka", "Belogor’ye" → "Belogorye"), and a Ukrainian "й" after a vowel and "я"
     * written as the national transliteration writes them ("Hulyaypole" → "Hulyaipole"). Found by blind round 10.
     */
    static List<String> withLatinSpellings(List<String> names) {
        List<String> all = new ArrayList<>(names);
        for (String name : names) {
            if (name.isEmpty() || name.charAt(0) > 'z') {
                continue;
            }
            String plain = name.replace("'", "").replace("’", "").replace("ʼ", "");
            for (String variant : List.of(plain, plain.replace("ay", "ai").replace("ya", "ia"),
                    plain.replace("ay", "ai"))) {
                if (!variant.equals(name) && !all.contains(variant) && variant.length() > 3) {
                    all.add(variant);
                }
            }
        }
        return all.size() == names.size() ? names : List.copyOf(all);
    }

    private static Map<String, Country> readCountries() {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (Row row : ResourceTable.read(Gazetteer.class, "countries.tsv")) {
            Country country = new Country(row.column(0), row.column(1), row.column(2), row.column(3),
                    row.number(4), row.number(5));
            countries.put(country.code(), country);
        }
        return Map.copyOf(countries);
    }

    private static List<CountryForm> readCountryForms(Collection<Country> countries) {
        Set<CountryForm> forms = new LinkedHashSet<>();
        for (Country country : countries) {
            addCountryForm(forms, country.code(), Language.EN, country.english());
            addCountryForm(forms, country.code(), Language.RU, country.russian());
            addCountryForm(forms, country.code(), Language.UK, country.ukrainian());
        }
        for (Row row : ResourceTable.read(Gazetteer.class, "country-aliases.tsv")) {
            addCountryForm(forms, row.column(0), Language.ofCode(row.column(1)), row.column(2));
        }
        return List.copyOf(new ArrayList<>(forms));
    }

    private static void addCountryForm(Set<CountryForm> forms, String code, Language language, String name) {
        String cut = name.split(" \\(")[0].strip();
        if (!cut.isEmpty()) {
            forms.add(new CountryForm(code, language, cut));
        }
    }
}
