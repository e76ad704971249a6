package org.frontwatch.register.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.frontwatch.model.Claim;
import org.frontwatch.model.Figure;
import org.frontwatch.model.Span;
import org.frontwatch.register.store.StoredClaim;
import org.junit.jupiter.api.Test;

/**
 * A claim group conflicts when two of its figures do not overlap; the grouper tells it in one pass, which must agree
 * with comparing every two figures on random ranges, open bounds included.
 */
class ClaimConflictAgainstPairwiseTest {
    @Test
    void tellsAConflictExactlyWhenSomeTwoFiguresDoNotOverlap() {
        Random random = new Random(20261208);
        int conflicting = 0;
        for (int round = 0; round < 500; round++) {
            List<Figure> figures = new ArrayList<>();
            ClaimGrouper grouper = new ClaimGrouper();
            int size = 1 + random.nextInt(6);
            for (int k = 0; k < size; k++) {
                Figure figure = randomFigure(random);
                figures.add(figure);
                Claim claim = new Claim("text", new Span(0, 4), Optional.empty(), Optional.empty(), "killed", figure);
                grouper.add(new StoredClaim("claim-" + round + "-" + k, "item", claim),
                        Optional.of(LocalDate.of(2024, 5, 1)));
            }
            boolean pairwise = false;
            for (Figure a : figures) {
                for (Figure b : figures) {
                    pairwise |= !overlap(a, b);
                }
            }
            List<ClaimGroup> groups = grouper.groups();
            assertThat(groups).hasSize(1);
            assertThat(groups.get(0).conflicting()).isEqualTo(pairwise);
            conflicting += pairwise ? 1 : 0;
        }
        assertThat(conflicting).isBetween(50, 450);
    }

    /** Whether two ranges meet; a missing bound is open ("at least 234" reaches to infinity). */
    private static boolean overlap(Figure a, Figure b) {
        long aLow = a.low().orElse(Long.MIN_VALUE);
        long aHigh = a.high().orElse(Long.MAX_VALUE);
        long bLow = b.low().orElse(Long.MIN_VALUE);
        long bHigh = b.high().orElse(Long.MAX_VALUE);
        return aLow <= bHigh && bLow <= aHigh;
    }

    private static Figure randomFigure(Random random) {
        long low = random.nextInt(100);
        long high = low + random.nextInt(40);
        return switch (random.nextInt(4)) {
            case 0 -> new Figure(OptionalLong.of(low), OptionalLong.empty(), "men", Optional.empty());
            case 1 -> new Figure(OptionalLong.empty(), OptionalLong.of(high), "men", Optional.empty());
            default -> new Figure(OptionalLong.of(low), OptionalLong.of(high), "men", Optional.empty());
        };
    }
}
