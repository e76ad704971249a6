package org.frontwatch.archive.preserve.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontwatch.archive.preserve.VerificationFailure;
import org.frontwatch.model.StoreException;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The result of re-reading every record of every Frontwatch WARC file in a directory and recomputing each
 * {@code WARC-Block-Digest} and {@code WARC-Payload-Digest} it carries. Stops at the first bad record.
 *
 * @param files    WARC files read (up to and including the one with the failure)
 * @param records  records read and found good
 * @param digests  digests recomputed and found equal
 * @param failure  the first bad record, if any
 */
public record ArchiveCheck(int files, long records, long digests, Optional<VerificationFailure> failure) {
    public ArchiveCheck {
        Objects.requireNonNull(failure, "failure");
    }

    public boolean ok() {
        return failure.isEmpty();
    }

    /** Checks every WARC file in {@code warcDirectory}; a missing directory is an empty, valid archive. */
    public static ArchiveCheck of(Path warcDirectory) {
        List<Path> files;
        try {
            files = WarcFileNames.list(warcDirectory);
        } catch (IOException e) {
            throw new StoreException("cannot list WARC directory " + warcDirectory + ": " + e.getMessage(), e);
        }
        int filesRead = 0;
        long records = 0;
        long digests = 0;
        for (Path file : files) {
            filesRead++;
            String name = String.valueOf(file.getFileName());
            try (GzipMembers members = new GzipMembers(file, ArchiveScan.MAX_RECORD_BYTES)) {
                while (true) {
                    long position = members.position();
                    Optional<GzipMembers.Member> member;
                    WarcRecord record;
                    try {
                        member = members.next();
                        if (member.isEmpty()) {
                            break;
                        }
                        record = member.get().record();
                    } catch (IOException | RuntimeException e) {
                        return failed(filesRead, records, digests, name, position, "", "",
                                "unreadable record: " + e.getMessage());
                    }
                    Optional<VerificationFailure> failure;
                    try {
                        failure = checkRecord(name, position, record);
                    } catch (IOException | RuntimeException e) {
                        return failed(filesRead, records, digests, name, position, "", "",
                                "unreadable " + record.type() + " record: " + e.getMessage());
                    }
                    if (failure.isPresent()) {
                        return new ArchiveCheck(filesRead, records, digests, failure);
                    }
                    records++;
                    digests += (record.blockDigest().isPresent() ? 1 : 0)
                            + (record instanceof WarcTargetRecord target && target.payloadDigest().isPresent() ? 1 : 0);
                }
            } catch (IOException e) {
                return failed(filesRead, records, digests, name, 0, "", "", "cannot read file: " + e.getMessage());
            }
        }
        return new ArchiveCheck(filesRead, records, digests, Optional.empty());
    }

    private static Optional<VerificationFailure> checkRecord(String name, long position, WarcRecord record) throws IOException {
        byte[] block;
        try (InputStream in = record.body().stream()) {
            block = in.readAllBytes();
        }
        Optional<WarcDigest> blockDigest = record.blockDigest();
        if (blockDigest.isPresent()) {
            Optional<VerificationFailure> failure = compare(name, position, record, "block", blockDigest.get(), block);
            if (failure.isPresent()) {
                return failure;
            }
        }
        if (record instanceof WarcTargetRecord target && target.payloadDigest().isPresent()) {
            byte[] payload = payloadOf(record.type(), block);
            return compare(name, position, record, "payload", target.payloadDigest().get(), payload);
        }
        return Optional.empty();
    }

    private static byte[] payloadOf(String type, byte[] block) throws IOException {
        if (!"response".equals(type) && !"request".equals(type)) {
            return block;
        }
        org.netpreserve.jwarc.Message http = "response".equals(type)
                ? org.netpreserve.jwarc.HttpResponse.parse(java.nio.channels.Channels.newChannel(
                        new java.io.ByteArrayInputStream(block)))
                : org.netpreserve.jwarc.HttpRequest.parse(java.nio.channels.Channels.newChannel(
                        new java.io.ByteArrayInputStream(block)));
        try (InputStream body = http.body().stream()) {
            return body.readAllBytes();
        }
    }

    private static Optional<VerificationFailure> compare(String name, long position, WarcRecord record, String what,
                                                         WarcDigest expected, byte[] bytes) {
        MessageDigest digester;
        try {
            digester = expected.getDigester();
        } catch (NoSuchAlgorithmException e) {
            return Optional.of(failure(name, position, expected.toString(), "",
                    what + " digest algorithm unknown: " + expected.algorithm()));
        }
        String actual = HexFormat.of().formatHex(digester.digest(bytes));
        String wanted = expected.hex();
        if (actual.equals(wanted)) {
            return Optional.empty();
        }
        String algorithm = expected.algorithm().toLowerCase(java.util.Locale.ROOT);
        return Optional.of(failure(name, position, algorithm + ":" + wanted, algorithm + ":" + actual,
                record.type() + " record " + what + " digest mismatch"));
    }

    private static ArchiveCheck failed(int files, long records, long digests, String name, long position,
                                       String expected, String actual, String problem) {
        return new ArchiveCheck(files, records, digests, Optional.of(failure(name, position, expected, actual,
                problem)));
    }

    private static VerificationFailure failure(String name, long position, String expected, String actual,
                                               String problem) {
        return new VerificationFailure(name, position, OptionalLong.empty(), expected, actual, problem);
    }
}
