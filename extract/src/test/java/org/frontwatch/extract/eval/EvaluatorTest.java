package org.frontwatch.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.SharedExtractor.EXTRACTOR;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static EvaluationReport report() throws URISyntaxException {
        Path dir = Path.of(EvaluatorTest.class.getResource("/eval/appeal-en.txt").toURI()).getParent();
        return new Evaluator(EXTRACTOR).evaluate(dir);
    }

    private static Map<String, FieldScore> byField(EvaluationReport report) {
        return report.fields().stream().collect(Collectors.toMap(FieldScore::field, Function.identity()));
    }

    @Test
    void scoresEveryFieldOfTheReadableDocuments() throws URISyntaxException {
        EvaluationReport report = report();
        assertThat(report.documents()).isEqualTo(2);
        Map<String, FieldScore> scores = byField(report);
        assertThat(scores.keySet()).containsAll(Evaluator.fieldNames());
        assertThat(scores.get("language").truePositives()).isEqualTo(2);
        assertThat(scores.get("REGION").truePositives()).isEqualTo(1);
        assertThat(scores.get("UNIT").f1()).isEqualTo(1.0);
        assertThat(scores.get("DATE").truePositives()).isEqualTo(1);
        assertThat(scores.get("claims").truePositives()).isEqualTo(1);
        assertThat(scores.get("event-origin").truePositives()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void countsAMissingGoldPlaceAsFalseNegative() throws URISyntaxException {
        FieldScore place = byField(report()).get("PLACE");
        assertThat(place.falseNegatives()).isEqualTo(1);
        assertThat(place.recall()).isEqualTo(0.0);
    }

    @Test
    void listsEachMissedValueWithItsDocumentAndField() throws URISyntaxException {
        EvaluationReport report = report();
        FieldScore place = byField(report).get("PLACE");
        assertThat(report.errors()).filteredOn(e -> e.field().equals("PLACE") && !e.spurious())
                .hasSize(place.falseNegatives())
                .allSatisfy(e -> assertThat(e.document()).endsWith(".txt"));
        long spurious = report.errors().stream().filter(ScoringError::spurious).count();
        long falsePositives = report.fields().stream().mapToLong(FieldScore::falsePositives).sum();
        assertThat(spurious).isEqualTo(falsePositives);
        assertThat(report.errorLines()).contains("\tPLACE\tmissed\t");
    }

    @Test
    void reportsABrokenGoldFileAndGoesOn() throws URISyntaxException {
        EvaluationReport report = report();
        assertThat(report.problems()).singleElement().asString().contains("broken.gold.json");
        assertThat(report.table()).contains("REGION").contains("2 documents").contains("problem:");
        assertThat(report.json()).contains("\"field\" : \"claims\"").contains("\"documents\" : 2");
    }

    @Test
    void computesPrecisionRecallAndF1() {
        FieldScore score = new FieldScore("x", 3, 1, 2);
        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(0.6);
        assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new FieldScore("empty", 0, 0, 0).f1()).isZero();
    }
}
