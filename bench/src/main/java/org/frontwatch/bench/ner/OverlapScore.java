package org.frontwatch.bench.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontwatch.model.Span;

/**
 * Precision, recall and F1 of one entity class, matching predictions to gold entities of that class one to one by
 * span overlap (more lenient on boundaries than the official scorers); keeps the misses and false alarms to print.
 */
final class OverlapScore {
    private final String kind;
    private int predicted;
    private int correct;
    private int gold;
    private int found;
    private final List<String> missed = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    OverlapScore(String kind) {
        this.kind = kind;
    }

    /** Scores the predictions for one document against its gold entities of this class. */
    void add(String documentName, String text, List<GoldEntity> entities, List<Span> predictions) {
        List<GoldEntity> golds = entities.stream().filter(g -> g.kind().equals(kind)).toList();
        boolean[] used = new boolean[golds.size()];
        gold += golds.size();
        predicted += predictions.size();
        for (Span prediction : predictions) {
            boolean hit = false;
            for (int g = 0; g < golds.size() && !hit; g++) {
                if (!used[g] && golds.get(g).span().overlaps(prediction)) {
                    used[g] = true;
                    hit = true;
                }
            }
            if (hit) {
                correct++;
            } else {
                wrong.add(documentName + ": " + prediction.of(text));
            }
        }
        for (int g = 0; g < golds.size(); g++) {
            if (used[g]) {
                found++;
            } else {
                missed.add(documentName + ": " + golds.get(g).text());
            }
        }
    }

    String summary() {
        double precision = predicted == 0 ? 0 : (double) correct / predicted;
        double recall = gold == 0 ? 0 : (double) found / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return String.format(Locale.ROOT, "%-4s precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f", kind,
                precision, correct, predicted, recall, found, gold, f1);
    }

    void printErrors(int limit) {
        System.out.println("-- " + kind + " false alarms (first " + limit + ")");
        wrong.stream().limit(limit).forEach(System.out::println);
        System.out.println("-- " + kind + " misses (first " + limit + ")");
        missed.stream().limit(limit).forEach(System.out::println);
    }
}
