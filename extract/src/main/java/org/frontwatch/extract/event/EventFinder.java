package org.frontwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.extract.text.TokenKind;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Finds event reports from sentence-level cues ({@code cues.tsv}), matched on words and their lemmas, skipping cues
 * right after a negation and words inside unit and organisation names ("штурмовая бригада" is no assault). One
 * report per event type and sentence — a report is bound to the sentence that carries it, and consecutive sentences
 * of one type stay separate reports (the register's incidents join them); a headline is a sentence like any other,
 * its report kept beside the body's of the same type unless the body tells that cue as private; hashtags are not cues; an appeal or denial after a referring
 * word ("the Irkutsk appeal", "схожі скарги") in a sentence with no date, figure or unit of its own, in a text that
 * has already reported that type, refers back to it and is dropped. Losses and criminal cases are soldiers' events: they need
 * soldiers in the sentence, the one before it or the headline, and a strike that kills civilians tells none; the
 * other soldiers' events (appeals, denials, shortages, abuse…) need a soldier, army, draft office or war word, or a
 * unit, somewhere in the text; an attack word beside a drone or missile is a strike, not an assault
 * ({@link SentenceRules}).
 *
 * <ul>
 *   <li><b>units</b>: unit mentions of the sentence, else of the previous sentence of the paragraph;</li>
 *   <li><b>origin</b>: a region or place (its region) right after an origin word ("mobilised from", "призванные
 *   из", "родом"), a regional adjective before soldiers ("иркутские мобилизованные"), or a Russian region or place
 *   right after "from"/"из"/"з" in a sentence about people, a place right after relatives "in" ("relatives in
 *   Vladivostok"), or a demonym ({@code demonyms.tsv}: "новосибирцы"); never a place after a location or
 *   destination word ("под Валуйками", "привезли в", "sent to"); else — unless the sentence gives a figure on an
 *   organisation's word — the previous sentence's origin, and for a
 *   report on no numbered or bulleted digest line and without a figure on an organisation's word, the text's
 *   origin;</li>
 *   <li><b>location</b> and <b>places</b>: the other regions and places of the sentence (a place adds its region);</li>
 *   <li><b>when</b>: the first date of the sentence, else the nearest earlier date of the paragraph; a date after
 *   "since"/"с"/"з" runs to publication. An undated report gets the week up to publication with precision
 *   {@link DatePrecision#OPEN} (reported then, not dated by the text); without publication, no date.</li>
 * </ul>
 * {@link SentenceRules} drop cues that tell no event of their own: an appeal the sentence denies, a habit ("every
 * week"), a count of appeals, a complaint to one's relatives; {@link OriginRules} tell origin from location.
 * Immutable and thread-safe. About 450 lines: the cue matching and the per-sentence facts (units, dates, origin,
 * location) it assembles share the sentence walk; sentence rules and origin rules are already classes of their own,
 * and the facts record with the method that gathers it is the next to move out.
 */
public final class EventFinder {
    private static final String RESOURCES = "/org/frontwatch/extract/event/";
    private static final int REFUSED_WINDOW = 7;
    /** The cue group a headline may find in its lead (cue-groups.tsv): soldiers, for losses. */
    private static final String LEAD_GROUP = "soldiers";
    private static final Set<MentionType> FACTS = Set.of(MentionType.UNIT, MentionType.DATE, MentionType.QUANTITY);
    private static final Set<String> SINCE = Set.of("since", "с", "со", "з", "із", "від", "начиная", "починаючи");
    private static final EventFinder BUNDLED = new EventFinder();

    /** The event types in the order of their first cue in {@code cues.tsv}: the order of a sentence's reports. */
    private final List<EventType> typesInCueOrder = new ArrayList<>();
    private final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
    private final Map<String, List<Cue>> cuesByFirstLetters = new HashMap<>();
    private final CueGroups groups = new CueGroups(RESOURCES + "cue-groups.tsv");
    private final Set<String> negations = new HashSet<>();
    private final SentenceRules rules = new SentenceRules(RESOURCES + "sentence-rules.tsv");
    private final OriginRules origins = new OriginRules(RESOURCES);
    private final SurvivorCounts survivors = new SurvivorCounts(RESOURCES + "survivor-counts.tsv");
    private final LossCounts lossCounts = new LossCounts(RESOURCES + "loss-counts.tsv");

    private record Cue(EventType type, List<CueWord> words, Optional<String> group) {
    }

    private EventFinder() {
        LexiconFile cueFile = LexiconFile.read(RESOURCES + "cues.tsv");
        for (LexiconFile.Row row : cueFile.rows()) {
            EventType type;
            try {
                type = EventType.valueOf(row.cell(0));
            } catch (IllegalArgumentException e) {
                throw cueFile.badRow(row, "unknown event type " + row.cell(0));
            }
            Optional<String> group = row.cells().size() > 2 ? Optional.of(row.cell(2)) : Optional.empty();
            if (group.isPresent() && !groups.contains(group.get())) {
                throw cueFile.badRow(row, "unknown cue group " + group.get());
            }
            Cue cue = new Cue(type, Arrays.stream(row.cell(1).split(" ")).map(CueWord::parse).toList(), group);
            if (!typesInCueOrder.contains(type)) {
                typesInCueOrder.add(type);
            }
            CueWord first = cue.words().get(0);
            if (first.prefix() && first.form().length() < 2) {
                throw cueFile.badRow(row, "a prefix cue needs at least two letters: " + row.cell(1));
            }
            (first.prefix() ? cuesByFirstLetters : cuesByFirstWord).computeIfAbsent(
                    first.prefix() ? first.form().substring(0, 2) : first.form(), f -> new ArrayList<>()).add(cue);
        }
        LexiconFile.read(RESOURCES + "negations.tsv").rows().forEach(r -> negations.add(r.cell(0)));
        for (EventType type : EventType.values()) {
            Stream.of(rules.neededGroup(type), rules.neededInText(type), rules.civilianStrikeSpares(type))
                    .flatMap(Optional::stream)
                    .filter(g -> !groups.contains(g)).findFirst().ifPresent(g -> {
                throw new IllegalStateException("sentence-rules.tsv: " + type + " needs unknown cue group " + g);
            });
        }
    }

    /** The finder over the bundled cue lexicons (read once). */
    public static EventFinder bundled() {
        return BUNDLED;
    }

    /** Event reports of {@code text}, given every mention found in it (units, regions, places, dates, names). */
    public List<EventReport> find(AnalysedText text, List<Mention> mentions) {
        List<Sentence> sentences = text.sentences();
        SentenceReadings readings = new SentenceReadings(text, mentions, groups, origins);
        List<EventReport> reports = new ArrayList<>();
        Map<String, Boolean> groupsInText = new HashMap<>();
        List<Span> questions = InterviewQuestions.in(text.text());
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (InterviewQuestions.asked(text.text(), sentence.span(), questions)) {
                continue;
            }
            List<Token> words = readings.wordsWithoutNames(s);
            Set<EventType> told = new HashSet<>();
            if (!tellsFacts(sentence, words, mentions)) {
                reports.forEach(r -> told.add(r.type()));
            }
            int current = s;
            boolean withPrevious = s > 0 && sameParagraph(text.text(), sentences.get(s - 1), sentence);
            Predicate<String> inContext = group -> (withPrevious && readings.hasGroup(current - 1, group))
                    || readings.hasGroup(current, group);
            // a headline's losses are about the soldiers its lead names: "87 прощаний за три месяца: что пишут о
            // погибших …" (criminal cases are not: on real posts the lead of a lawyer's or an activist's sentence
            // spoke of the army, the case did not)
            boolean headline = s == 0 && sentences.size() > 1 && isHeadline(text.text(), sentence);
            Predicate<String> inWider = group -> inContext.test(group)
                    || (current > 0 && readings.hasGroup(0, group))
                    || (headline && group.equals(LEAD_GROUP) && readings.hasGroup(1, group));
            Set<EventType> types = typesIn(words, readings.formsWithoutNames(s), inContext, inWider, told,
                    survivors.toldIn(readings, sentences, s, withPrevious, mentions)
                            || lossCounts.toldIn(readings, sentences, s, mentions));
            if (s == 0 && isHeadline(text.text(), sentence)) {
                types.removeIf(type -> type == EventType.APPEAL && privatelyToldLater(readings, sentences, type));
            }
            types.removeIf(type -> rules.cancelledByName(type, readings.formsWithNames(current)));
            types.removeIf(type -> rules.neededInText(type).filter(group -> !groupsInText.computeIfAbsent(group,
                    g -> inText(readings, sentences, g, mentions))).isPresent());
            if (types.isEmpty()) {
                continue;
            }
            Facts facts = facts(text, s, mentions, readings);
            for (EventType type : types) {
                reports.add(report(text.text(), type, sentence.span(), facts));
            }
        }
        if (reports.isEmpty()) {
            return reports; // no report to take the text's origin: the origin rules need not read the text again
        }
        return origins.withDocumentOrigin(text.text(), reports, origins.documentOrigin(text, readings, reports),
                mentions);
    }

    /**
     * Whether a word of cue group {@code group} occurs anywhere in the text, names included, or the text names a
     * unit (a unit is soldiers: "Вербовка «Вагнера» идёт в колониях").
     */
    private static boolean inText(SentenceReadings readings, List<Sentence> sentences, String group,
                                  List<Mention> mentions) {
        if (mentions.stream().anyMatch(m -> m.type() == MentionType.UNIT)) {
            return true;
        }
        for (int s = 0; s < sentences.size(); s++) {
            if (readings.hasGroup(s, group)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence dates, counts or names a unit of its own (a date, a figure, a number, a unit): such a
     * sentence tells an event even when it refers to one like those before ("Last month men from Buryatia recorded a
     * similar plea").
     */
    private static boolean tellsFacts(Sentence sentence, List<Token> words, List<Mention> mentions) {
        for (Token word : words) {
            if (word.kind() == TokenKind.NUMBER) {
                return true;
            }
        }
        for (Mention mention : mentions) {
            if (sentence.span().contains(mention.span()) && FACTS.contains(mention.type())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event types a sentence's cues report; a cue's word group may occur anywhere in its context
     * ({@code inContext}): the words of the sentence and of the one before it in the paragraph, names included ("Они
     * отказались идти в штурм" after a sentence about mobilised men; "В Минобороны обращение назвали фейком", where the
     * ministry is a name). A cue right after a referring word ("the", "similar", "схожі") of a type in {@code told} —
     * the text's earlier types, given only for a sentence with no date, figure or unit of its own — refers back to that
     * report ("The Irkutsk appeal is the latest in a string of videos") and reports nothing. A {@code countedLoss}
     * ({@link SurvivorCounts}, {@link LossCounts}) reports losses without a cue, under the same rules.
     */
    private Set<EventType> typesIn(List<Token> words, List<List<String>> forms, Predicate<String> inContext,
                                   Predicate<String> inWider, Set<EventType> told, boolean countedLoss) {
        Set<EventType> types = EnumSet.noneOf(EventType.class); // put in the cues' order at the end
        if (countedLoss) {
            types.add(EventType.CASUALTIES);
        }
        for (int i = 0; i < words.size(); i++) {
            for (String form : forms.get(i)) {
                for (Cue cue : candidates(form)) {
                    if (!types.contains(cue.type()) && i + cue.words().size() <= words.size()
                            && matchesAt(cue.words(), forms, i) && !negated(words, i, cue)
                            && !rules.privateAfter(cue.type(), forms, i + cue.words().size())
                            && !rules.privateBefore(cue.type(), forms, i)
                            && !rules.counted(cue.type(), words, forms, i)
                            && !rules.unreal(cue.type(), forms, i)
                            && !rules.address(cue.type(), forms, i)
                            && !rules.charge(cue.type(), forms, i)
                            && !rules.remoteStrike(cue.type(), forms, i)
                            && !rules.spokenBy(cue.type(), forms, i, i + cue.words().size())
                            && !refusedBefore(cue.type(), forms, i)
                            && !(told.contains(cue.type()) && rules.refersBack(cue.type(), forms, i))
                            && cue.group().map(inContext::test).orElse(true)) {
                        types.add(cue.type());
                    }
                }
            }
        }
        if (rules.habitual(forms)) {
            types.removeIf(SentenceRules::toldAsHabit);
        }
        types.removeIf(type -> rules.cancelled(type, forms) || rules.neededGroup(type)
                .filter(group -> !inWider.test(group)).isPresent()
                || rules.civilianStrikeSpares(type)
                .filter(group -> rules.civilianStrike(forms) && !groups.anyIn(group, rules.withoutAttackers(forms)))
                .isPresent());
        return orderedAsCues(rules.withoutOverridden(types));
    }

    /**
     * Whether an assault cue comes within {@value #REFUSED_WINDOW} words after a refusal cue: "отказались идти в
     * штурм", "refused to go on an assault", "refusing to take part in an assault" tell a refusal; the assault did
     * not take place.
     */
    private boolean refusedBefore(EventType type, List<List<String>> forms, int at) {
        if (type != EventType.ASSAULT) {
            return false;
        }
        for (int i = Math.max(0, at - REFUSED_WINDOW); i < at; i++) {
            for (String form : forms.get(i)) {
                for (Cue cue : candidates(form)) {
                    if (cue.type() == EventType.REFUSAL && i + cue.words().size() <= at
                            && matchesAt(cue.words(), forms, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code sentence} is a headline: the whole first line of the text, without a full stop. */
    private static boolean isHeadline(String text, Sentence sentence) {
        int lineEnd = text.indexOf('\n');
        return lineEnd > 0 && sentence.span().end() <= lineEnd && !text.substring(0, lineEnd).strip().endsWith(".");
    }

    /**
     * Whether a sentence after the headline tells a {@code type} cue as private ("на що скаржаться мобілізовані" over
     * "…скаржаться рідним, що…"): the headline sums up that complaint and tells no public appeal either. (Asked for
     * appeals only: the other types' "private" phrases read other senses of their cues, not the same fact.)
     */
    private boolean privatelyToldLater(SentenceReadings readings, List<Sentence> sentences, EventType type) {
        for (int s = 1; s < sentences.size(); s++) {
            List<List<String>> forms = readings.formsWithoutNames(s);
            for (int i = 0; i < forms.size(); i++) {
                for (String form : forms.get(i)) {
                    for (Cue cue : candidates(form)) {
                        int end = i + cue.words().size();
                        if (cue.type() == type && end <= forms.size() && matchesAt(cue.words(), forms, i)
                                && (rules.privateAfter(type, forms, end) || rules.privateBefore(type, forms, i))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Cues whose first word may match {@code form}: exact ones by the form, prefixes by its first two letters. */
    private List<Cue> candidates(String form) {
        List<Cue> exact = cuesByFirstWord.getOrDefault(form, List.of());
        List<Cue> prefixed = form.length() < 2 ? List.of()
                : cuesByFirstLetters.getOrDefault(form.substring(0, 2), List.of());
        if (prefixed.isEmpty()) {
            return exact;
        }
        if (exact.isEmpty()) {
            return prefixed;
        }
        List<Cue> both = new ArrayList<>(exact);
        both.addAll(prefixed);
        return both;
    }

    private Set<EventType> orderedAsCues(Set<EventType> types) {
        Set<EventType> ordered = new LinkedHashSet<>();
        for (EventType type : typesInCueOrder) {
            if (types.contains(type)) {
                ordered.add(type);
            }
        }
        return ordered;
    }

    private static boolean matchesAt(List<CueWord> cue, List<List<String>> forms, int at) {
        for (int k = 0; k < cue.size(); k++) {
            if (!cue.get(k).matches(forms.get(at + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean negated(List<Token> words, int at, Cue cue) {
        if (negations.contains(cue.words().get(0).form())) {
            return false;
        }
        for (int k = Math.max(0, at - 2); k < at; k++) {
            if (negations.contains(words.get(k).lowercase())) {
                return true;
            }
        }
        return false;
    }

    /** What a sentence says about units, origin, location, places and date. */
    private record Facts(List<String> units, List<String> origin, List<String> location, List<String> places,
                         Optional<DateInterval> when) {
    }

    private Facts facts(AnalysedText text, int index, List<Mention> mentions, SentenceReadings readings) {
        List<Sentence> sentences = text.sentences();
        Sentence sentence = sentences.get(index);
        Optional<Sentence> previous = index > 0 && sameParagraph(text.text(), sentences.get(index - 1), sentence)
                ? Optional.of(sentences.get(index - 1)) : Optional.empty();
        List<String> units = unitsIn(sentence, mentions);
        if (units.isEmpty() && previous.isPresent()) {
            units = unitsIn(previous.get(), mentions);
        }
        OriginRules.SentencePlaces named = readings.places(index);
        List<String> origin = named.origin();
        if (origin.isEmpty() && previous.isPresent() && !OriginRules.sourcedFigure(sentence.span(), mentions)) {
            // the nearest origin earlier in the paragraph: a paragraph tells of one man or one group ("Тетяна з
            // Колпашева … розповіла про брата. … Віктор і ще двоє сказали, що туди не підуть.")
            for (int before = index - 1; origin.isEmpty() && before >= 0
                    && sameParagraph(text.text(), sentences.get(before), sentences.get(before + 1)); before--) {
                origin = readings.places(before).origin();
            }
        }
        List<String> location = named.location();
        if (!origin.isEmpty()) {
            Set<String> fromElsewhere = Set.copyOf(origin);
            location = location.stream().filter(region -> !fromElsewhere.contains(region)).toList();
        }
        return new Facts(units, origin, location, named.places(), when(text, index, mentions));
    }

    private static List<String> unitsIn(Sentence sentence, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type() == MentionType.UNIT && sentence.span().contains(m.span()))
                .map(Mention::key).distinct().toList();
    }

    private Optional<DateInterval> when(AnalysedText text, int index, List<Mention> mentions) {
        List<Sentence> sentences = text.sentences();
        Sentence sentence = sentences.get(index);
        Optional<Mention> date = mentions.stream()
                .filter(m -> m.type() == MentionType.DATE && sentence.span().contains(m.span())).findFirst();
        for (int s = index - 1; date.isEmpty() && s >= 0 && sameParagraph(text.text(), sentences.get(s), sentence);
             s--) {
            Span earlier = sentences.get(s).span();
            date = mentions.stream().filter(m -> m.type() == MentionType.DATE && earlier.contains(m.span()))
                    .reduce((a, b) -> b);
        }
        Optional<LocalDate> published = text.published();
        if (date.isEmpty()) {
            return published.map(p -> new DateInterval(p.minusDays(7), p, DatePrecision.OPEN));
        }
        DateInterval interval = date.get().date().orElseThrow();
        if (published.isPresent() && afterSince(text.text(), date.get().span().start())
                && !published.get().isBefore(interval.from())) {
            return Optional.of(new DateInterval(interval.from(), published.get(), DatePrecision.DAYS));
        }
        return Optional.of(interval);
    }

    private static boolean afterSince(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return SINCE.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    private static boolean sameParagraph(String text, Sentence earlier, Sentence later) {
        return text.substring(earlier.span().end(), later.span().start()).indexOf('\n') < 0;
    }

    /**
     * A report of one sentence. A call-up happens where the men live: a mobilisation report's Russian regions are
     * its origin ("summonses were delivered in Kazan" → RU-TA) unless the sentence names an origin itself.
     */
    private static EventReport report(String text, EventType type, Span span, Facts facts) {
        List<String> origin = facts.origin();
        List<String> location = facts.location();
        if (type == EventType.MOBILIZATION && origin.isEmpty()) {
            origin = location.stream().filter(region -> region.startsWith("RU-")).toList();
            location = location.stream().filter(region -> !region.startsWith("RU-")).toList();
        }
        return new EventReport(type, span.of(text), span, facts.when(), origin, location, facts.places(),
                facts.units());
    }

}
