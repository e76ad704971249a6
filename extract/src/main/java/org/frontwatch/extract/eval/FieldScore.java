package org.frontwatch.extract.eval;

import java.util.Objects;

/** Counts of one scored field and the precision, recall and F1 they give (0 when undefined). */
public record FieldScore(String field, int truePositives, int falsePositives, int falseNegatives) {
    public FieldScore {
        Objects.requireNonNull(field, "field");
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must not be negative: tp=" + truePositives + ", fp="
                    + falsePositives + ", fn=" + falseNegatives);
        }
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    FieldScore plus(int tp, int fp, int fn) {
        return new FieldScore(field, truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }
}
