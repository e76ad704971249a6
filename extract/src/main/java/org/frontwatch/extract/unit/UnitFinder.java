package org.frontwatch.extract.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.WordStartPattern;
import org.frontwatch.extract.WordStartPatterns;
import org.frontwatch.extract.WordStarts;
import org.frontwatch.extract.mention.MentionFinder;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;
import org.frontwatch.model.UnitKey;

/**
 * Finds military units in English, Russian and Ukrainian text. Four shapes are read:
 * <ul>
 *   <li>an ordinal number, up to four modifiers and the kind of formation: "1,439th regiment", "58th Combined Arms
 *   Army", "1439-й мотострелковый полк", "1439-го полка", "3-тя окрема штурмова бригада", "1st Army Corps" (in a
 *   chain of kind words the last one counts); a plain number only before an abbreviation: "1439 мсп", "155
 *   ОБрМП";</li>
 *   <li>the kind, then "№"/"No." and the number: "полк № 1439"; numbered military units: "в/ч 12345", "войсковая
 *   часть 12345", "військова частина А1234" (the designation is the number in digits as written, DESIGN.md: no letter
 *   prefix, a leading zero kept — {@code unit:unit:1234}, {@code unit:unit:02511}), "military unit 16871";</li>
 *   <li>a spelled-out ordinal before the kind: "First Slavic Brigade", "Третья бригада";</li>
 *   <li>named formations from {@code named-formations.tsv}: Storm-Z, Wagner, Akhmat → {@code unit:named:<slug>}.</li>
 * </ul>
 * A bare ordinal ("the 1439th") is a unit only when the same number is already a unit of the text. Numbers that are
 * not followed by a kind of formation — dates, ages, counts, years — are never taken. Immutable and thread-safe.
 */
