package org.frontwatch.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontwatch.extract.date.DateFinder;
import org.frontwatch.extract.mention.MentionFinder;
import org.frontwatch.extract.quantity.NumberReader.Read;
import org.frontwatch.extract.quantity.PhraseList.Phrase;
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
 * thread-safe.
 *
 * <p>This class walks the pieces of a text ({@link WordScanner}) and decides, for each number, its bound, range,
 * unit and rate. A number itself is read by {@link NumberReader} (number words by {@link NumberWords}), bounds and
 * periods are {@link PhraseList}s, the counted nouns and loss-table labels are {@link CountedNouns}, whether a
 * percentage counts people is told by {@link ShareOfPeople}, and the words around a figure that the counted-noun
 * rule does not read (people verbs before bare numbers, populations, counts of sources) live in
 * {@link FigureContext}; bare numbers in a list of counts by {@link ListedCounts}. About 425 lines: the choice of
 * unit in {@code candidateAt} is one chain of rules whose order decides, kept in one place; the share reading at the
 * top of {@code find} (a share word with its bound) is the next to move out, beside {@link ShareOfPeople}.
 */
public final class QuantityFinder implements MentionFinder {
    private static final String RESOURCES = "/org/frontwatch/extract/quantity/";
    private static final java.util.Set<String> PART_OF = java.util.Set.of("of", "из", "з", "із", "зі");
    /** The least bare number ("Forty a day") read as a rate of men without a noun. */
    private static final long MIN_BARE_RATE = 10;
    /** Prepositions after which "сотни"/"сотні" is one hundred in the genitive, not "hundreds" ("из сотни бойцов"). */
    private static final java.util.Set<String> OF_ONE = java.util.Set.of("из", "изо", "із", "з", "зі", "от", "від");
    /** "человек двадцать": the noun of people before a number word makes it approximate. */
    private static final java.util.Set<String> APPROXIMATE_INVERSION = java.util.Set.of("человек", "чоловік");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "our", "their", "his", "her",
            "наших", "своих", "их", "его", "її", "його", "своїх", "їхніх");
    /** "около 1 150 000 военных, в том числе 1 040 за последние сутки": a part of the figure before. */
    private static final java.util.Set<String> INCLUDING = java.util.Set.of("including", "числе", "числі");
    /** "two or three men", "двое или трое", "двоє-троє або четверо": an alternative of two numbers is a range. */
    private static final java.util.Set<String> RANGE_OR = java.util.Set.of("or", "или", "або", "чи");
    private static final int MAX_CLAUSE_GAP = 120;
    private static final QuantityFinder BUNDLED = new QuantityFinder();

    private final NumberWords numberWords = new NumberWords(RESOURCES + "number-words.tsv");
    private final FigureContext context = new FigureContext(RESOURCES + "figure-context.tsv");
    private final NumberReader numbers = new NumberReader(numberWords);
    private final ListedCounts listedCounts = new ListedCounts(numberWords);
    private final PhraseList bounds = new PhraseList(RESOURCES + "bounds.tsv");
    private final PhraseList periods = new PhraseList(RESOURCES + "periods.tsv");
    private final CountedNouns nouns = new CountedNouns(RESOURCES + "counted-nouns.tsv",
            RESOURCES + "label-nouns.tsv");
    private final ShareOfPeople shareOfPeople = new ShareOfPeople(nouns, context);

    private QuantityFinder() {
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
        List<Piece> pieces = numbers.withNumberWordRangesSplit(WordScanner.scan(text));
        List<Mention> found = new ArrayList<>();
        int index = 0;
        while (index < pieces.size()) {
            Optional<String> previousUnit = found.isEmpty() ? Optional.empty()
                    : found.get(found.size() - 1).figure().map(Figure::unit).filter(u -> !u.isEmpty());
            int lastEnd = found.isEmpty() ? 0 : found.get(found.size() - 1).span().end();
            int here = pieces.get(index).start();
            Optional<String> unitInClause = previousUnit.filter(u -> sameSentence(text, lastEnd, here));
            Optional<int[]> share = context.shareOf(pieces, index, k -> nouns.isPeople(pieces.get(k)), k -> nouns
                    .indexOf(pieces.get(k)) >= 0 && nouns.unit(nouns.indexOf(pieces.get(k))).equals("people"));
            if (share.isPresent()) {
                // "around half of its men", "more than half of its men", "two thirds of its men": a percentage, from
                // a bound before the share word to its noun
                Phrase bound = bounds.endingAt(pieces, index).orElse(null);
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
        Optional<Read> first = numbers.read(text, pieces, index, taken);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Phrase bound = bounds.endingAt(pieces, index).orElse(null);
        int boundStart = bound == null ? index : index - bound.words().size();
        if (bound == null && index > 1 && OF_ONE.contains(pieces.get(index - 1).lower())) {
            // "как минимум из девяти регионов", "щонайменше з дев'яти регіонів": the bound before "из"
            Optional<Phrase> before = bounds.endingAt(pieces, index - 1);
            if (before.isPresent()) {
                bound = before.get();
                boundStart = index - 1 - bound.words().size();
            }
        }
        int start = pieces.get(boundStart).start();
        Read low = first.get();
        String firstWord = pieces.get(index).lower();
        boolean ofOne = index > 0 && OF_ONE.contains(pieces.get(index - 1).lower());
        if ((bound != null || ofOne) && low.vague() && numberWords.isMultiplier(firstWord) && low.next() == index + 1) {
            // "около сотни", and "из сотни бойцов", "із сотні хлопців": one hundred, the genitive singular
            long base = numberWords.multiplier(firstWord);
            low = new Read(base, Optional.of(base), low.next(), true, false);
        }
        Read high = null;
        int next = low.next();
        boolean alternative = next < pieces.size() && RANGE_OR.contains(pieces.get(next).lower());
        if (next + 1 < pieces.size() && isRangeConnector(pieces.get(next), bound)) {
            Optional<Read> second = numbers.read(text, pieces, next + 1, taken);
            if (second.isPresent() && second.get().low() >= low.low()) {
                high = second.get();
                next = high.next();
            } else if (second.isPresent() && !low.scaled() && second.get().scaled()) {
                high = second.get();
                next = high.next();
            }
        }
        if (high != null && !low.scaled() && high.scaled() && high.low() > low.low()) {
            long scale = numbers.scaleOf(pieces, high);
            low = new Read(low.low() * scale, Optional.of(low.low() * scale), low.next(), true, low.vague());
        }
        if (context.countsSources(pieces, boundStart)
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
        Optional<int[]> noun = part.isPresent() ? Optional.empty() : nouns.after(pieces, next);
        if (alternative && high != null && noun.isEmpty()) {
            // "о восьми или девяти «шахедах»": an alternative of numbers is a figure only with its counted noun
            return Optional.empty();
        }
        if (context.isPopulation(pieces, boundStart,
                noun.map(n -> n[1]).orElse(-1))) {
            return Optional.empty();
        }
        if (noun.isPresent() && nouns.unit(noun.get()[0]).equals("percent")
                && (!shareOfPeople.at(pieces, boundStart, noun.get()[1])
                && !unitInClause.filter("percent"::equals).isPresent()
                || context.isShareOfThings(pieces, boundStart, noun.get()[1])
                || context.isShareOfOpinion(pieces, boundStart,
                noun.get()[1]))) {
            return Optional.empty();
        }
        String unit;
        int end;
        int label = noun.isEmpty() && part.isEmpty() && high == null && endsClause(pieces, next)
                ? context.labelNoun(text, pieces, boundStart,
                k -> nouns.labelUnit(pieces.get(k)).isPresent()) : -1;
        if (noun.isEmpty() && part.isEmpty() && context.countsAttacks(pieces,
                boundStart, next)) {
            // "ворог 14 разів атакував": a count of times with a verb of attacking counts attacks
            unit = "attacks";
            end = pieces.get(next).end();
            next++;
        } else if (label >= 0) {
            // "👉 артилерійських систем — 22 006 (+41) од.": the label of a table line counts its number
            unit = nouns.labelUnit(pieces.get(label)).orElseThrow();
            end = pieces.get(next - 1).end();
        } else if (noun.isPresent()) {
            int[] head = nouns.headOf(pieces, noun.get());
            unit = nouns.unit(head[0]);
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
        } else if (unitInClause.isPresent() && bound == null && high == null
                && listedCounts.listed(pieces, index, next)) {
            // "Свердловская область (208) и Татарстан (176)", "the Voronezh court with 352", "а 38 — по статье 332":
            // a bare number listed after a figure of its sentence counts what that figure counts
            unit = unitInClause.get();
            end = pieces.get(next - 1).end();
        } else if (context.countsPeople(pieces, boundStart, next,
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
                && context.nounBefore(pieces, index, k -> nouns.isCounted(pieces.get(k))) >= 0) {
            // "таких приговоров было 19": the noun before the number counts it
            int nounBefore = context.nounBefore(pieces, index, k -> nouns.isCounted(pieces.get(k)));
            unit = nouns.unit(nouns.indexOf(pieces.get(nounBefore)));
            end = pieces.get(next - 1).end();
        } else if (high == null && low.low() >= MIN_BARE_RATE && periods.startingAt(pieces, next).isPresent()) {
            // "Forty a day on our stretch alone", "«Тысяча в сутки»": a bare number of at least ten per period is a
            // rate of men (a rate of things names them: "20 снарядов в день"); "twice a day" is no number
            unit = unitInClause.orElse("people");
            end = pieces.get(next - 1).end();
        } else {
            return Optional.empty();
        }
        Optional<String> per = Optional.empty();
        Optional<Phrase> after = periods.startingAt(pieces, next);
        if (after.isPresent()) {
            per = Optional.of(after.get().meaning());
            next += after.get().words().size();
            end = pieces.get(next - 1).end();
        } else {
            per = periodBefore(pieces, boundStart);
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
        Optional<Read> read = numbers.read(text, pieces, index + 2, taken);
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
        if (ShareOfPeople.THEM.contains(pieces.get(whole).lower())) {
            return Optional.of(previousUnit.orElse("people"));
        }
        Optional<Read> total = numbers.read(text, pieces, whole, taken);
        if (total.isEmpty() && whole > next + 1 && !pieces.get(next + 1).lower().equals("the")) {
            // "nine of our boys", "семеро из наших ребят": the whole is a counted noun without a number
            Piece noun = pieces.get(whole);
            return nouns.isCounted(noun) ? Optional.of(nouns.unit(nouns.indexOf(noun))) : Optional.empty();
        }
        return total.flatMap(t -> nouns.after(pieces, t.next())).map(noun -> nouns.unit(noun[0]));
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

    private static boolean isRangeConnector(Piece piece, Phrase bound) {
        String lower = piece.lower();
        return lower.equals("–") || lower.equals("—") || lower.equals("-") || lower.equals("to")
                || lower.equals("до") || RANGE_OR.contains(lower) || (bound != null && bound.meaning().equals("range")
                && (lower.equals("and") || lower.equals("і") || lower.equals("и")));
    }

    /** Whether the figure ends its clause: end of text, punctuation or a rate ("no more than 25.", "від 500 до 700,"). */
    private boolean endsClause(List<Piece> pieces, int next) {
        if (next >= pieces.size()) {
            return true;
        }
        Piece piece = pieces.get(next);
        return !piece.word() && !piece.digits() && !piece.text().equals("%") && !piece.text().equals("-")
                || periods.startingAt(pieces, next).isPresent();
    }

    /** A rate phrase shortly before the figure in the same clause ("За добу ліквідовано близько 800 …"). */
    private Optional<String> periodBefore(List<Piece> pieces, int index) {
        for (int start = index - 1; start >= Math.max(0, index - 6); start--) {
            Piece piece = pieces.get(start);
            if (!piece.word()) {
                return Optional.empty();
            }
            Optional<Phrase> phrase = periods.startingAt(pieces, start);
            if (phrase.isPresent() && phrase.get().words().get(0).equals("за")) {
                return Optional.of(phrase.get().meaning());
            }
        }
        return Optional.empty();
    }
}
