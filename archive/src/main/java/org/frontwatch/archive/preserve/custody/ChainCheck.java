package org.frontwatch.archive.preserve.custody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontwatch.archive.preserve.VerificationFailure;
import org.frontwatch.model.StoreException;

/**
 * The result of re-reading a custody log and recomputing its chain: every line must be the canonical rendering
 * of its entry, carry the hash the rule on {@link CustodyEntry} gives, link to the previous hash and continue the
 * sequence. Stops at the first bad line.
 *
 * @param entries entries checked and found good
 * @param head    the hash of the last good entry
 * @param failure the first bad line, if any
 */
public record ChainCheck(long entries, String head, Optional<VerificationFailure> failure) {
    public ChainCheck {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(failure, "failure");
    }

    /** Checks the log at {@code file}; a missing file is an empty, valid log. */
    public static ChainCheck of(Path file) {
        if (!Files.exists(file)) {
            return new ChainCheck(0, CustodyEntry.GENESIS, Optional.empty());
        }
        String name = String.valueOf(file.getFileName());
        Checker checker = new Checker(name);
        try {
            LineScanner.Result scanned = LineScanner.scan(file, checker::line);
            if (checker.failure == null && scanned.tornTail()) {
                checker.failure = new VerificationFailure(name, scanned.terminatedEnd(),
                        OptionalLong.of(checker.expectedSeq), "", "",
                        "unterminated last line (torn by a crash; repaired at the next open)");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read custody log " + file + ": " + e.getMessage(), e);
        }
        return new ChainCheck(checker.good, checker.prev, Optional.ofNullable(checker.failure));
    }

    public boolean ok() {
        return failure.isEmpty();
    }

    private static final class Checker {
        private final String name;
        private long expectedSeq = 1;
        private long good;
        private String prev = CustodyEntry.GENESIS;
        private VerificationFailure failure;

        Checker(String name) {
            this.name = name;
        }

        void line(long offset, long number, byte[] bytes) {
            if (failure != null) {
                return;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            CustodyEntry entry;
            try {
                entry = CustodyLineParser.parse(text);
            } catch (IllegalArgumentException e) {
                fail(offset, "", "", "line " + number + " unreadable: " + e.getMessage());
                return;
            }
            if (entry.seq() != expectedSeq) {
                fail(offset, "seq " + expectedSeq, "seq " + entry.seq(), "line " + number + " breaks the sequence");
            } else if (!entry.prev().equals(prev)) {
                fail(offset, prev, entry.prev(), "line " + number + " does not link to the previous entry's hash");
            } else if (!entry.computedHash().equals(entry.hash())) {
                fail(offset, entry.hash(), entry.computedHash(), "line " + number + " hash does not match its content");
            } else if (!entry.line().equals(text)) {
                fail(offset, entry.line(), text, "line " + number + " is not in canonical form");
            } else {
                good++;
                expectedSeq++;
                prev = entry.hash();
            }
        }

        private void fail(long offset, String expected, String actual, String problem) {
            failure = new VerificationFailure(name, offset, OptionalLong.of(expectedSeq), expected, actual, problem);
        }
    }
}
