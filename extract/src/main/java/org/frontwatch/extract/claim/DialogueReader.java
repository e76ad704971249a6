package org.frontwatch.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontwatch.extract.LexiconFile;
import org.frontwatch.extract.claim.Dialogue.Turn;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.extract.text.Sentence;
import org.frontwatch.extract.text.Token;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Span;

/**
 * Reads who speaks each line of a Q/A interview or of a transcript with speaker labels ({@code dialogue-labels.tsv}),
 * because a figure in an answer is the interviewee's claim and a figure in a labelled line the speaker's, though the
 * sentence names nobody. Three layouts, each only on clear evidence that the text is one:
 * <ul>
 *   <li>a transcript: at least three lines opening with a label in capitals ("ЯРОШЕНКО:", "[00:41] ВЕДУЩАЯ:"), two
 *   labels or more, one of them a broadcast role ("ВЕДУЧИЙ", "ANCHOR", "СИНХРОН"). The outlet's roles claim nothing;
 *   a soundbite is claimed by the name after its dash or in its brackets; any other label by itself, as written;</li>
 *   <li>an interview with labels ("Open City: …?" / "Maxim: …", "Q:" / "A:"): an interviewer's label whose lines are
 *   questions, at least two, each answered on the next line by one other label, which claims its lines ("A:" stands
 *   for the interviewee the lead names);</li>
 *   <li>an interview with dashes ("— Почему вы подписали контракт?" / "— Долги. …"): at least two dash lines that ask,
 *   each answered by the next dash line, with no author's remark after a quotation ("— Трое, — говорит он" is a news
 *   story's dialogue); the answers are claimed by the interviewee the lead names at its start ("Павел (имя изменено)
 *   — …", "Адвокат Ирина Лазарева с 2023 года …").</li>
 * </ul>
 * An interview's headline opening with a quotation ("«Из ста двенадцати осталось девятнадцать»: …") quotes the
 * interviewee too. Immutable.
 */
