package org.frontwatch.extract.claim;

import java.util.Optional;

/**
 * A claimant named in a sentence, and where its attribution starts (token index): a claimant governs the figures
 * after it up to the next claimant; a figure before every claimant belongs to the first one after it. A claimant
 * read from a header ("Генштаб ВСУ: …") governs only what follows the header's colon.
 */
record Claimant(String name, Optional<String> key, int cueAt, boolean header) {
    Claimant(String name, Optional<String> key, int cueAt) {
        this(name, key, cueAt, false);
    }

    /** The same claimant, its attribution starting at token {@code position}. */
    Claimant at(int position) {
        return new Claimant(name, key, position, header);
    }
}
