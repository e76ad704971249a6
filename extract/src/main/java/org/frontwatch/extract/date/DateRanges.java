package org.frontwatch.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Joins two dates of a range into one interval: "с октября по январь", "з 24.02.22 по 02.03.24", "from 1 to 5
 * March" told as two dates, "січні–лютому 2025 року", "between February and May", "January and February 2025". The
 * range runs from the first date's start to the second's end (a second date that would end before the first begins
 * is a year later: "с октября по январь"). An opening "с"/"з"/"from"/"between" belongs to the range, so that the
 * event finder does not read it as "since". "по"/"до"/"to"/"until" need that opening word ("до 30 ноября" alone is a
 * deadline); "and" needs "between", or a bare month before a month with its year ("January and February 2025") or
 * before the next month ("в феврале и марте", "у січні та лютому"; "in January and March" stays two dates).
 */
final class DateRanges {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DASH = Pattern.compile("\\s*[–—‒-]\\s*");
    private static final Pattern TO = Pattern.compile("\\s+(?:по|до|to|through|until|till)\\s+", FLAGS);
    private static final Pattern AND = Pattern.compile("\\s+(?:and|и|і|й|та)\\s+", FLAGS);
    private static final Pattern OPENING = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:с|со|з|із|зі|від|from|between|между|між)\\s+(?:the\\s+)?$", FLAGS);
    private static final Pattern BETWEEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:between|между|між)\\s+(?:the\\s+)?$", FLAGS);
    private static final Pattern OPENS_WITH_BETWEEN = Pattern.compile("(?:between|между|між)\\s", FLAGS);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int OPENING_WINDOW = 12;

    private DateRanges() {
    }

    /** {@code dates} (sorted, not overlapping) with every two dates of a range in {@code text} joined. */
    static List<Mention> joined(String text, List<Mention> dates) {
        List<Mention> joined = new ArrayList<>(dates.size());
        int k = 0;
        while (k < dates.size()) {
            Mention first = dates.get(k);
            if (k + 1 < dates.size()) {
                Mention second = dates.get(k + 1);
                int opening = openingStart(text, first.span().start());
                Optional<Mention> range = isRange(text, first, second, opening)
                        ? range(text, first, second, opening >= 0 ? opening : first.span().start()) : Optional.empty();
                if (range.isPresent()) {
                    joined.add(range.get());
                    k += 2;
                    continue;
                }
            }
            joined.add(first);
            k++;
        }
        return joined;
    }

    private static boolean isRange(String text, Mention first, Mention second, int opening) {
        String gap = text.substring(first.span().end(), second.span().start());
        if (DASH.matcher(gap).matches()) {
            return true;
        }
        if (TO.matcher(gap).matches()) {
            return opening >= 0;
        }
        if (AND.matcher(gap).matches()) {
            String before = text.substring(Math.max(0, first.span().start() - OPENING_WINDOW), first.span().start());
            DateInterval a = first.date().orElseThrow();
            DateInterval b = second.date().orElseThrow();
            boolean months = a.precision() == DatePrecision.MONTH && b.precision() == DatePrecision.MONTH
                    && !YEAR.matcher(first.text()).find();
            return BETWEEN.matcher(before).find() || OPENS_WITH_BETWEEN.matcher(first.text()).lookingAt()
                    || months && YEAR.matcher(second.text()).find()
                    || months && b.from().equals(a.to().plusDays(1));
        }
        return false;
    }

    /** Where an opening "с"/"з"/"from"/"between" right before {@code start} begins, or -1. */
    private static int openingStart(String text, int start) {
        int from = Math.max(0, start - OPENING_WINDOW);
        Matcher matcher = OPENING.matcher(text.substring(from, start));
        return matcher.find() ? from + matcher.start() : -1;
    }

    /** The range from the first date to the second, empty when the second ends before the first begins anyway. */
    private static Optional<Mention> range(String text, Mention first, Mention second, int start) {
        DateInterval a = first.date().orElseThrow();
        DateInterval b = second.date().orElseThrow();
        DateInterval end = b.to().isBefore(a.from()) && !YEAR.matcher(second.text()).find()
                ? new DateInterval(b.from().plusYears(1), b.to().plusYears(1), b.precision()) : b;
        if (end.to().isBefore(a.from())) {
            return Optional.empty();
        }
        DatePrecision precision = a.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY
                ? DatePrecision.DAYS : a.precision().compareTo(end.precision()) >= 0 ? a.precision() : end.precision();
        Span span = new Span(start, second.span().end());
        return Optional.of(Mention.date(span.of(text), span, new DateInterval(a.from(), end.to(), precision)));
    }
}
