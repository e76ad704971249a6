package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds Ukrainian city, district and city-district courts, which try the AWOL cases of Ukrainian reporting and are
 * named after their city: "Тернопільський міськрайонний суд", "Белгород-Днестровский горрайонный суд", "Вінницький
 * міський суд", "Золочівського районного суду" → {@code org:<city>-city-district-court}, {@code -city-court},
 * {@code -district-court}, the city told by the gazetteer from the adjective. A court named after a city district
 * ("Заводской районный суд Николаева") names no city and is left to the alias table. Immutable and thread-safe.
 */
public final class CityCourtFinder implements MentionFinder {
    private static final Pattern COURT = Pattern.compile("(?U)(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+?)"
            + "(?:ск|ськ|зьк|цьк)\\p{L}{1,3}\\s+(міськрайонн|горрайонн|районн|міськ|городск)\\p{L}*\\s+суд\\p{L}*");
    /** What every match contains as written. */
    private static final String COURT_WORD = " суд";
    private static final long SMALLEST_COURT_CITY = 5_000;

    private static final class Bundled {
        static final CityCourtFinder INSTANCE = new CityCourtFinder(Gazetteer.bundled());
    }

    private final CityByAdjective ukrainianCities;

    public CityCourtFinder(Gazetteer gazetteer) {
        this.ukrainianCities = new CityByAdjective(gazetteer, "UA", SMALLEST_COURT_CITY);
    }

    /** The finder over the bundled gazetteer, built on first use and shared. */
    public static CityCourtFinder bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText analysed) {
        String text = analysed.text();
        if (!text.contains(COURT_WORD)) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher court = COURT.matcher(text);
        while (court.find()) {
            String kind = switch (court.group(2).toLowerCase(Locale.ROOT)) {
                case "міськрайонн", "горрайонн" -> "city-district-court";
                case "районн" -> "district-court";
                default -> "city-court";
            };
            ukrainianCities.city(court.group(1)).ifPresent(city -> {
                Span span = new Span(court.start(), court.end());
                found.add(Mention.of(MentionType.ORG, span.of(text), span,
                        cityKey(city, analysed.language()) + "-" + kind));
            });
        }
        return List.copyOf(found);
    }

    /**
     * "org:" and the city's name in the national transliteration when a Ukrainian text names it in Ukrainian, as
     * Ukrainian courts spell it ("Вінницький" → vinnytsia, where GeoNames keeps "Vinnytsya"); else the gazetteer's
     * English name ("Белгород-Днестровский" → Bilhorod-Dnistrovskyi).
     */
    private static String cityKey(CityByAdjective.City city, Language language) {
        return language == Language.UK && OrganisationSlug.readsAsUkrainian(city.name(), language)
                ? OrganisationSlug.keyOf(city.name(), language) : OrganisationSlug.keyOf(city.entry().place().name());
    }
}
