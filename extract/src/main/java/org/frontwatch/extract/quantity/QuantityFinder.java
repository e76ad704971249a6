package org.frontwatch.extract.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.date.DateFinder;
import org.frontwatch.extract.mention.MentionFinder;
import org.frontwatch.extract.quantity.NumberWords.Amount;
import org.frontwatch.extract.quantity.WordScanner.Piece;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.unit.UnitFinder;
import org.frontwatch.model.Figure;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Span;

/**
 * Finds figures about people and events: digits with separators ("1,000", "1 000", "1.000"), number words
 * ("hundreds", "сотни", "півтори сотні", "two thousand"), ranges ("between 600 to 1,000", "от 600 до 1000",
 * "600–1000"), bounds from {@code bounds.tsv} ("at least", "понад", "up to", "около"), the counted thing from
 * {@code counted-nouns.tsv} as an English unit, and rates from {@code periods.tsv} ("a day", "за добу").
 *
 * <p>A figure is taken only when a counted noun follows it within three words, and no money or measure word comes
 * first ("230 млн евро плюс проценты" is no percentage); so money, distances, durations,
 * ages ("38-летний", "aged 24"), years and times are never figures. Numbers glued to letters ("1,439th", "Т-72",
 * "1439-й") are ordinals or names, not figures, and numbers inside dates or units are skipped. Vague plurals are open
 * figures from twice their order ("hundreds" is at least 200); "several hundred" is 200 to 900. Immutable and
 * thread-safe. About 720 lines: the number reading, bounds, ranges and counted-noun window share one token walk;
 * the words around a figure that the counted-noun rule does not read (people verbs before bare numbers,
 * populations, counts of sources) live in {@link FigureContext}; splitting the number-word reader out is next.
 */
