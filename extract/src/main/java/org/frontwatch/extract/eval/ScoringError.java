package org.frontwatch.extract.eval;

import java.util.Objects;

/**
 * One disagreement with the gold set: in {@code document}, a {@code field} value the gold has and the extractor
 * missed, or one the extractor found that the gold does not have ({@code spurious}), described for a reader.
 */
public record ScoringError(String document, String field, boolean spurious, String description) {
    public ScoringError {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(description, "description");
    }

    /** {@code document  field  missed|spurious  description}, tab-separated. */
    public String line() {
        return document + "\t" + field + "\t" + (spurious ? "spurious" : "missed") + "\t" + description;
    }
}
