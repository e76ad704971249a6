package org.frontwatch.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.frontwatch.extract.Extractor;
import org.frontwatch.extract.json.ExtractionJson;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Claim;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Figure;
import org.frontwatch.model.FrontwatchException;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;

/**
 * Scores the extractor on a directory of {@code NAME.txt} with {@code NAME.gold.json} (contract JSON with a
 * top-level {@code published}; the language is identified, not taken from gold, so that it is scored too).
 *
 * <p>Matching, one to one and greedy in text order:
 * <ul>
 *   <li>language: right or wrong per document;</li>
 *   <li>mentions per type (REGION, PLACE, UNIT, ORG, DATE, QUANTITY): same type, overlapping span, and the same key
 *   — for PLACE the English name when the gold has no key, for DATE the same from/to, for QUANTITY the same low and
 *   high;</li>
 *   <li>claims: the same low and high, and the same claimant (the same {@code org:} key, or one name containing the
 *   other, ignoring case; or neither has one);</li>
 *   <li>events: the same type and overlapping spans; {@code event-types}: the set of types per document;
 *   {@code event-origin}: the set of (type, origin region) pairs per document.</li>
 * </ul>
 * A gold file that cannot be read is reported as a problem and skipped; the run goes on. Every value left
 * unmatched is kept as a {@link ScoringError} (missed or spurious) so that a reader can see where the scores come
 * from.
 */
public final class Evaluator {
    private static final List<MentionType> SCORED = List.of(MentionType.REGION, MentionType.PLACE, MentionType.UNIT,
            MentionType.ORG, MentionType.DATE, MentionType.QUANTITY);
    private static final String GOLD_SUFFIX = ".gold.json";

    private final Extractor extractor;

