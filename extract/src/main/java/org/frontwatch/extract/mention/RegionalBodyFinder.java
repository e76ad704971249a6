package org.frontwatch.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.gazetteer.Gazetteer;
import org.frontwatch.extract.gazetteer.Region;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds a Ukrainian oblast's prosecutor's office and recruitment centre named by the oblast's adjective, as news and
 * the offices themselves name them: "Рівненська обласна прокуратура", "в Одеській обласній прокуратурі",
 * "Днепропетровская областная прокуратура", "в Одесском областном ТЦК" → {@code org:rivne-regional-prosecutor-office},
 * {@code org:odesa-regional-tcc} (the oblast's English name without "Oblast"). The whole name is the organisation;
 * the adjective inside it is no separate region mention. Immutable and thread-safe.
 */
public final class RegionalBodyFinder implements MentionFinder {
    /** What every match contains as written: without it, the pattern need not be tried. */
    private static final String REGIONAL_WORD = "бласт";
    private static final String REGIONAL_WORD_UK = "бласн";

    private static final class Bundled {
        static final RegionalBodyFinder INSTANCE = new RegionalBodyFinder(Gazetteer.bundled());
    }

    /** Lowercase adjective stem ("рівненськ", "днепропетровск") → the oblast's key ("org:rivne"). */
    private final Map<String, String> keysByStem = new HashMap<>();
    private final Pattern pattern;

    public RegionalBodyFinder(Gazetteer gazetteer) {
        for (Region region : gazetteer.regions()) {
            if (!region.country().equals("UA") || !region.english().endsWith(" Oblast")) {
                continue;
            }
            String key = OrganisationSlug.keyOf(
                    region.english().substring(0, region.english().length() - " Oblast".length()));
            for (String name : List.of(region.russian(), region.ukrainian())) {
                String adjective = name.split(" ")[0].toLowerCase(Locale.ROOT);
                // "рівненська" → "рівненськ": the stem every case of the adjective shares
                keysByStem.put(adjective.replaceAll("(?:ая|яя|а|я)$", ""), key);
            }
        }
        String stems = String.join("|", keysByStem.keySet());
        pattern = Pattern.compile("(?iu)(?<![\\p{L}-])(" + stems + ")\\p{L}{1,3}\\s+(?:обласн|областн)\\p{L}*\\s+"
                + "(прокуратур\\p{L}*|ТЦК)(?![\\p{L}])");
    }

    /** The finder over the bundled gazetteer, built on first use and shared. */
    public static RegionalBodyFinder bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public List<Mention> find(AnalysedText analysed) {
        String text = analysed.text();
        if (!text.contains(REGIONAL_WORD) && !text.contains(REGIONAL_WORD_UK)) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String key = keysByStem.get(matcher.group(1).toLowerCase(Locale.ROOT));
            String kind = matcher.group(2).toLowerCase(Locale.ROOT).startsWith("прокуратур")
                    ? "regional-prosecutor-office" : "regional-tcc";
            Span span = new Span(matcher.start(), matcher.end());
            found.add(Mention.of(MentionType.ORG, span.of(text), span, key + "-" + kind));
        }
        return List.copyOf(found);
    }
}
