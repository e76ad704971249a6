package org.frontwatch.register.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.frontwatch.model.UsageException;

/**
 * Turns a {@link SearchQuery} into a Lucene query. Written by hand rather than with the classic query parser
 * because keys hold colons ({@code unit:regiment:1439}) and every word must be analysed once per language field.
 * A free word or phrase matches if it matches the text or title in any language.
 */
final class QueryTranslator {
    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.copyOf(IndexFields.textFields());
    /** How many analysed words and phrases are kept before all are forgotten (a few MB at most). */
    private static final int ANALYSED_WORDS_KEPT = 10_000;
    private final QueryBuilder builder;
    /**
     * Words and phrases already analysed, with their queries (immutable, so shared between searches): analysing a
     * word in all eight text and title fields — morphological dictionaries, stemmers — took about 6 % of a search's
     * CPU, and investigators' searches repeat their words more than their whole questions.
     */
    private final Map<Words, AnalysedWords> analysedWords = new java.util.concurrent.ConcurrentHashMap<>();

    QueryTranslator(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /**
     * A search's query, and for each text field the query that finds, in a hit, the words to highlight in that
     * field: the free words and phrases of the search in that field alone, any of them (no keys, dates or excluded
     * words, which have no matches in a text field). In a document the search found, it matches the field's words
     * exactly where the search's query does; highlighting asks it instead, so as not to look in every field of every
     * hit for every clause.
     */
    record Translation(Query query, Map<String, Query> highlights) {
    }

    Query translate(SearchQuery search) {
        return translation(search).query();
    }

    Translation translation(SearchQuery search) {
        Map<String, BooleanQuery.Builder> highlights = new HashMap<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Optional<LocalDate> since = search.since();
        Optional<LocalDate> until = search.until();
        boolean positive = false;
        for (Token token : tokens(search.text())) {
            String prefix = token.prefix().toLowerCase(Locale.ROOT);
            if (prefix.equals("date")) {
                String[] bounds = token.value().split("\\.\\.", -1);
                since = bounds[0].isEmpty() ? since : Optional.of(day(bounds[0], search.text()));
                String last = bounds.length > 1 ? bounds[1] : bounds[0];
                until = last.isEmpty() ? until : Optional.of(day(last, search.text()));
                continue;
            }
            if (prefix.equals("since")) {
                since = Optional.of(day(token.value(), search.text()));
                continue;
            }
            if (prefix.equals("until")) {
                until = Optional.of(day(token.value(), search.text()));
                continue;
            }
            Map<String, Query> byField = new LinkedHashMap<>();
            Query clause = clause(token, prefix, byField);
            if (clause == null) {
                continue;
            }
            query.add(clause, token.excluded() ? Occur.MUST_NOT : Occur.MUST);
            positive |= !token.excluded();
            if (!token.excluded()) {
                byField.forEach((field, fieldQuery) -> {
                    if (TEXT_FIELDS.contains(field)) {
                        highlights.computeIfAbsent(field, f -> new BooleanQuery.Builder())
                                .add(fieldQuery, Occur.SHOULD);
                    }
                });
            }
        }
        if (since.isPresent() || until.isPresent()) {
            long from = since.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long to = until.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            query.add(LongPoint.newRangeQuery(IndexFields.DAY, from, to), Occur.FILTER);
            positive = true;
        }
        if (!positive) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        Map<String, Query> built = new HashMap<>();
        highlights.forEach((field, builder) -> built.put(field, builder.build()));
        return new Translation(query.build(), built);
    }

    /** The clause of one token; a free word's per-field queries also go into {@code byField}. */
    private Query clause(Token token, String prefix, Map<String, Query> byField) {
        String field = IndexFields.KEYWORD_PREFIXES.get(prefix);
        if (field != null) {
            return new TermQuery(new Term(field, IndexFields.keyword(field, token.value())));
        }
        String words = token.prefix().isEmpty() ? token.value() : token.prefix() + ":" + token.value();
        AnalysedWords analysed = analysedWords.get(new Words(words, token.phrase()));
        if (analysed == null) {
            if (analysedWords.size() >= ANALYSED_WORDS_KEPT) {
                analysedWords.clear();
            }
            analysed = analyse(words, token.phrase());
            analysedWords.put(new Words(words, token.phrase()), analysed);
        }
        byField.putAll(analysed.byField());
        return analysed.anyField().orElse(null);
    }

    /** Free words, or a phrase, as typed. */
    private record Words(String text, boolean phrase) {
    }

    /** Free words analysed for every field: the query of each field they give terms in, and any of those. */
    private record AnalysedWords(Optional<Query> anyField, Map<String, Query> byField) {
    }

    private AnalysedWords analyse(String words, boolean phrase) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        Map<String, Query> byField = new LinkedHashMap<>();
        for (String analysed : IndexFields.analysedFields()) {
            Query query = phrase ? builder.createPhraseQuery(analysed, words)
                    : builder.createBooleanQuery(analysed, words, Occur.MUST);
            if (query != null) {
                anyField.add(query, Occur.SHOULD);
                byField.put(analysed, query);
            }
        }
        return new AnalysedWords(byField.isEmpty() ? Optional.empty() : Optional.of(anyField.build()),
                java.util.Collections.unmodifiableMap(byField));
    }

    private static LocalDate day(String value, String text) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("search \"" + text + "\": not a date (YYYY-MM-DD) at \"" + value + "\"");
        }
    }

    /** A word, phrase or {@code prefix:value} of the query text. */
    record Token(String prefix, String value, boolean phrase, boolean excluded) {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            boolean excluded = false;
            if (text.charAt(i) == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                excluded = true;
                i++;
            }
            String prefix = "";
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i < n && i > start && text.charAt(i) == ':'
                    && isPrefix(text.substring(start, i))) {
                prefix = text.substring(start, i);
                i++;
            } else {
                i = start;
            }
            if (i < n && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                tokens.add(new Token(prefix, text.substring(i + 1, end), prefix.isEmpty(), excluded));
                i = close < 0 ? n : close + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(prefix, text.substring(i, end), false, excluded));
                i = end;
            }
        }
        return tokens.stream().filter(t -> !t.value().isBlank()).toList();
    }

    private static boolean isPrefix(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return IndexFields.KEYWORD_PREFIXES.containsKey(lower) || lower.equals("date") || lower.equals("since")
                || lower.equals("until");
    }
}