final class DialogueReader {
    private static final Set<String> KINDS = Set.of("outlet", "soundbite", "question", "answer", "title",
            "first-person");
    private static final Pattern TIMECODE = Pattern.compile("^\\[\\d{1,2}:\\d{2}(?::\\d{2})?]\\s*");
    /** "ЯРОШЕНКО: …", "REPORTER (V/O): …", "SOUNDBITE – Lt Col Ihor Tkachenko, deputy commander: …". */
    private static final Pattern CAPITALS_LABEL = Pattern.compile(
            "^(\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,})?)(\\s*\\([^)\\n]{0,100}\\)|\\s+[–—-]\\s[^:\\n]{1,160})?\\s*:\\s+(?=\\S)");
    /** "Maxim: …", "Open City: …", "Q: …". */
    private static final Pattern NAME_LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2}):\\s+(?=\\S)");
    private static final Pattern DASH = Pattern.compile("^[—–]\\s+");
    /** A quotation's end and a dash before the author's words: "— Трое, — говорит он". */
    private static final Pattern REMARK = Pattern.compile("[,.!?…]\\s*[—–]\\s+(?=\\p{Ll})");
    /** The name opening a lead: capitalised words before a bracket, a comma, a dash or a lowercase word. */
    private static final Pattern LEAD_NAME = Pattern.compile(
            "^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2})(?=\\s*[(,—–]|\\s+\\p{Ll})");
    private static final Pattern OPENING_QUOTATION = Pattern.compile("^\\s*([«\"“])");
    /** Mentions that are no interviewee's name: "Миасс", "Верхний Днепр", "Storm-Z". */
    private static final Set<MentionType> NO_NAMES = Set.of(MentionType.PLACE, MentionType.REGION, MentionType.ORG,
            MentionType.UNIT);
    private static final int MIN_TURNS = 2;
    private static final int MIN_TRANSCRIPT_LINES = 3;

    private final Map<String, Set<String>> byKind = new HashMap<>();
    private final AttributionCues cues;

    DialogueReader(String resource, AttributionCues cues) {
        this.cues = cues;
        LexiconFile file = LexiconFile.read(resource);
        for (LexiconFile.Row row : file.rows()) {
            if (!KINDS.contains(row.cell(0))) {
                throw file.badRow(row, "unknown kind " + row.cell(0));
            }
            byKind.computeIfAbsent(row.cell(0), k -> new HashSet<>()).add(row.cell(1));
        }
    }

    /** A line of the text, without its line break. */
    private record Line(int start, String words) {
        int end() {
            return start + words.length();
        }

        Span span() {
            return new Span(start, end());
        }

        boolean asks() {
            return words.replaceAll("[\\s*_»\"”]+$", "").endsWith("?");
        }
    }

    /** Whether the lowercase word is one of {@code kind}. */
    boolean is(String kind, String lowercase) {
        return byKind.getOrDefault(kind, Set.of()).contains(lowercase);
    }

    /** The turns of {@code text}, or {@link Dialogue#NONE} when it is no interview and no transcript. */
    Dialogue read(AnalysedText text, List<Mention> mentions) {
        List<Line> lines = lines(text.text());
        Dialogue transcript = transcript(lines);
        if (!transcript.turns().isEmpty()) {
            return transcript;
        }
        Dialogue labelled = labelledInterview(lines, mentions);
        return labelled.turns().isEmpty() ? dashedInterview(text, lines, mentions) : labelled;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            String words = text.substring(start, stop).stripTrailing();
            if (!words.isBlank()) {
                lines.add(new Line(start, words));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    private Dialogue transcript(List<Line> lines) {
        List<Turn> turns = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        boolean role = false;
        for (Line line : lines) {
            Matcher timecode = TIMECODE.matcher(line.words());
            int from = timecode.find() ? timecode.end() : 0;
            Matcher label = CAPITALS_LABEL.matcher(line.words().substring(from));
            if (!label.find()) {
                continue;
            }
            String name = label.group(1);
            String first = name.split("[ -]")[0].toLowerCase(Locale.ROOT);
            labels.add(name);
            role |= is("outlet", first) || is("soundbite", first);
            Optional<String> speaker = is("outlet", first) ? Optional.empty()
                    : is("soundbite", first) ? soundbiteName(label.group(2)) : Optional.of(name);
            turns.add(new Turn(line.span(), line.start() + from + label.end(), speaker));
        }
        return role && labels.size() >= 2 && turns.size() >= MIN_TRANSCRIPT_LINES ? new Dialogue(turns) : Dialogue.NONE;
    }

    /** "– \"Andriy\", 38, rifleman" → Andriy; " (Ольга Н., мать военнослужащего)" → Ольга Н. */
    private static Optional<String> soundbiteName(String after) {
        if (after == null) {
            return Optional.empty();
        }
        String name = after.strip().replaceFirst("^[(–—-]\\s*", "").split("[,)(]")[0]
                .replaceAll("[«»\"“”]", "").strip();
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.split("\\s+").length <= 5
                ? Optional.of(name) : Optional.empty();
    }

    private Dialogue labelledInterview(List<Line> lines, List<Mention> mentions) {
        List<String> labelOf = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Line line : lines) {
            Matcher label = NAME_LABEL.matcher(line.words());
            String name = label.find() ? label.group(1) : null;
            labelOf.add(name);
            if (name != null) {
                int[] count = counts.computeIfAbsent(name, k -> new int[2]);
                count[0]++;
                count[1] += line.asks() ? 1 : 0;
            }
        }
        // the interviewer asks in (nearly) every line; the interviewee answers the line after
        Optional<String> interviewer = counts.entrySet().stream()
                .filter(e -> e.getValue()[1] >= MIN_TURNS && e.getValue()[1] * 4 >= e.getValue()[0] * 3)
                .map(Map.Entry::getKey).findFirst();
        if (interviewer.isEmpty()) {
            return Dialogue.NONE;
        }
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String label = labelOf.get(i);
            if (label != null && !label.equals(interviewer.get()) && interviewer.get().equals(labelOf.get(i - 1))) {
                answers.merge(label, 1, Integer::sum);
            }
        }
        Optional<String> interviewee = answers.entrySet().stream().filter(e -> e.getValue() >= MIN_TURNS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (interviewee.isEmpty()) {
            return Dialogue.NONE;
        }
        int firstQuestion = labelOf.indexOf(interviewer.get());
        Optional<String> speaker = is("answer", interviewee.get().toLowerCase(Locale.ROOT))
                ? leadName(lines, firstQuestion, mentions) : interviewee;
        if (speaker.isEmpty()) {
            return Dialogue.NONE;
        }
        List<Turn> turns = new ArrayList<>(headline(lines, speaker.get()));
        for (int i = 0; i < lines.size(); i++) {
            String label = labelOf.get(i);
            Line line = lines.get(i);
            int wordsStart = line.start() + (label == null ? 0 : NAME_LABEL.matcher(line.words()).results()
                    .findFirst().orElseThrow().end());
            if (interviewer.get().equals(label)) {
                turns.add(new Turn(line.span(), wordsStart, Optional.empty()));
            } else if (interviewee.get().equals(label)) {
                turns.add(new Turn(line.span(), wordsStart, speaker));
            }
        }
        return new Dialogue(turns);
    }

    private Dialogue dashedInterview(AnalysedText text, List<Line> lines, List<Mention> mentions) {
        List<Integer> questions = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!DASH.matcher(line.words()).find()) {
                continue;
            }
            if (remarks(text, line)) {
                return Dialogue.NONE;
            }
            if (line.asks()) {
                questions.add(i);
            } else if (!questions.isEmpty() && questions.get(questions.size() - 1) == i - 1) {
                answers.add(i);
            }
        }
        if (answers.size() < MIN_TURNS) {
            return Dialogue.NONE;
        }
        Optional<String> interviewee = leadName(lines, questions.get(0), mentions);
        if (interviewee.isEmpty()) {
            return Dialogue.NONE;
        }
        List<Turn> turns = new ArrayList<>(headline(lines, interviewee.get()));
        for (int i : questions) {
            turns.add(new Turn(lines.get(i).span(), lines.get(i).start(), Optional.empty()));
        }
        for (int i : answers) {
            turns.add(new Turn(lines.get(i).span(), lines.get(i).start(), interviewee));
        }
        return new Dialogue(turns);
    }

    /** Whether a dash line holds an author's remark after a quotation: "— Трое, — говорит он." */
    private boolean remarks(AnalysedText text, Line line) {
        Matcher remark = REMARK.matcher(line.words());
        while (remark.find()) {
            int at = line.start() + remark.end();
            for (Sentence sentence : text.sentences()) {
                for (Token token : sentence.tokens()) {
                    if (token.span().start() == at && !cues.startingAt(token).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The interviewee the lead names at its start, the lead being the line before the first question: "Павел (имя
     * изменено) — …", "Maxim, 38, was …", "Адвокат Ирина Лазарева с …" (a title before the name is left out). A name
     * that is a place, a region, a unit or an organisation is none.
     */
    private Optional<String> leadName(List<Line> lines, int firstQuestion, List<Mention> mentions) {
        if (firstQuestion < 1) {
            return Optional.empty();
        }
        Line lead = lines.get(firstQuestion - 1);
        String words = lead.words();
        int skip = 0;
        String firstWord = words.split("\\s+")[0];
        if (is("title", firstWord.toLowerCase(Locale.ROOT))) {
            skip = firstWord.length() + 1;
        }
        Matcher name = LEAD_NAME.matcher(words.substring(Math.min(skip, words.length())));
        if (!name.find()) {
            return Optional.empty();
        }
        Span span = new Span(lead.start() + skip, lead.start() + skip + name.end(1));
        boolean elsewhere = mentions.stream().anyMatch(m -> NO_NAMES.contains(m.type()) && m.span().overlaps(span));
        return elsewhere ? Optional.empty() : Optional.of(name.group(1));
    }

    /** The quotation opening an interview's headline, "«Из ста двенадцати осталось девятнадцать»: …": the speaker's. */
    private static List<Turn> headline(List<Line> lines, String speaker) {
        Line first = lines.get(0);
        Matcher opening = OPENING_QUOTATION.matcher(first.words());
        if (!opening.find()) {
            return List.of();
        }
        String mark = opening.group(1);
        String closing = mark.equals("«") ? "»" : mark.equals("“") ? "”" : "\"";
        int close = first.words().indexOf(closing, opening.end());
        return close < 0 ? List.of()
                : List.of(new Turn(new Span(first.start(), first.start() + close), first.start(),
                        Optional.of(speaker)));
    }
}