public final class UnitFinder implements MentionFinder {
    private static final String RESOURCES = "/org/frontwatch/extract/unit/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final WordStartPattern NUMBER = WordStartPattern.compile(
            "(?<![\\p{L}\\p{N}.,/:\\-])(\\d{1,3}(?:,\\d{3})+|\\d{1,5})"
                    // a Russian ending, or one transliterated ("55-ya omsbr")
                    + "(?:(st|nd|rd|th)|\\s?[-‐‑–]\\s?([а-яёіїєґ]{1,3}|ya|yy|yi|iy|ia|y|go|ogo))?"
                    + "(?![\\p{L}\\p{N}])", FLAGS);
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t\\u00a0«»\"“”„]+([\\p{L}][\\p{L}\\p{M}’'ʼ.\\-]*)");
    private static final int MAX_MODIFIERS = 4;

    private static final UnitFinder BUNDLED = new UnitFinder();

    /**
     * The highest number a formation of each kind carries in either army (armies and corps stay under a hundred,
     * divisions under three hundred, brigades under a thousand — the Russian 810th marine and 448th missile brigades,
     * the Ukrainian 414th drone brigade —, regiments and battalions under two thousand): "2022-го … армии" is a
     * year, not the 2022nd army.
     */
    private static final Map<String, Long> HIGHEST_NUMBER = Map.of("army", 100L, "corps", 100L, "division", 300L,
            "brigade", 999L, "regiment", 2000L, "battalion", 2000L, "company", 1000L);

    private final Map<String, Pattern> nounsByKind = new HashMap<>();
    private final Map<String, String> abbreviations = new HashMap<>();
    private final List<WordStartPattern> numberedByKind = new ArrayList<>();
    private final List<String> numberedKinds = new ArrayList<>();
    private final List<WordStartPattern> ordinalWords = new ArrayList<>();
    private final List<Long> ordinalValues = new ArrayList<>();
    private final List<WordStartPattern> namedAliases = new ArrayList<>();
    private final List<String> namedSlugs = new ArrayList<>();
    private final Set<String> stopWords = new HashSet<>();
    private final BuildingCorps buildings = new BuildingCorps(RESOURCES + "building-words.tsv");
    /**
     * The numbered kinds, {@link #NUMBER}, the ordinal words and the named formations, in that order: one pass over a
     * text finds the matches of all, read in that order.
     */
    private final WordStartPatterns patterns;

    private UnitFinder() {
        LexiconFile words = LexiconFile.read(RESOURCES + "unit-words.tsv");
        Map<String, List<String>> nouns = new HashMap<>();
        for (LexiconFile.Row row : words.rows()) {
            String kind = row.cell(0);
            if (!UnitKey.KINDS.contains(kind)) {
                throw words.badRow(row, "unknown unit kind " + kind);
            }
            String pattern = row.cell(2);
            switch (row.cell(1)) {
                case "noun" -> nouns.computeIfAbsent(kind, k -> new ArrayList<>()).add(pattern);
                case "abbreviation" -> abbreviations.put(pattern.toLowerCase(Locale.ROOT), kind);
                case "prefix" -> {
                    numberedByKind.add(WordStartPattern.compile("(?<![\\p{L}])(?:" + pattern
                            + ")\\s*([a-zа-яіїє]\\s?-?\\s?)?(\\d{3,6})(?![\\p{L}\\p{N}])", FLAGS));
                    numberedKinds.add(kind);
                }
                default -> throw words.badRow(row, "unknown column value " + row.cell(1));
            }
        }
        nouns.forEach((kind, patterns) -> {
            String alternation = String.join("|", patterns);
            nounsByKind.put(kind, Pattern.compile(alternation, FLAGS));
            numberedByKind.add(WordStartPattern.compile("(?<![\\p{L}])(?:" + alternation
                    + ")\\s*(?:№|No\\.?|Nr\\.?|#)\\s*()(\\d{1,5})(?![\\p{L}\\p{N}])", FLAGS));
            numberedKinds.add(kind);
        });
        LexiconFile ordinals = LexiconFile.read(RESOURCES + "ordinal-words.tsv");
        for (LexiconFile.Row row : ordinals.rows()) {
            ordinalValues.add(Long.parseLong(row.cell(0)));
            ordinalWords.add(WordStartPattern.compile("(?<![\\p{L}])(?:" + row.cell(1) + ")(?![\\p{L}])", FLAGS));
        }
        LexiconFile named = LexiconFile.read(RESOURCES + "named-formations.tsv");
        StringBuilder alternation = new StringBuilder();
        for (LexiconFile.Row row : named.rows()) {
            namedSlugs.add(row.cell(0));
            Pattern.compile(row.cell(1));
            alternation.append(alternation.length() == 0 ? "" : "|").append("(").append(row.cell(1)).append(")");
        }
        namedAliases.add(WordStartPattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", 0));
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "stop-words.tsv").rows()) {
            stopWords.add(row.cell(0).toLowerCase(Locale.ROOT));
        }
        List<WordStartPattern> all = new ArrayList<>(numberedByKind);
        all.add(NUMBER);
        all.addAll(ordinalWords);
        all.addAll(namedAliases);
        patterns = WordStartPatterns.of(all);
    }

    /** The finder over the bundled lexicons (read once). */
    public static UnitFinder bundled() {
        return BUNDLED;
    }

    @Override
    public List<Mention> find(AnalysedText analysed) {
        String text = analysed.text();
        List<Mention> found = new ArrayList<>();
        List<MatchResult> numbers = new ArrayList<>();
        int number = numberedByKind.size();
        int firstOrdinal = number + 1;
        int firstNamed = firstOrdinal + ordinalWords.size();
        patterns.forEachMatch(text, WordStarts.of(text), (k, match) -> {
            if (k < number) {
                numberedFirst(text, numberedKinds.get(k), match, found);
            } else if (k == number) {
                numbers.add(match);
                ordinalFirst(text, match, found);
            } else if (k < firstNamed) {
                spelledOrdinal(text, ordinalValues.get(k - firstOrdinal), match, found);
            } else {
                named(text, match, found);
            }
        });
        List<Mention> kept = withoutOverlaps(found);
        kept.removeIf(unit -> buildings.isBuilding(text, unit));
        bareOrdinals(text, numbers, kept);
        return withoutOverlaps(kept);
    }

    private void numberedFirst(String text, String kind, MatchResult matcher, List<Mention> found) {
        // the number in digits as written (DESIGN.md): "в/ч 02511" keeps its zero, "А4267" is 4267
        String designation = matcher.group(2).replaceAll("\\D", "");
        add(found, text, matcher.start(), matcher.end(), kind, designation);
    }

    private void ordinalFirst(String text, MatchResult matcher, List<Mention> found) {
        long number = Long.parseLong(matcher.group(1).replace(",", ""));
        boolean ordinal = matcher.group(2) != null || matcher.group(3) != null;
        int start = matcher.start();
        if (number != 0) {
            kindAfter(text, matcher.end(), ordinal, false)
                    .filter(kindEnd -> number <= HIGHEST_NUMBER.getOrDefault(kindEnd.kind(), Long.MAX_VALUE))
                    .ifPresent(kindEnd -> add(found, text, start, kindEnd.end(), kindEnd.kind(),
                            Long.toString(number)));
        }
    }

    private void spelledOrdinal(String text, long value, MatchResult matcher, List<Mention> found) {
        boolean english = matcher.group().chars().allMatch(c -> c < 128);
        if (!english || Character.isUpperCase(matcher.group().charAt(0))) {
            int start = matcher.start();
            kindAfter(text, matcher.end(), true, english).ifPresent(kindEnd ->
                    add(found, text, start, kindEnd.end(), kindEnd.kind(), Long.toString(value)));
        }
    }

    /** Every alias is its own group of the one pattern (aliases hold no capturing groups of their own). */
    private void named(String text, MatchResult matcher, List<Mention> found) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                add(found, text, matcher.start(), matcher.end(), "named", namedSlugs.get(group - 1));
                break;
            }
        }
    }

    /**
     * "the 1439th", "1439-го" alone: a unit when the text already has a unit with that number ({@code numbers}: the
     * text's matches of {@link #NUMBER}).
     */
    private void bareOrdinals(String text, List<MatchResult> numbers, List<Mention> kept) {
        Map<String, String> keyByNumber = new HashMap<>();
        for (Mention mention : kept) {
            UnitKey key = UnitKey.parse(mention.key());
            if (key.designation().chars().allMatch(Character::isDigit)) {
                keyByNumber.putIfAbsent(key.designation(), key.toString());
            }
        }
        for (MatchResult matcher : numbers) {
            if (matcher.group(2) != null || matcher.group(3) != null) {
                String number = Long.toString(Long.parseLong(matcher.group(1).replace(",", "")));
                String key = keyByNumber.get(number);
                if (key != null) {
                    Span span = new Span(matcher.start(), matcher.end());
                    kept.add(Mention.of(MentionType.UNIT, span.of(text), span, key));
                }
            }
        }
    }

    private record KindEnd(String kind, int end) {
    }

    /** The kind of formation named after a number ending at {@code from}, and where its name ends. */
    private Optional<KindEnd> kindAfter(String text, int from, boolean ordinal, boolean capitalised) {
        Matcher word = NEXT_WORD.matcher(text);
        int position = from;
        int modifiers = 0;
        while (word.find(position) && word.start() == position) {
            String surface = word.group(1);
            String bare = surface.endsWith(".") ? surface.substring(0, surface.length() - 1) : surface;
            int end = word.start(1) + bare.length();
            String lower = bare.toLowerCase(Locale.ROOT);
            String abbreviation = abbreviations.get(lower);
            if (abbreviation != null) {
                return Optional.of(new KindEnd(abbreviation, end));
            }
            Optional<String> noun = nounKind(bare);
            if (noun.isPresent() && ordinal && (!capitalised || Character.isUpperCase(bare.charAt(0)))) {
                return Optional.of(lastOfChain(text, end, noun.get()));
            }
            if (stopWords.contains(lower) || noun.isPresent() || ++modifiers > MAX_MODIFIERS
                    || (!ordinal && !(lower.length() <= 3 && surface.endsWith(".")))) {
                return Optional.empty();
            }
            if (surface.endsWith(".") && lower.length() > 3) {
                return Optional.empty();
            }
            position = word.end();
        }
        return Optional.empty();
    }

    private KindEnd lastOfChain(String text, int end, String kind) {
        Matcher word = NEXT_WORD.matcher(text);
        if (word.find(end) && word.start() == end) {
            String next = word.group(1).replaceAll("\\.$", "");
            Optional<String> following = nounKind(next);
            if (following.isPresent() && next.chars().allMatch(c -> c < 128)) {
                return new KindEnd(following.get(), word.start(1) + next.length());
            }
        }
        return new KindEnd(kind, end);
    }

    private Optional<String> nounKind(String word) {
        for (Map.Entry<String, Pattern> entry : nounsByKind.entrySet()) {
            if (entry.getValue().matcher(word).matches()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private static void add(List<Mention> found, String text, int start, int end, String kind, String designation) {
        Span span = new Span(start, end);
        found.add(Mention.of(MentionType.UNIT, span.of(text), span, new UnitKey(kind, designation).toString()));
    }

    private static List<Mention> withoutOverlaps(List<Mention> found) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Mention m) -> -m.span().length()).thenComparing(Mention::span));
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparing(Mention::span));
        return kept;
    }
}
