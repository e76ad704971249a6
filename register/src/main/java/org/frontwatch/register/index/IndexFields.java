package org.frontwatch.register.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontwatch.model.Language;

/**
 * The index's field names. Text and title are indexed once per language, each field with that language's
 * analyser, so a query is analysed per field and inflected forms meet their lemma or stem; the keyword fields
 * hold normalised keys and double as facets.
 */
final class IndexFields {
    static final String ID = "id";
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    static final String SOURCE_LABEL = "source_label";
    static final String TYPE = "type";
    static final String ORIGIN = "origin";
    static final String REGION = "region";
    static final String PLACE = "place";
    static final String UNIT = "unit";
    static final String ORG = "org";
    static final String LANGUAGE = "language";
    static final String SOURCE = "source";
    static final String KIND = "kind";

    /** The dimensions counted as facets. */
    static final List<String> FACETS = List.of(TYPE, ORIGIN, REGION, UNIT, LANGUAGE, SOURCE);

    /** Query prefixes ({@code type:APPEAL}) and the keyword field each one searches. */
    static final Map<String, String> KEYWORD_PREFIXES = Map.of("type", TYPE, "origin", ORIGIN, "region", REGION,
            "place", PLACE, "unit", UNIT, "org", ORG, "language", LANGUAGE, "lang", LANGUAGE, "source", SOURCE,
            "kind", KIND);

    private IndexFields() {
    }

    static String text(Language language) {
        return "text_" + language.code();
    }

    static String title(Language language) {
        return "title_" + language.code();
    }

    /** Every analysed field: the text and title fields of every language. */
    static List<String> analysedFields() {
        return java.util.Arrays.stream(Language.values()).flatMap(l -> java.util.stream.Stream.of(text(l), title(l)))
                .toList();
    }

    static List<String> textFields() {
        return java.util.Arrays.stream(Language.values()).map(IndexFields::text).toList();
    }

    /** Normalises a keyword the way it is indexed in {@code field}. */
    static String keyword(String field, String value) {
        String trimmed = value.trim();
        return switch (field) {
            case TYPE, ORIGIN, REGION, KIND -> trimmed.toUpperCase(Locale.ROOT);
            case UNIT -> unitKey(trimmed);
            case LANGUAGE -> Language.ofCode(trimmed).code();
            case SOURCE, ORG -> trimmed.toLowerCase(Locale.ROOT);
            default -> trimmed;
        };
    }

    private static String unitKey(String value) {
        try {
            return org.frontwatch.model.UnitKey.parse(value).toString();
        } catch (IllegalArgumentException e) {
            return value.toLowerCase(Locale.ROOT);
        }
    }
}
