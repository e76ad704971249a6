package org.frontwatch.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.WordStartPattern;
import org.frontwatch.extract.WordStartPatterns;
import org.frontwatch.extract.WordStarts;
import org.frontwatch.extract.mention.MentionFinder;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Finds date expressions and resolves them against the publication date into {@link DateInterval}s:
 * ISO and numeric dates, "9 марта", "9 березня 2023", "March 9", day ranges ("1–5 March"), months ("в феврале", "in
 * February 2023"), parts of months ("early February", "mid-March", "в конце января", "з початку лютого" — early is
 * days 1–10, mid 11–20, late 21 to the end), years ("in 2022", "в 2022 году"), relative expressions from
 * {@code relative.tsv} ("yesterday", "на прошлой неделе", "минулого тижня"), "two days ago" / "три дня назад", and
 * weekdays ("on Tuesday", "в ночь на вторник" — the night before that day, so both days); two dates of a range are
 * one interval ({@link DateRanges}: "с октября по январь", "січні–лютому 2025 року").
 *
 * <p>A day or month without a year is the latest one beginning not more than {@value #TOLERANCE_DAYS} days after
 * publication, or {@value #SCHEDULED_DAYS} days when its sentence speaks of the future ({@link FutureClauses}:
 * "приговор огласят 28 марта", "the hearing will be on April 2").
 * A leading "since"/"с"/"з" is not part of the mention: it is read by the event finder, which extends the interval
 * to publication. Without a publication date, expressions that need it are omitted. Immutable and thread-safe.
 * About 540 lines: the absolute, relative and part-of-period readers share one walk over the tokens and one resolver
 * of year-less days; the future-tense reading already lives in {@link FutureClauses}, and the relative expressions'
 * table reader is the next to move out if the class grows.
 */
public final class DateFinder implements MentionFinder {
    /** Days after publication that a year-less date may still fall on (announced, scheduled). */
    public static final int TOLERANCE_DAYS = 7;
    /** Days after publication that a year-less date in a sentence about the future may begin on. */
    public static final int SCHEDULED_DAYS = 45;
    private static final String RESOURCES = "/org/frontwatch/extract/date/";
    private static final int INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final String YEAR_WORD = "(?:\\s*(?:года|году|год|г\\.|році|року|рік|р\\.))";
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?:(?:on|in|at|в|во|у|на|с|со|з|із|до|від)\\s+)?(?:the\\s+)?(?=\\S)",
            INSENSITIVE);
    private static final Pattern QUOTED_NAME_BEFORE = Pattern.compile("[«\"“]\\p{Lu}[\\p{L}-]*\\s+$");
    private static final FutureClauses FUTURE = new FutureClauses();
    private static final DateFinder BUNDLED = new DateFinder();

    private final Map<String, Integer> monthByForm = new HashMap<>();
    private final Map<String, Integer> weekdayByForm = new HashMap<>();
    private final Map<String, Integer> numberByWord = new HashMap<>();
    private final Map<String, String> agoUnitByForm = new HashMap<>();
    private final Map<String, Integer> seasonStartByForm = new HashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    /** The rules' patterns, tried in one pass over a text's word starts. */
    private final WordStartPatterns patterns;

    /** One expression shape: a pattern and how a match becomes an interval (empty when it cannot be resolved). */
    private record Rule(WordStartPattern pattern, Function<Resolution, Optional<DateInterval>> resolve) {
    }

    /** A match with the publication date it is resolved against and the text it was found in. */
    /** "кінця листопада минулого року": a month of the year before publication, in place of its number. */
    private static final String LAST_YEAR = "|\\s+(прошлого|минувшего|минулого)\\s+(?:года|року)";

    private record Resolution(MatchResult match, Optional<LocalDate> published, AnalysedText analysed) {
        String group(int index) {
            return match.group(index);
        }

        int groupCount() {
            return match.groupCount();
        }

        /** How many days after publication a year-less date of this match may begin. */
        int daysAhead() {
            return FUTURE.speaksOfFuture(analysed, match.start()) ? SCHEDULED_DAYS : TOLERANCE_DAYS;
        }
    }

    private DateFinder() {
        Map<Language, List<String>> months = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "months.tsv").rows()) {
            int month = Integer.parseInt(row.cell(0));
            for (String form : row.cell(2).split("\\|")) {
                monthByForm.put(form.toLowerCase(Locale.ROOT), month);
                months.computeIfAbsent(Language.ofCode(row.cell(1)), l -> new ArrayList<>()).add(form);
            }
        }
        List<String> weekdays = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "weekdays.tsv").rows()) {
            for (String form : row.cell(1).split("\\|")) {
                weekdayByForm.put(form.toLowerCase(Locale.ROOT), Integer.parseInt(row.cell(0)));
                weekdays.add(form);
            }
        }
        List<String> agoUnits = new ArrayList<>();
        List<String> agoWords = new ArrayList<>();
        List<String> numberWords = new ArrayList<>();
        LexiconFile ago = LexiconFile.read(RESOURCES + "ago.tsv");
        for (LexiconFile.Row row : ago.rows()) {
            switch (row.cell(0)) {
                case "unit" -> {
                    agoUnits.add(row.cell(2));
                    agoUnitByForm.put(row.cell(2), row.cell(1));
                }
                case "ago" -> agoWords.add(row.cell(1));
                case "number" -> {
                    for (String word : row.cell(2).split("\\|")) {
                        numberByWord.put(word.toLowerCase(Locale.ROOT), Integer.parseInt(row.cell(1)));
                        numberWords.add(word);
                    }
                }
                default -> throw ago.badRow(row, "unknown row kind " + row.cell(0));
            }
        }
        String english = alternation(months.get(Language.EN));
        String englishFull = alternation(months.get(Language.EN).stream().filter(f -> f.length() > 3).toList());
        List<String> cyrillicForms = new ArrayList<>(months.get(Language.RU));
        cyrillicForms.addAll(months.get(Language.UK));
        String cyrillic = alternation(cyrillicForms);
        String any = "(?:" + english + "|" + cyrillic + ")";
        String day = "(\\d{1,2})(?:-?(?:го|е|ого)|st|nd|rd|th)?";

        add("(\\d{4})-(\\d{2})-(\\d{2})", 0, r -> day(r, r.group(1), r.group(2), r.group(3)));
        add("(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})", 0, r -> day(r, r.group(3), r.group(2), r.group(1)));
        add("(\\d{2})\\.(\\d{2})(?![.,]\\d)", 0, r -> day(r, null, r.group(2), r.group(1)));
        add(day + "\\s*(?:[-–—]|по|до|to|and|і|и)\\s*" + day + "\\s+(" + any + ")(?:,?\\s+(\\d{4})" + YEAR_WORD + "?)?",
                0, this::dayRange);
        add(day + "\\s+(?:of\\s+)?(" + any + ")(?:,?\\s+(\\d{4})" + YEAR_WORD + "?)?", 0,
                r -> day(r, r.group(3), month(r.group(2)), r.group(1)));
        add("(" + english + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?", 0,
                r -> day(r, r.group(3), month(r.group(1)), r.group(2)));
        add("(" + partAlternation("early") + ")(" + any + ")(?:\\s+(\\d{4})" + YEAR_WORD + "?" + LAST_YEAR + ")?", INSENSITIVE,
                r -> partOfMonth(r, 1, 10));
        add("(" + partAlternation("mid") + ")(" + any + ")(?:\\s+(\\d{4})" + YEAR_WORD + "?" + LAST_YEAR + ")?", INSENSITIVE,
                r -> partOfMonth(r, 11, 20));
        add("(" + partAlternation("late") + ")(" + any + ")(?:\\s+(\\d{4})" + YEAR_WORD + "?" + LAST_YEAR + ")?", INSENSITIVE,
                r -> partOfMonth(r, 21, 31));
        // "late last month", "в конце прошлого месяца", "наприкінці минулого місяця": part of the month before
        // publication's (blind round 11)
        String lastMonth = "(last\\s+month|the\\s+previous\\s+month|прошлого\\s+месяца|минувшего\\s+месяца"
                + "|минулого\\s+місяця)";
        add("(" + partAlternation("early") + ")" + lastMonth, INSENSITIVE, r -> partOfLastMonth(r, 1, 10));
        add("(" + partAlternation("mid") + ")" + lastMonth, INSENSITIVE, r -> partOfLastMonth(r, 11, 20));
        add("(" + partAlternation("late") + ")" + lastMonth, INSENSITIVE, r -> partOfLastMonth(r, 21, 31));
        // "the first half of November", "в первой половине ноября", "у другій половині листопада": days 1–15 or 16 on
        // (blind round 10)
        String firstHalf = "(?:the\\s+)?first\\s+half\\s+of\\s+|перв(?:ой|ую|ая)\\s+половин[аеуы]\\s+"
                + "|перш(?:ій|у|а)\\s+половин[аіиу]\\s+";
        String secondHalf = "(?:the\\s+)?second\\s+half\\s+of\\s+|втор(?:ой|ую|ая)\\s+половин[аеуы]\\s+"
                + "|друг(?:ій|у|а)\\s+половин[аіиу]\\s+";
        add("(" + firstHalf + ")(" + any + ")(?:\\s+(\\d{4})" + YEAR_WORD + "?" + LAST_YEAR + ")?", INSENSITIVE,
                r -> partOfMonth(r, 1, 15));
        add("(" + secondHalf + ")(" + any + ")(?:\\s+(\\d{4})" + YEAR_WORD + "?" + LAST_YEAR + ")?", INSENSITIVE,
                r -> partOfMonth(r, 16, 31));
        // "February last year": that month of the year before publication
        add("(" + englishFull + ")\\s+last\\s+year", 0, r -> r.published().map(p -> wholeMonth(
                YearMonth.of(p.getYear() - 1, month(r.group(1))))));
        // "the first half of the year", "первое полугодие", "перше півріччя" without a year: the last first half
        // that had ended by publication (published in November 2025, 2025's; in February 2026, 2025's too)
        add("(?:the\\s+)?first\\s+half\\s+of\\s+the\\s+year|перв(?:ое|ом)\\s+полугоди[еи]"
                + "|перш(?:е|ому)\\s+півріч(?:чя|чі)", INSENSITIVE,
                r -> r.published().flatMap(p -> partOfYear(String.valueOf(p.getMonthValue() > 6 ? p.getYear()
                        : p.getYear() - 1), 1, 6)));
        // "on the 3rd and on the 6th", "since the 12th": a day of publication's month, or of the month before if
        // that day is still to come (blind round 10); never before a noun ("the 3rd battalion")
        add("(?:(?<=(?:^|[^\\p{L}])(?:on|since|by|until|from|On|Since|By|Until|From)\\s)the\\s+(\\d{1,2})(?:st|nd|rd|th)"
                + "(?=\\s*(?:[,.;:)!?\"”]|$)|\\s+(?:and|or|they|he|she|we|it|I|the|his|her|their|when|but|then|after"
                + "|before)\\b)"
                + "|the\\s+(\\d{1,2})(?:st|nd|rd|th)(?=\\s*(?:[,.;:)!?\"”]|and\\b|or\\b|$)))", 0,
                DateFinder::dayOfMonthAlone);
        // "early 2024", "начала 2024 года", "наприкінці 2023 року": January, June–July or December of the year
        String year = "((?:19|20)\\d{2})" + YEAR_WORD + "?";
        add("(" + partAlternation("early") + ")" + year, INSENSITIVE, r -> partOfYear(r.group(2), 1, 1));
        add("(" + partAlternation("mid") + ")" + year, INSENSITIVE, r -> partOfYear(r.group(2), 6, 7));
        add("(" + partAlternation("late") + ")" + year, INSENSITIVE, r -> partOfYear(r.group(2), 12, 12));
        // "первое полугодие 2025 года", "перше півріччя 2024 року", "the first half of 2025", "III квартал 2024 года"
        String ofYear = "\\s+(?:of\\s+)?" + year;
        add("(?:перв\\p{L}*|1-?е|I)\\s+полугоди\\p{L}*" + ofYear + "|перш\\p{L}*\\s+півріч\\p{L}*" + ofYear
                + "|first\\s+half" + ofYear, INSENSITIVE, r -> partOfYear(firstCaptured(r), 1, 6));
        add("(?:втор\\p{L}*|2-?е|II)\\s+полугоди\\p{L}*" + ofYear + "|друг\\p{L}*\\s+півріч\\p{L}*" + ofYear
                + "|second\\s+half" + ofYear, INSENSITIVE, r -> partOfYear(firstCaptured(r), 7, 12));
        // "Июнь 2023 года — переброска …": a Russian or Ukrainian month capitalised at the start of a chronology line
        add("(" + english + "|(?iu:" + cyrillic + "))\\s+(\\d{4})" + YEAR_WORD + "?", 0,
                r -> month(r, r.group(2), month(r.group(1))));
        // "в ноябре прошлого года", "у листопаді минулого року", "в марте этого года": the month of that year
        add("(" + any + ")\\s+(прошлого|минувшего|минулого|этого|текущего|нынешнего|цього|поточного)\\s+(?:года|року)",
                INSENSITIVE, r -> r.published().map(p -> YearMonth.of(p.getYear()
                        - (r.group(2).toLowerCase(Locale.ROOT).matches("прошлого|минувшего|минулого") ? 1 : 0),
                        month(r.group(1)))).map(DateFinder::wholeMonth));
        add("(?:(?<=(?:\\s|^)(?iu:[вуз]|во|со|із|від|до|по|к|с|за|на|після|после|и|і|й|та|между|між)\\s)"
                + "|(?<=[–—]\\s?))(" + cyrillic + ")", 0,
                r -> month(r, null, month(r.group(1))));
        add("(?:(?<=(?:^|[^\\p{L}])(?:in|since|from|until|till|by|during|through|throughout|before|after|last|of"
                + "|between|and|to|In|Since|From|Until|By|During|Throughout|Last|Between)\\s)|(?<=[–—]\\s?))("
                + englishFull + ")", 0, r -> month(r, null, month(r.group(1))));
        // "between February and May", "from March to May": the short month closing a range
        add("(?<=(?:^|[^\\p{L}])(?:and|to|until|till|through)\\s)(May)", 0, r -> month(r, null, 5));
        add("(?<=(?:^|[^\\p{L}])(?:in|since|from|until|by|before|after|during|throughout|в|во|с|со|з|із|у|до|от"
                + "|від|після|после|In|Since|By|During|Throughout)\\s)"
                + "((?:19|20)\\d{2})" + YEAR_WORD + "?", INSENSITIVE, r -> year(r.group(1)));
        add("((?:19|20)\\d{2})" + YEAR_WORD, INSENSITIVE, r -> year(r.group(1)));
        String night = "(?:(?:в\\s+|у\\s+)?ночь\\s+на|ночью\\s+на|(?:в\\s+|у\\s+)?ніч\\s+(?:на|проти)|уночі\\s+(?:на|проти)"
                + "|вночі\\s+(?:на|проти)|(?:the\\s+)?night\\s+(?:to|into|before)|overnight\\s+into)";
        add(night + "\\s+(" + alternation(weekdays) + ")", INSENSITIVE, r -> weekday(r, true));
        // "уночі на 5 травня", "в ночь на 9 мая 2024 года": the night before that day, so both days
        add(night + "\\s+" + day + "\\s+(" + any + ")(?:,?\\s+(\\d{4})" + YEAR_WORD + "?)?", INSENSITIVE,
                r -> day(r, r.group(3), month(r.group(2)), r.group(1))
                        .map(d -> new DateInterval(d.from().minusDays(1), d.to(), DatePrecision.DAYS)));
        add("(?:on\\s+|last\\s+|во\\s+|в\\s+|у\\s+|с\\s+|со\\s+|з\\s+|із\\s+|до\\s+|від\\s+|минулої\\s+|минулого\\s+|в\\s+прошл(?:ую|ый|ое)\\s+|в\\s+минувш(?:ий|ую|ее)\\s+"
                + "|минувш(?:ий|ую|ее|ей|его)\\s+|(?:с|со|до)\\s+прошл(?:ой|ого)\\s+|прошл(?:ой|ого|ую|ый|ое)\\s+)?("
                + alternation(weekdays) + ")", INSENSITIVE, r -> weekday(r, false));
        add("(\\d{1,2}|" + alternation(numberWords) + ")\\s+(" + String.join("|", agoUnits) + ")\\s+(?:"
                + String.join("|", agoWords) + ")", INSENSITIVE, this::ago);
        List<String> seasonForms = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "seasons.tsv").rows()) {
            for (String form : row.cell(1).split("\\|")) {
                seasonStartByForm.put(form.toLowerCase(Locale.ROOT), Integer.parseInt(row.cell(0)));
                seasonForms.add(form);
            }
        }
        add("(?:(last|прошл(?:ой|ым|ого)|минул(?:ої|ого|им))\\s+|(?:this|эт(?:ой|им|ого)|ціє[їі]|цього|цим)\\s+)?("
                + alternation(seasonForms) + ")(?:\\s+(?:of\\s+)?(\\d{4})(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?" + YEAR_WORD + "?)?",
                INSENSITIVE, this::season);
        LexiconFile relative = LexiconFile.read(RESOURCES + "relative.tsv");
        for (LexiconFile.Row row : relative.rows()) {
            addRelative(relative, row);
        }
        patterns = WordStartPatterns.of(rules.stream().map(Rule::pattern).toList());
    }

    /** The finder over the bundled lexicons (read once). */
    public static DateFinder bundled() {
        return BUNDLED;
    }

    @Override
    public List<Mention> find(AnalysedText analysed) {
        String text = analysed.text();
        List<Mention> found = new ArrayList<>();
        int[] starts = WordStarts.of(text);
        patterns.forEachMatch(text, starts, (rule, match) -> {
            Optional<DateInterval> interval;
            try {
                interval = rules.get(rule).resolve().apply(new Resolution(match, analysed.published(), analysed));
            } catch (DateTimeException | NumberFormatException e) {
                interval = Optional.empty();
            }
            if (interval.isPresent() && !endsQuotedName(text, match.start(), match.end())) {
                Matcher preposition = LEADING_PREPOSITION.matcher(match.group());
                int start = match.start() + (preposition.lookingAt() ? preposition.end() : 0);
                Span span = new Span(start, match.end());
                found.add(Mention.date(span.of(text), span, interval.get()));
            }
        });
        found.sort(Comparator.comparingInt((Mention m) -> -m.span().length()).thenComparing(Mention::span));
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : found) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparing(Mention::span));
        return DateRanges.joined(text, kept);
    }

    /**
     * Whether a date word ends a quoted name that opens with another capitalised word («Россия сегодня», "Russia
     * Today"): a media group's name, not a day (found on real Telegram news posts, 2024).
     */
    private static boolean endsQuotedName(String text, int start, int end) {
        return end < text.length() && "»\"”".indexOf(text.charAt(end)) >= 0
                && QUOTED_NAME_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find();
    }

    private void add(String pattern, int flags, Function<Resolution, Optional<DateInterval>> resolve) {
        rules.add(new Rule(WordStartPattern.compile(BEFORE + pattern + AFTER, flags), resolve));
    }

    private void addRelative(LexiconFile file, LexiconFile.Row row) {
        String operation = row.cell(0);
        switch (operation) {
            case "day" -> {
                int offset = Integer.parseInt(row.cell(1));
                add("(?:" + row.cell(2) + ")", INSENSITIVE, r -> r.published().map(p ->
                        DateInterval.day(p.plusDays(offset))));
            }
            case "days" -> {
                int from = Integer.parseInt(row.cell(1));
                int to = Integer.parseInt(row.cell(2));
                add("(?:" + row.cell(3) + ")", INSENSITIVE, r -> r.published().map(p ->
                        new DateInterval(p.plusDays(from), p.plusDays(to), DatePrecision.DAYS)));
            }
            case "week" -> {
                int offset = Integer.parseInt(row.cell(1));
                add("(?:" + row.cell(2) + ")", INSENSITIVE, r -> r.published().map(p -> week(p.plusWeeks(offset))));
            }
            case "month" -> {
                int offset = Integer.parseInt(row.cell(1));
                add("(?:" + row.cell(2) + ")", INSENSITIVE, r -> r.published().map(p ->
                        wholeMonth(YearMonth.from(p).plusMonths(offset))));
            }
            case "year" -> {
                int offset = Integer.parseInt(row.cell(1));
                add("(?:" + row.cell(2) + ")", INSENSITIVE, r -> r.published().map(p ->
                        year(p.getYear() + offset)));
            }
            case "month-in-year" -> {
                int month = Integer.parseInt(row.cell(1));
                add("(?:" + row.cell(2) + ")", INSENSITIVE, r -> r.published().map(p ->
                        wholeMonth(YearMonth.of(p.getYear(), month))));
            }
            case "to-date" -> {
                boolean month = row.cell(1).equals("month");
                add("(?:" + row.cell(2) + ")", INSENSITIVE, r -> r.published().map(p -> new DateInterval(
                        month ? p.withDayOfMonth(1) : p.withDayOfYear(1), p, DatePrecision.DAYS)));
            }
            case "fixed" -> {
                DateInterval interval = new DateInterval(java.time.LocalDate.parse(row.cell(1)),
                        java.time.LocalDate.parse(row.cell(2)), DatePrecision.DAYS);
                add("(?:" + row.cell(3) + ")", INSENSITIVE, r -> Optional.of(interval));
            }
            default -> throw file.badRow(row, "unknown operation " + operation);
        }
    }

    private String partAlternation(String part) {
        List<String> patterns = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "parts-of-month.tsv").rows()) {
            if (row.cell(0).equals(part)) {
                patterns.add(row.cell(1));
            }
        }
        return String.join("|", patterns);
    }

    private int month(String form) {
        Integer month = monthByForm.get(form.toLowerCase(Locale.ROOT));
        if (month == null) {
            throw new NumberFormatException("not a month: " + form);
        }
        return month;
    }

    private Optional<DateInterval> day(Resolution r, String year, String month, String day) {
        return day(r, year, Integer.parseInt(month), day);
    }

    private Optional<DateInterval> day(Resolution r, String year, int month, String day) {
        int dayOfMonth = Integer.parseInt(day);
        if (year != null) {
            return Optional.of(DateInterval.day(LocalDate.of(fullYear(year), month, dayOfMonth)));
        }
        return r.published().map(p -> DateInterval.day(latestNotAfter(p, month, dayOfMonth, r.daysAhead())));
    }

    private Optional<DateInterval> dayRange(Resolution r) {
        int month = month(r.group(3));
        int first = Integer.parseInt(r.group(1));
        int last = Integer.parseInt(r.group(2));
        if (first >= last) {
            return Optional.empty();
        }
        Optional<LocalDate> end = r.group(4) != null
                ? Optional.of(LocalDate.of(fullYear(r.group(4)), month, last))
                : r.published().map(p -> latestNotAfter(p, month, last, r.daysAhead()));
        return end.map(e -> new DateInterval(e.withDayOfMonth(first), e, DatePrecision.DAYS));
    }

    private Optional<DateInterval> partOfMonth(Resolution r, int firstDay, int lastDay) {
        int month = month(r.group(2));
        Optional<YearMonth> yearMonth = r.group(4) != null
                ? r.published().map(p -> YearMonth.of(p.getYear() - 1, month)) : yearMonth(r, r.group(3), month);
        return yearMonth.map(m -> new DateInterval(m.atDay(firstDay), m.atDay(Math.min(lastDay, m.lengthOfMonth())),
                DatePrecision.PART_OF_MONTH));
    }

    private static Optional<DateInterval> partOfLastMonth(Resolution r, int firstDay, int lastDay) {
        return r.published().map(p -> YearMonth.from(p).minusMonths(1)).map(m -> new DateInterval(m.atDay(firstDay),
                m.atDay(Math.min(lastDay, m.lengthOfMonth())), DatePrecision.PART_OF_MONTH));
    }

    private Optional<DateInterval> month(Resolution r, String year, int month) {
        return yearMonth(r, year, month).map(DateFinder::wholeMonth);
    }

    private Optional<YearMonth> yearMonth(Resolution r, String year, int month) {
        if (year != null) {
            return Optional.of(YearMonth.of(fullYear(year), month));
        }
        return r.published().map(p -> {
            LocalDate limit = p.plusDays(r.daysAhead());
            YearMonth candidate = YearMonth.of(limit.getYear(), month);
            return candidate.atDay(1).isAfter(limit) ? candidate.minusYears(1) : candidate;
        });
    }

    private Optional<DateInterval> weekday(Resolution r, boolean night) {
        int wanted = weekdayByForm.getOrDefault(r.group(1).toLowerCase(Locale.ROOT), 0);
        boolean english = r.group(1).chars().allMatch(c -> c < 128);
        boolean prefixed = r.match.start(1) > r.match.start();
        if (wanted == 0 || (english && Character.isLowerCase(r.group(1).charAt(0))) || (!english && !prefixed)) {
            return Optional.empty();
        }
        return r.published().map(p -> {
            // "встреча пройдет в среду": in a sentence about the future, the coming such day
            LocalDate day = FUTURE.speaksOnlyOfFuture(r.analysed(), r.match.start())
                    ? p.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(wanted)))
                    : p.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wanted)));
            if (r.match.group().toLowerCase(Locale.ROOT).matches("(?s)last\\s.*") && day.equals(p)) {
                day = day.minusWeeks(1);
            }
            return night ? new DateInterval(day.minusDays(1), day, DatePrecision.DAYS) : DateInterval.day(day);
        });
    }

    private Optional<DateInterval> ago(Resolution r) {
        String amount = r.group(1).toLowerCase(Locale.ROOT);
        int count = amount.chars().allMatch(Character::isDigit) ? Integer.parseInt(amount)
                : numberByWord.getOrDefault(amount, 0);
        String unit = agoUnitByForm.entrySet().stream()
                .filter(e -> r.group(2).toLowerCase(Locale.ROOT).matches("(?:" + e.getKey() + ")"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        if (count == 0) {
            return Optional.empty();
        }
        return r.published().flatMap(p -> switch (unit) {
            case "day" -> Optional.of(DateInterval.day(p.minusDays(count)));
            case "week" -> Optional.of(week(p.minusWeeks(count)));
            case "month" -> Optional.of(wholeMonth(YearMonth.from(p).minusMonths(count)));
            default -> Optional.empty();
        });
    }

    /**
     * A season: of the year given (a winter of two years, "2022-23", from December of the first), else the latest that
     * began on or before publication — or, after "last"/"минулої" while that season is still running at publication
     * ("минулої осені" in November), the one a year before.
     */
    private Optional<DateInterval> season(Resolution r) {
        int startMonth = seasonStartByForm.getOrDefault(r.group(2).toLowerCase(Locale.ROOT), 0);
        if (startMonth == 0) {
            return Optional.empty();
        }
        boolean last = r.group(1) != null;
        Optional<YearMonth> start;
        if (r.group(3) != null) {
            int year = fullYear(r.group(3));
            // "the winter of 2022-23" began in December of its first year; "winter 2022" is the one that ended in it
            boolean spanningYears = r.group(4) != null;
            start = Optional.of(YearMonth.of(startMonth == 12 && !spanningYears ? year - 1 : year, startMonth));
        } else {
            start = r.published().map(p -> {
                YearMonth candidate = YearMonth.of(p.getYear(), startMonth);
                YearMonth begun = candidate.atDay(1).isAfter(p) ? candidate.minusYears(1) : candidate;
                boolean running = !begun.plusMonths(2).atEndOfMonth().isBefore(p);
                return last && running ? begun.minusYears(1) : begun;
            });
        }
        return start.map(s -> new DateInterval(s.atDay(1), s.plusMonths(2).atEndOfMonth(), DatePrecision.SEASON));
    }

    /** The first group a match of several alternatives captured (a year, or a day of "the 12th"). */
    private static String firstCaptured(Resolution r) {
        for (int group = 1; group <= r.groupCount(); group++) {
            if (r.group(group) != null) {
                return r.group(group);
            }
        }
        throw new NumberFormatException("no year");
    }

    private static Optional<DateInterval> dayOfMonthAlone(Resolution r) {
        int day = Integer.parseInt(firstCaptured(r));
        return r.published().flatMap(p -> {
            YearMonth month = YearMonth.from(p);
            if (day > p.getDayOfMonth()) {
                month = month.minusMonths(1);
            }
            return day >= 1 && day <= month.lengthOfMonth() ? Optional.of(DateInterval.day(month.atDay(day)))
                    : Optional.empty();
        });
    }

    /** Months {@code first}–{@code last} of the year: "early 2024" is January, "наприкінці 2023 року" December. */
    private static Optional<DateInterval> partOfYear(String year, int first, int last) {
        int value = Integer.parseInt(year);
        return Optional.of(new DateInterval(LocalDate.of(value, first, 1), YearMonth.of(value, last).atEndOfMonth(),
                DatePrecision.MONTH));
    }

    private static LocalDate latestNotAfter(LocalDate published, int month, int day, int daysAhead) {
        // the limit may fall in the next year: "28 января" in a sentence about the future published on 20 December
        LocalDate limit = published.plusDays(daysAhead);
        LocalDate candidate = LocalDate.of(limit.getYear(), month, day);
        return candidate.isAfter(limit) ? candidate.minusYears(1) : candidate;
    }

    private static Optional<DateInterval> year(String year) {
        return Optional.of(year(Integer.parseInt(year)));
    }

    private static DateInterval year(int year) {
        return new DateInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    private static DateInterval week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateInterval(monday, monday.plusDays(6), DatePrecision.WEEK);
    }

    private static DateInterval wholeMonth(YearMonth month) {
        return new DateInterval(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    private static int fullYear(String year) {
        int value = Integer.parseInt(year);
        return year.length() == 2 ? 2000 + value : value;
    }

    private static String alternation(List<String> forms) {
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
