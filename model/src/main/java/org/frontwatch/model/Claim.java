package org.frontwatch.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure attributed to a claimant, with the sentence that carries it as evidence.
 *
 * @param claimant    who makes the claim, as the text names it ("Ukrainian forces", "Минобороны России")
 * @param claimantKey the claimant's {@code org:} key when it is a known organisation
 * @param subject     what the figure is about ("Russian losses", "soldiers who refused")
 */
public record Claim(String text, Span span, Optional<String> claimant, Optional<String> claimantKey, String subject,
                    Figure figure) {
    public Claim {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimantKey, "claimantKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(figure, "figure");
    }
}