    public Evaluator(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Scores every {@code NAME.txt} of {@code dir} that has a {@code NAME.gold.json} beside it. */
    public EvaluationReport evaluate(Path dir) {
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(f -> f.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), null, "cannot list the evaluation directory: "
                    + e.getMessage(), e);
        }
        Map<String, FieldScore> scores = new LinkedHashMap<>();
        for (String field : fieldNames()) {
            scores.put(field, new FieldScore(field, 0, 0, 0));
        }
        List<String> problems = new ArrayList<>();
        List<ScoringError> errors = new ArrayList<>();
        int documents = 0;
        for (Path goldFile : golds) {
            String name = goldFile.getFileName().toString();
            Path textFile = goldFile.resolveSibling(name.substring(0, name.length() - GOLD_SUFFIX.length()) + ".txt");
            try {
                Extraction gold = ExtractionJson.read(goldFile);
                String text = Files.readString(textFile, StandardCharsets.UTF_8);
                Extraction found = extractor.extract(text, gold.published(), Optional.empty());
                score(textFile.getFileName().toString(), gold, found, scores, errors);
                documents++;
            } catch (IOException e) {
                problems.add(textFile + ": cannot read: " + e.getMessage());
            } catch (FrontwatchException e) {
                problems.add(e.getMessage());
            }
        }
        return new EvaluationReport(documents, List.copyOf(scores.values()), problems, errors);
    }

    /** The fields of a report, in order. */
    public static List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        names.add("language");
        SCORED.forEach(t -> names.add(t.name()));
        names.addAll(List.of("claims", "events", "event-types", "event-origin"));
        return names;
    }

    static void score(Extraction gold, Extraction found, Map<String, FieldScore> scores) {
        score("", gold, found, scores, new ArrayList<>());
    }

    static void score(String document, Extraction gold, Extraction found, Map<String, FieldScore> scores,
                      List<ScoringError> errors) {
        boolean rightLanguage = gold.language() == found.language();
        scores.merge("language", new FieldScore("language", rightLanguage ? 1 : 0, rightLanguage ? 0 : 1,
                rightLanguage ? 0 : 1), Evaluator::sum);
        if (!rightLanguage) {
            errors.add(new ScoringError(document, "language", true, found.language().code()
                    + " instead of " + gold.language().code()));
        }
        Scoring scoring = new Scoring(document, scores, errors);
        for (MentionType type : SCORED) {
            scoring.add(type.name(), gold.mentionsOf(type), found.mentionsOf(type), Evaluator::sameMention,
                    Evaluator::describe);
        }
        scoring.add("claims", gold.claims(), found.claims(), Evaluator::sameClaim, Evaluator::describe);
        scoring.add("events", gold.events(), found.events(),
                (g, f) -> g.type() == f.type() && g.span().overlaps(f.span()), Evaluator::describe);
        scoring.add("event-types", typesOf(gold), typesOf(found), String::equals, Function.identity());
        scoring.add("event-origin", originsOf(gold), originsOf(found), String::equals, Function.identity());
    }

    private record Scoring(String document, Map<String, FieldScore> scores, List<ScoringError> errors) {
        <T> void add(String field, List<T> gold, List<T> found, BiPredicate<T, T> same, Function<T, String> describe) {
            boolean[] used = new boolean[found.size()];
            int matched = 0;
            for (T expected : gold) {
                boolean hit = false;
                for (int k = 0; k < found.size() && !hit; k++) {
                    if (!used[k] && same.test(expected, found.get(k))) {
                        used[k] = true;
                        hit = true;
                    }
                }
                if (hit) {
                    matched++;
                } else {
                    errors.add(new ScoringError(document, field, false, describe.apply(expected)));
                }
            }
            for (int k = 0; k < found.size(); k++) {
                if (!used[k]) {
                    errors.add(new ScoringError(document, field, true, describe.apply(found.get(k))));
                }
            }
            scores.merge(field, new FieldScore(field, matched, found.size() - matched, gold.size() - matched),
                    Evaluator::sum);
        }
    }

    private static String describe(Mention mention) {
        String value = switch (mention.type()) {
            case DATE -> mention.date().map(d -> d.from() + ".." + d.to()).orElse("");
            case QUANTITY -> mention.figure().map(Evaluator::describe).orElse("");
            case PLACE -> mention.key() + " " + mention.place().map(p -> p.name()).orElse("");
            default -> mention.key();
        };
        return "\"" + mention.text() + "\" @" + mention.span().start() + " " + value;
    }

    private static String describe(Claim claim) {
        return describe(claim.figure()) + " by " + claim.claimantKey().or(claim::claimant).orElse("(none)") + " \""
                + claim.text() + "\" @" + claim.span().start();
    }

    private static String describe(Figure figure) {
        return figure.low().isPresent() ? figure.low().getAsLong() + (figure.high().equals(figure.low()) ? ""
                : ".." + (figure.high().isPresent() ? figure.high().getAsLong() : "")) : ".." + figure.high().getAsLong();
    }

    private static String describe(EventReport report) {
        String sentence = report.text().length() > 90 ? report.text().substring(0, 90) + "…" : report.text();
        return report.type() + " @" + report.span().start() + " origin=" + report.origin() + " units="
                + report.units() + " \"" + sentence.replace('\n', ' ') + "\"";
    }

    private static FieldScore sum(FieldScore a, FieldScore b) {
        return a.plus(b.truePositives(), b.falsePositives(), b.falseNegatives());
    }

    static boolean sameMention(Mention gold, Mention found) {
        if (gold.type() != found.type() || !gold.span().overlaps(found.span())) {
            return false;
        }
        return switch (gold.type()) {
            case PLACE -> gold.key().isEmpty()
                    ? gold.place().map(p -> p.name()).orElse(gold.text()).equalsIgnoreCase(
                            found.place().map(p -> p.name()).orElse(found.text()))
                    : gold.key().equals(found.key());
            case DATE -> gold.date().equals(found.date().map(d -> d)) || sameDays(gold, found);
            case QUANTITY -> gold.figure().map(g -> found.figure().filter(f -> f.low().equals(g.low())
                    && f.high().equals(g.high())).isPresent()).orElse(false);
            default -> gold.key().equalsIgnoreCase(found.key());
        };
    }

    private static boolean sameDays(Mention gold, Mention found) {
        return gold.date().isPresent() && found.date().isPresent()
                && gold.date().get().from().equals(found.date().get().from())
                && gold.date().get().to().equals(found.date().get().to());
    }

    static boolean sameClaim(Claim gold, Claim found) {
        if (!gold.figure().low().equals(found.figure().low()) || !gold.figure().high().equals(found.figure().high())) {
            return false;
        }
        if (gold.claimantKey().isPresent() && gold.claimantKey().equals(found.claimantKey())) {
            return true;
        }
        if (gold.claimant().isEmpty() || found.claimant().isEmpty()) {
            return gold.claimant().isEmpty() && found.claimant().isEmpty();
        }
        String expected = gold.claimant().get().toLowerCase(Locale.ROOT);
        String actual = found.claimant().get().toLowerCase(Locale.ROOT);
        return expected.contains(actual) || actual.contains(expected);
    }

    private static List<String> typesOf(Extraction extraction) {
        Set<String> types = new HashSet<>();
        extraction.events().forEach(e -> types.add(e.type().name()));
        return List.copyOf(types);
    }

    private static List<String> originsOf(Extraction extraction) {
        Set<String> pairs = new HashSet<>();
        for (EventReport report : extraction.events()) {
            report.origin().forEach(region -> pairs.add(report.type() + " " + region));
        }
        return List.copyOf(pairs);
    }
}
