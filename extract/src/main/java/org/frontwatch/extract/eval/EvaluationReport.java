package org.frontwatch.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The scores of one evaluation run: how many documents were scored, one {@link FieldScore} per field, and the
 * problems met (unreadable gold files, with file and position), which did not stop the run.
 */
public record EvaluationReport(int documents, List<FieldScore> fields, List<String> problems,
                               List<ScoringError> errors) {
    public EvaluationReport {
        fields = List.copyOf(fields);
        problems = List.copyOf(problems);
        errors = List.copyOf(errors);
    }

    /** Every scoring error, one tab-separated line each (document, field, missed|spurious, description). */
    public String errorLines() {
        StringBuilder out = new StringBuilder();
        errors.forEach(e -> out.append(e.line()).append(System.lineSeparator()));
        return out.toString();
    }

    /** A plain-text table: field, precision, recall, F1 and the counts behind them. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %6s %6s %6s%n", "field", "precision", "recall", "F1",
                "tp", "fp", "fn"));
        for (FieldScore score : fields) {
            out.append(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %6d %6d %6d%n", score.field(),
                    score.precision(), score.recall(), score.f1(), score.truePositives(), score.falsePositives(),
                    score.falseNegatives()));
        }
        out.append(String.format(Locale.ROOT, "%d documents%n", documents));
        problems.forEach(p -> out.append("problem: ").append(p).append(System.lineSeparator()));
        return out.toString();
    }

    /** The same as JSON: {@code {"documents":…, "fields":[{"field":…, "precision":…, …}], "problems":[…]}}. */
    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("documents", documents);
        var array = root.putArray("fields");
        for (FieldScore score : fields) {
            ObjectNode node = array.addObject();
            node.put("field", score.field());
            node.put("precision", score.precision());
            node.put("recall", score.recall());
            node.put("f1", score.f1());
            node.put("tp", score.truePositives());
            node.put("fp", score.falsePositives());
            node.put("fn", score.falseNegatives());
        }
        problems.forEach(root.putArray("problems")::add);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write evaluation JSON: " + e.getMessage(), e);
        }
    }
}