public final class QuantityFinder implements MentionFinder {
    private static final String RESOURCES = "/org/frontwatch/extract/quantity/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int NOUN_WINDOW = 3;
    private static final java.util.Set<String> ATTRIBUTIVE_ENGLISH = java.util.Set.of("dead", "killed", "wounded",
            "injured", "mobilised", "mobilized", "missing", "criminal", "russian", "ukrainian");
    private static final java.util.Set<String> PART_OF = java.util.Set.of("of", "из", "з", "із", "зі");
    /** "человек двадцать": the noun of people before a number word makes it approximate. */
    private static final java.util.Set<String> APPROXIMATE_INVERSION = java.util.Set.of("человек", "чоловік");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "our", "their", "his", "her",
            "наших", "своих", "их", "его", "її", "його", "своїх", "їхніх");
    private static final java.util.Set<String> THEM = java.util.Set.of("them", "us", "них", "нас");
    private static final java.util.Set<String> THEM_UK = java.util.Set.of("їх");
    private static final int SHARE_OF_PEOPLE_WINDOW = 4;
    /** "two or three men", "двое или трое", "двоє-троє або четверо": an alternative of two numbers is a range. */
    /** "около 1 150 000 военных, в том числе 1 040 за последние сутки": a part of the figure before. */
    private static final java.util.Set<String> INCLUDING = java.util.Set.of("including", "числе", "числі");
    private static final java.util.Set<String> RANGE_OR = java.util.Set.of("or", "или", "або", "чи");
    private static final int MAX_CLAUSE_GAP = 120;
    /** The unit of {@code counted-nouns.tsv} rows that end the search for a counted noun: money and measures. */
    private static final String NOT_COUNTED = "-";
    private static final java.util.Set<String> NOT_PEOPLE = java.util.Set.of(NOT_COUNTED, "percent", "regions", "cases",
            "sentences", "videos", "tanks", "armoured vehicles", "artillery systems", "drones", "aircraft", "missiles",
            "units", "settlements", "attacks", "multiple rocket launchers", "vehicles", "air defence systems", "ships",
            "equipment", "signatures", "draft notices", "funerals", "shells");
    private static final QuantityFinder BUNDLED = new QuantityFinder();

    private final NumberWords numberWords = new NumberWords(RESOURCES + "number-words.tsv");
    private final FigureContext context = new FigureContext(RESOURCES + "figure-context.tsv");
    private final List<Phrase> bounds = new ArrayList<>();
    private final List<Phrase> periods = new ArrayList<>();
    private final List<Pattern> nouns = new ArrayList<>();
    private final List<String> nounUnits = new ArrayList<>();
    private final List<Pattern> labelNouns = new ArrayList<>();
    private final List<String> labelUnits = new ArrayList<>();

    /** A phrase of lowercase words and what it stands for (a bound kind or a period). */
    private record Phrase(String meaning, List<String> words) {
    }

    private QuantityFinder() {
        readPhrases(RESOURCES + "bounds.tsv", bounds);
        readPhrases(RESOURCES + "periods.tsv", periods);
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "counted-nouns.tsv").rows()) {
            nounUnits.add(row.cell(0));
            nouns.add(Pattern.compile(row.cell(1), FLAGS));
        }
        for (LexiconFile.Row row : LexiconFile.read(RESOURCES + "label-nouns.tsv").rows()) {
            labelUnits.add(row.cell(0));
            labelNouns.add(Pattern.compile(row.cell(1), FLAGS));
        }
    }

    /** The finder over the bundled lexicons (read once). */
    public static QuantityFinder bundled() {
        return BUNDLED;
    }

    /** Figures in {@code text}, skipping numbers inside the dates and units the bundled finders see there. */
    @Override
    public List<Mention> find(AnalysedText text) {
        List<Span> taken = new ArrayList<>();
        DateFinder.bundled().find(text).forEach(m -> taken.add(m.span()));
        UnitFinder.bundled().find(text).forEach(m -> taken.add(m.span()));
        return find(text, taken);
    }

    /** Figures in {@code text} whose numbers lie outside {@code taken} (spans of dates, units, other mentions). */
    public List<Mention> find(AnalysedText analysed, List<Span> taken) {
        String text = analysed.text();
        List<Piece> pieces = withNumberWordRangesSplit(WordScanner.scan(text));
        List<Mention> found = new ArrayList<>();
        int index = 0;
        while (index < pieces.size()) {
            Optional<String> previousUnit = found.isEmpty() ? Optional.empty()
                    : found.get(found.size() - 1).figure().map(Figure::unit).filter(u -> !u.isEmpty());
            int lastEnd = found.isEmpty() ? 0 : found.get(found.size() - 1).span().end();
            int here = pieces.get(index).start();
            Optional<String> unitInClause = previousUnit.filter(u -> sameSentence(text, lastEnd, here));
            Optional<int[]> share = context.shareOf(pieces, index, k -> isPeopleNoun(pieces.get(k)),
                    k -> nounIndex(pieces.get(k)) >= 0 && nounUnits.get(nounIndex(pieces.get(k))).equals("people"));
            if (share.isPresent()) {
                // "around half of its men", "more than half of its men", "two thirds of its men": a percentage, from
                // a bound before the share word to its noun
                Phrase bound = phraseEndingAt(pieces, index, bounds).orElse(null);
                int start = pieces.get(bound == null ? index : index - bound.words().size()).start();
                int noun = share.get()[0];
                long percent = share.get()[1];
                Span span = new Span(start, pieces.get(noun).end());
                String kind = bound == null ? "about" : bound.meaning();
                found.add(Mention.quantity(span.of(text), span, new Figure(
                        kind.equals("high") ? OptionalLong.empty() : OptionalLong.of(percent),
                        kind.equals("low") ? OptionalLong.empty() : OptionalLong.of(percent),
                        "percent", Optional.empty())));
                index = noun + 1;
                continue;
            }
            Optional<Candidate> candidate = candidateAt(text, pieces, index, taken, previousUnit, unitInClause);
            if (candidate.isPresent()) {
                found.add(candidate.get().mention());
                index = candidate.get().next();
                Optional<Candidate> increment = dailyIncrement(text, pieces, index, taken, candidate.get().mention());
                if (increment.isPresent()) {
                    found.add(increment.get().mention());
                    index = increment.get().next();
                }
            } else {
                index++;
            }
        }
        found.sort(Comparator.comparing(Mention::span));
        return found;
    }

    private record Candidate(Mention mention, int next) {
    }

    /** "пять-шесть", "три-чотири", "five-six": two number words joined by a hyphen are a range, read as "5 - 6". */
    private List<Piece> withNumberWordRangesSplit(List<Piece> pieces) {
        List<Piece> split = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            int hyphen = piece.lower().indexOf('-');
            if (piece.word() && hyphen > 0 && piece.lower().indexOf('-', hyphen + 1) < 0
                    && numberWords.isValue(piece.lower().substring(0, hyphen))
                    && numberWords.isValue(piece.lower().substring(hyphen + 1))) {
                int at = piece.start() + hyphen;
                split.add(new Piece(piece.text().substring(0, hyphen), piece.lower().substring(0, hyphen),
                        piece.start(), at, false, true));
                split.add(new Piece("-", "-", at, at + 1, false, false));
                split.add(new Piece(piece.text().substring(hyphen + 1), piece.lower().substring(hyphen + 1), at + 1,
                        piece.end(), false, true));
            } else {
                split.add(piece);
            }
        }
        return split;
    }

    private record Read(long low, Optional<Long> high, int next, boolean scaled, boolean vague) {
    }

    /** "Требования:\n1. провести ротацию": the number of a list item, at a line's start before "." or ")". */
    private static boolean isListNumber(String text, List<Piece> pieces, int index) {
        Piece piece = pieces.get(index);
        if (!piece.digits() || index + 1 >= pieces.size()
                || !List.of(".", ")").contains(pieces.get(index + 1).text())) {
            return false;
        }
        int before = piece.start() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        return before < 0 || text.charAt(before) == '\n';
    }

    /** Whether nothing ends a sentence between two offsets not far apart. */
    private static boolean sameSentence(String text, int from, int to) {
        return from <= to && to - from <= MAX_CLAUSE_GAP && text.substring(from, to).chars()
                .noneMatch(c -> c == '.' || c == '!' || c == '?' || c == '\n' || c == ';');
    }

    private Optional<Candidate> candidateAt(String text, List<Piece> pieces, int index, List<Span> taken,
                                            Optional<String> previousUnit, Optional<String> unitInClause) {
        if (index > 0 && pieces.get(index - 1).digits() && numberWords.isMultiplier(pieces.get(index).lower())) {
            // "на 100 тысяч жителей": the multiplier of a number read (and refused) before is no number of its own
            return Optional.empty();
        }
        Optional<Read> first = readNumber(text, pieces, index, taken);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Phrase bound = phraseEndingAt(pieces, index, bounds).orElse(null);
        int start = bound == null ? pieces.get(index).start() : pieces.get(index - bound.words().size()).start();
        Read low = first.get();
        String firstWord = pieces.get(index).lower();
        if (bound != null && low.vague() && numberWords.isMultiplier(firstWord) && low.next() == index + 1) {
            long base = numberWords.multiplier(firstWord);
            low = new Read(base, Optional.of(base), low.next(), true, false);
        }
        Read high = null;
        int next = low.next();
        boolean alternative = next < pieces.size() && RANGE_OR.contains(pieces.get(next).lower());
        if (next + 1 < pieces.size() && isRangeConnector(pieces.get(next), bound)) {
            Optional<Read> second = readNumber(text, pieces, next + 1, taken);
            if (second.isPresent() && second.get().low() >= low.low()) {
                high = second.get();
                next = high.next();
            } else if (second.isPresent() && !low.scaled() && second.get().scaled()) {
                high = second.get();
                next = high.next();
            }
        }
        if (high != null && !low.scaled() && high.scaled() && high.low() > low.low()) {
            long scale = scaleOf(pieces, high);
            low = new Read(low.low() * scale, Optional.of(low.low() * scale), low.next(), true, low.vague());
        }
        if (context.countsSources(pieces, index - (bound == null ? 0 : bound.words().size()))
                || context.isLabel(pieces, index) || isListNumber(text, pieces, index)) {
            return Optional.empty();
        }
        if (bound == null && high == null && index > 0 && !pieces.get(index).digits()
                && APPROXIMATE_INVERSION.contains(pieces.get(index - 1).lower())) {
            // "дошли человек двадцать", "не пішли, мабуть, чоловік двадцять": the noun before a number word makes it
            // a guess of about so many
            Span span = new Span(pieces.get(index - 1).start(), pieces.get(next - 1).end());
            Figure figure = figure(low, null, "about", "men", Optional.empty());
            return Optional.of(new Candidate(Mention.quantity(span.of(text), span, figure), next));
        }
        Optional<String> part = partOf(text, pieces, next, taken, previousUnit);
        Optional<int[]> noun = part.isPresent() ? Optional.empty() : countedNoun(pieces, next);
        if (alternative && high != null && noun.isEmpty()) {
            // "о восьми или девяти «шахедах»": an alternative of numbers is a figure only with its counted noun
            return Optional.empty();
        }
        if (context.isPopulation(pieces, index - (bound == null ? 0 : bound.words().size()),
                noun.map(n -> n[1]).orElse(-1))) {
            return Optional.empty();
        }
        if (noun.isPresent() && nounUnits.get(noun.get()[0]).equals("percent")
                && (!shareOfPeople(pieces, index - (bound == null ? 0 : bound.words().size()), noun.get()[1])
                && !unitInClause.filter("percent"::equals).isPresent()
                || context.isShareOfThings(pieces, index - (bound == null ? 0 : bound.words().size()), noun.get()[1])
                || context.isShareOfOpinion(pieces, index - (bound == null ? 0 : bound.words().size()),
                noun.get()[1]))) {
            return Optional.empty();
        }
        String unit;
        int end;
        int label = noun.isEmpty() && part.isEmpty() && high == null && endsClause(pieces, next)
                ? context.labelNoun(text, pieces, index - (bound == null ? 0 : bound.words().size()),
                k -> labelUnit(pieces.get(k)).isPresent()) : -1;
        if (noun.isEmpty() && part.isEmpty() && context.countsAttacks(pieces,
                index - (bound == null ? 0 : bound.words().size()), next)) {
            // "ворог 14 разів атакував": a count of times with a verb of attacking counts attacks
            unit = "attacks";
            end = pieces.get(next).end();
            next++;
        } else if (label >= 0) {
            // "👉 артилерійських систем — 22 006 (+41) од.": the label of a table line counts its number
            unit = labelUnit(pieces.get(label)).orElseThrow();
            end = pieces.get(next - 1).end();
        } else if (noun.isPresent()) {
            int[] head = headOf(pieces, noun.get());
            unit = nounUnits.get(head[0]);
            end = pieces.get(head[1]).end();
            next = head[1] + 1;
        } else if ((bound != null || high != null) && endsClause(pieces, next)) {
            unit = previousUnit.orElse("");
            end = pieces.get(next - 1).end();
        } else if (part.isPresent()) {
            unit = part.get();
            end = pieces.get(next - 1).end();
        } else if (unitInClause.isPresent() && endsClause(pieces, next) && afterDashOrTotal(pieces, start, index)) {
            unit = unitInClause.get();
            end = pieces.get(next - 1).end();
        } else if (context.countsPeople(pieces, index - (bound == null ? 0 : bound.words().size()), next,
                endsClause(pieces, next)) || endsClause(pieces, next) && (context.countsGroup(pieces, index)
                || next == index + 1 && context.isCollective(pieces, index))
                || bound == null && high == null && next == index + 1 && context.isCollectiveSubject(pieces, index)) {
            unit = unitInClause.orElse("men");
            end = pieces.get(next - 1).end();
        } else if (unitInClause.isPresent() && bound == null && index >= 2 && PART_OF.contains(
                pieces.get(index - 1).lower()) && (pieces.get(index - 2).digits()
                || numberWords.isValue(pieces.get(index - 2).lower()))) {
            // "двое из восьми с тех пор не выходят на связь": the whole the part before it is counted from
            unit = unitInClause.get();
            end = pieces.get(next - 1).end();
        } else if (endsClause(pieces, next) && bound == null && high == null
                && context.nounBefore(pieces, index, k -> isCountedNoun(pieces.get(k))) >= 0) {
            // "таких приговоров было 19": the noun before the number counts it
            int nounBefore = context.nounBefore(pieces, index, k -> isCountedNoun(pieces.get(k)));
            unit = nounUnits.get(nounIndex(pieces.get(nounBefore)));
            end = pieces.get(next - 1).end();
        } else {
            return Optional.empty();
        }
        Optional<String> per = Optional.empty();
        Optional<Phrase> after = phraseStartingAt(pieces, next, periods);
        if (after.isPresent()) {
            per = Optional.of(after.get().meaning());
            next += after.get().words().size();
            end = pieces.get(next - 1).end();
        } else {
            per = periodBefore(pieces, index - (bound == null ? 0 : bound.words().size()));
        }
        Figure figure = figure(low, high, bound == null ? "" : bound.meaning(), unit, per);
        Span span = new Span(start, end);
        return Optional.of(new Candidate(Mention.quantity(span.of(text), span, figure), next));
    }

    /**
     * The day's increase the loss tables of the General Staff print after a running total, "9 751 (+9)", "about
     * 822,410 (+1,520)": a figure of the total's unit per day.
     */
    private Optional<Candidate> dailyIncrement(String text, List<Piece> pieces, int index, List<Span> taken,
                                               Mention total) {
        if (index + 3 >= pieces.size() || !pieces.get(index).text().equals("(")
                || !pieces.get(index + 1).text().equals("+") || !pieces.get(index + 2).digits()) {
            return Optional.empty();
        }
        Optional<Read> read = readNumber(text, pieces, index + 2, taken);
        if (read.isEmpty() || read.get().vague() || read.get().next() >= pieces.size()
                || !pieces.get(read.get().next()).text().equals(")")) {
            return Optional.empty();
        }
        Figure figure = total.figure().orElseThrow();
        Span span = new Span(pieces.get(index + 2).start(), pieces.get(read.get().next() - 1).end());
        long value = read.get().low();
        return Optional.of(new Candidate(Mention.quantity(span.of(text), span, new Figure(OptionalLong.of(value),
                OptionalLong.of(value), figure.unit(), Optional.of("day"))), read.get().next() + 1));
    }

    /**
     * The unit of a bare number that is part of a counted whole: "38 of the 120 men", "18 of them", "семеро из
     * двенадцати бойцов", "троє з них".
     */
    private Optional<String> partOf(String text, List<Piece> pieces, int next, List<Span> taken,
                                    Optional<String> previousUnit) {
        if (next + 1 >= pieces.size() || !PART_OF.contains(pieces.get(next).lower())) {
            return Optional.empty();
        }
        int whole = next + 1;
        if (DETERMINERS.contains(pieces.get(whole).lower()) && whole + 1 < pieces.size()) {
            whole++;
        }
        if (THEM.contains(pieces.get(whole).lower())) {
            return Optional.of(previousUnit.orElse("people"));
        }
        Optional<Read> total = readNumber(text, pieces, whole, taken);
        if (total.isEmpty() && whole > next + 1 && !pieces.get(next + 1).lower().equals("the")) {
            // "nine of our boys", "семеро из наших ребят": the whole is a counted noun without a number
            int kind = nounIndex(pieces.get(whole));
            return kind < 0 || nounUnits.get(kind).equals(NOT_COUNTED) ? Optional.empty()
                    : Optional.of(nounUnits.get(kind));
        }
        return total.flatMap(t -> countedNoun(pieces, t.next())).map(noun -> nounUnits.get(noun[0]));
    }

    /**
     * "…, з них за минулу добу — 1 090,", "38 человек из ста двадцати.", "…, в том числе 1 040 за последние сутки": a
     * bare number closing its clause after a dash, a colon, "out of" or "including" counts what the figure before it
     * in the clause counts.
     */
    private static boolean afterDashOrTotal(List<Piece> pieces, int start, int index) {
        int before = index - 1;
        while (before >= 0 && pieces.get(before).start() >= start) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        String word = pieces.get(before).lower();
        return word.equals("—") || word.equals("–") || word.equals(":") || INCLUDING.contains(word)
                || PART_OF.contains(word) && !word.equals("of");
    }

    private long scaleOf(List<Piece> pieces, Read high) {
        Piece last = pieces.get(high.next() - 1);
        long scale = numberWords.multiplier(last.lower());
        if (scale == 1 && last.text().equals(".") && high.next() >= 2) {
            scale = numberWords.multiplier(pieces.get(high.next() - 2).lower());
        }
        return scale;
    }

    private static Figure figure(Read low, Read high, String bound, String unit, Optional<String> per) {
        if (high != null) {
            // "from 52 to 46 million" tells a fall; as a figure it is the range between the two
            long first = low.low();
            long second = high.high().orElse(high.low());
            return new Figure(OptionalLong.of(Math.min(first, second)), OptionalLong.of(Math.max(first, second)), unit,
                    per);
        }
        if (low.vague() || low.high().isEmpty()) {
            return new Figure(OptionalLong.of(low.low()), low.high().map(OptionalLong::of).orElse(OptionalLong.empty()),
                    unit, per);
        }
        long value = low.low();
        return switch (bound) {
            case "low" -> new Figure(OptionalLong.of(value), OptionalLong.empty(), unit, per);
            case "high" -> new Figure(OptionalLong.empty(), OptionalLong.of(value), unit, per);
            default -> new Figure(OptionalLong.of(value), OptionalLong.of(low.high().orElse(value)), unit, per);
        };
    }

    /** A number in digits (with a multiplier word after it) or in words, starting at piece {@code index}. */
    private Optional<Read> readNumber(String text, List<Piece> pieces, int index, List<Span> taken) {
        Piece piece = pieces.get(index);
        Span span = new Span(piece.start(), piece.end());
        if (taken.stream().anyMatch(t -> t.overlaps(span)) || precededByAgeOrSign(text, pieces, index)
                || insideLink(text, piece)) {
            return Optional.empty();
        }
        if (!piece.digits()) {
            return piece.word() ? numberWords.read(pieces, index).filter(a -> a.scaled() || a.low() > 1)
                    .map(a -> new Read(a.low(), a.high(), a.next(), a.scaled(), a.high().isEmpty()
                            || a.high().get() != a.low())) : Optional.empty();
        }
        if (gluedToLettersOrTime(text, piece)) {
            return Optional.empty();
        }
        int next = index + 1;
        String digits = piece.text();
        while (next < pieces.size() && pieces.get(next).digits() && pieces.get(next).text().matches("\\d{3}")
                && digits.matches("\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})*")
                && text.substring(pieces.get(next - 1).end(), pieces.get(next).start()).matches("[ \\u00a0\\u202f\\u2009]")) {
            digits = digits + " " + pieces.get(next).text();
            next++;
        }
        double value = parseDigits(digits);
        if (next < pieces.size() && numberWords.isMultiplier(pieces.get(next).lower())
                && !pieces.get(next).lower().equals("k")) {
            value *= numberWords.multiplier(pieces.get(next).lower());
            next++;
            if (next < pieces.size() && pieces.get(next).text().equals(".")
                    && pieces.get(next - 1).lower().length() <= 3) {
                next++;
            }
            long rounded = Math.round(value);
            return Optional.of(new Read(rounded, Optional.of(rounded), next, true, false));
        }
        if (value != Math.rint(value)) {
            return Optional.empty();
        }
        long whole = (long) value;
        return Optional.of(new Read(whole, Optional.of(whole), next, false, false));
    }

    private static boolean precededByAgeOrSign(String text, List<Piece> pieces, int index) {
        if (index == 0) {
            return false;
        }
        String before = pieces.get(index - 1).lower();
        return before.equals("№") || before.equals("#") || before.equals("aged") || before.equals("age")
                || before.equals("возрасте") || before.equals("віком") || before.equals("віці")
                || before.equals("no") && text.startsWith(".", pieces.get(index - 1).end())
                || before.equals(".") && index > 1 && pieces.get(index - 2).lower().equals("no");
    }

    /** A number inside a web address ("…/assessment-november-13-2024") is no figure. */
    private static boolean insideLink(String text, Piece piece) {
        int start = piece.start();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        return text.startsWith("http", start) || text.startsWith("www.", start);
    }

    private static boolean gluedToLettersOrTime(String text, Piece piece) {
        int end = piece.end();
        int start = piece.start();
        if (end < text.length()) {
            char after = text.charAt(end);
            if (Character.isLetter(after) && !text.startsWith("k ", end)) {
                return true;
            }
            if ((after == '-' || after == ':' || after == '‑') && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1))) {
                return after != '-' || Character.isLetter(text.charAt(end + 1));
            }
        }
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetter(before) || before == ':') {
                return true;
            }
            if ((before == '-' || before == '‑') && start > 1 && Character.isLetter(text.charAt(start - 2))) {
                return true;
            }
        }
        return false;
    }

    /** The first plain number of a digit run that reads no other way ("20.03.2019", "1,2,3"). */
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private static double parseDigits(String digits) {
        String compact = digits.replaceAll("[ \\u00a0\\u202f\\u2009]", "");
        if (compact.matches("\\d{1,3}(?:,\\d{3})+") || compact.matches("\\d{1,3}(?:\\.\\d{3})+")) {
            return Double.parseDouble(compact.replaceAll("[.,]", ""));
        }
        if (compact.matches("\\d{1,3}(?:\\.\\d{3})+,\\d+")) {
            return Double.parseDouble(compact.replace(".", "").replace(',', '.'));
        }
        if (compact.matches("\\d{1,3}(?:,\\d{3})+\\.\\d+")) {
            return Double.parseDouble(compact.replace(",", ""));
        }
        Matcher number = LEADING_NUMBER.matcher(compact);
        return number.lookingAt() ? Double.parseDouble(number.group().replace(',', '.')) : 0;
    }

    private static boolean isRangeConnector(Piece piece, Phrase bound) {
        String lower = piece.lower();
        return lower.equals("–") || lower.equals("—") || lower.equals("-") || lower.equals("to")
                || lower.equals("до") || RANGE_OR.contains(lower) || (bound != null && bound.meaning().equals("range")
                && (lower.equals("and") || lower.equals("і") || lower.equals("и")));
    }

    /**
     * The head of a chain of counted words ("340 dead mobilised soldiers", "1 030 загиблих і поранених росіян",
     * "600 criminal cases"): the last counted word reached through counted words and "and"/"і"/"и".
     */
    private int[] headOf(List<Piece> pieces, int[] first) {
        int[] head = first;
        int position = first[1] + 1;
        while (position < pieces.size() && isAttributive(pieces.get(head[1]).lower())) {
            Piece piece = pieces.get(position);
            if (piece.lower().equals("and") || piece.lower().equals("і") || piece.lower().equals("и")
                    || piece.lower().equals("та")) {
                position++;
                continue;
            }
            int kind = nounIndex(piece);
            if (kind < 0) {
                break;
            }
            head = new int[] {kind, position};
            position++;
        }
        return head;
    }

    /** A counted word that can stand before another ("dead", "mobilised", "погибших", "російських"). */
    private static boolean isAttributive(String lower) {
        return ATTRIBUTIVE_ENGLISH.contains(lower) || lower.endsWith("ых") || lower.endsWith("их");
    }

    /**
     * Whether the percentage from piece {@code start} whose "%" is at {@code percent} is a share of people: a noun of
     * people or "them" within {@value #SHARE_OF_PEOPLE_WINDOW} words after it ("86% военнослужащих", "about 30% of
     * them", "20% из них", "26% российских горожан", "23% от общего числа потерь") or before it in its clause ("из
     * мобилизованных 30%"), or a share of people just before it in its sentence ("26% всех потерь, а сейчас — только
     * 18%", checked by the caller). Shares of tariffs, inflation,
     * prices, staff vacancies or gas stocks ("пошлину в размере 10%", "инфляции в 4%", "некомплект судей составляет
     * 20%") are no figures about people or events (DESIGN.md). Found on real news posts outside the war, 2024.
     */
    private boolean shareOfPeople(List<Piece> pieces, int start, int percent) {
        return peopleAmongWords(pieces, percent + 1, 1) || peopleAmongWords(pieces, start - 1, -1);
    }

    /**
     * Whether people (or "them") are named among the up to {@value #SHARE_OF_PEOPLE_WINDOW} words from {@code first}
     * on, walking by {@code step} and stopping at the first piece that is no word.
     */
    private boolean peopleAmongWords(List<Piece> pieces, int first, int step) {
        for (int n = 0, k = first; n < SHARE_OF_PEOPLE_WINDOW && k >= 0 && k < pieces.size(); n++, k += step) {
            Piece piece = pieces.get(k);
            if (!piece.word()) {
                return false;
            }
            if (isPeopleNoun(piece) || context.sharesPeople(pieces, k) || THEM.contains(piece.lower())
                    || THEM_UK.contains(piece.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the piece is a counted noun (not money or a measure). */
    private boolean isCountedNoun(Piece piece) {
        int kind = nounIndex(piece);
        return kind >= 0 && !nounUnits.get(kind).equals(NOT_COUNTED);
    }

    /** What a word of a loss table's label counts: a counted noun's unit, else one of {@code label-nouns.tsv}. */
    private Optional<String> labelUnit(Piece piece) {
        if (isCountedNoun(piece)) {
            return Optional.of(nounUnits.get(nounIndex(piece)));
        }
        if (!piece.word()) {
            return Optional.empty();
        }
        for (int k = 0; k < labelNouns.size(); k++) {
            if (labelNouns.get(k).matcher(piece.text()).matches()) {
                return Optional.of(labelUnits.get(k));
            }
        }
        return Optional.empty();
    }

    /** Whether the piece is a counted noun of people (not money, measures, equipment, cases or regions). */
    private boolean isPeopleNoun(Piece piece) {
        int kind = nounIndex(piece);
        return kind >= 0 && !NOT_PEOPLE.contains(nounUnits.get(kind));
    }

    private int nounIndex(Piece piece) {
        if (!piece.word()) {
            return -1;
        }
        for (int k = 0; k < nouns.size(); k++) {
            if (nouns.get(k).matcher(piece.text()).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the figure ends its clause: end of text, punctuation or a rate ("no more than 25.", "від 500 до 700,"). */
    private boolean endsClause(List<Piece> pieces, int next) {
        if (next >= pieces.size()) {
            return true;
        }
        Piece piece = pieces.get(next);
        return !piece.word() && !piece.digits() && !piece.text().equals("%") && !piece.text().equals("-")
                || phraseStartingAt(pieces, next, periods).isPresent();
    }

    /** The counted noun after a figure: its lexicon index and piece index, at most three words on. */
    private Optional<int[]> countedNoun(List<Piece> pieces, int from) {
        for (int position = from; position < Math.min(pieces.size(), from + NOUN_WINDOW); position++) {
            Piece piece = pieces.get(position);
            if (piece.text().equals("%")) {
                return Optional.of(new int[] {nounUnits.indexOf("percent"), position});
            }
            if (!piece.word()) {
                return Optional.empty();
            }
            for (int k = 0; k < nouns.size(); k++) {
                if (nouns.get(k).matcher(piece.text()).matches()) {
                    return nounUnits.get(k).equals(NOT_COUNTED) ? Optional.empty() : Optional.of(new int[] {k, position});
                }
            }
            if (position + 1 < pieces.size() && piece.lower().equals("per")
                    && pieces.get(position + 1).lower().equals("cent")) {
                return Optional.of(new int[] {nounUnits.indexOf("percent"), position + 1});
            }
        }
        return Optional.empty();
    }

    /** A rate phrase shortly before the figure in the same clause ("За добу ліквідовано близько 800 …"). */
    private Optional<String> periodBefore(List<Piece> pieces, int index) {
        for (int start = index - 1; start >= Math.max(0, index - 6); start--) {
            Piece piece = pieces.get(start);
            if (!piece.word()) {
                return Optional.empty();
            }
            Optional<Phrase> phrase = phraseStartingAt(pieces, start, periods);
            if (phrase.isPresent() && phrase.get().words().get(0).equals("за")) {
                return Optional.of(phrase.get().meaning());
            }
        }
        return Optional.empty();
    }

    private static Optional<Phrase> phraseEndingAt(List<Piece> pieces, int index, List<Phrase> phrases) {
        Phrase best = null;
        for (Phrase phrase : phrases) {
            int size = phrase.words().size();
            if (index - size < 0 || (best != null && best.words().size() >= size)) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < size && matches; k++) {
                matches = pieces.get(index - size + k).lower().equals(phrase.words().get(k));
            }
            if (matches) {
                best = phrase;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Phrase> phraseStartingAt(List<Piece> pieces, int index, List<Phrase> phrases) {
        Phrase best = null;
        for (Phrase phrase : phrases) {
            int size = phrase.words().size();
            if (index + size > pieces.size() || (best != null && best.words().size() >= size)) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < size && matches; k++) {
                matches = pieces.get(index + k).lower().equals(phrase.words().get(k));
            }
            if (matches) {
                best = phrase;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void readPhrases(String resource, List<Phrase> into) {
        for (LexiconFile.Row row : LexiconFile.read(resource).rows()) {
            into.add(new Phrase(row.cell(0), Arrays.asList(row.cell(1).split(" "))));
        }
    }
}
