package org.frontwatch.archive.preserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.frontwatch.archive.preserve.custody.CustodyLog;
import org.frontwatch.archive.preserve.warc.EvidenceArchive;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.ContentDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

class VerifierTest {
    @TempDir
    Path data;
    Path warc;
    Path custody;
    CaptureLocation second;
    CaptureLocation third;

    @BeforeEach
    void preserveThreePosts() {
        warc = data.resolve("warc");
        custody = data.resolve("custody.log");
        try (EvidenceArchive archive = EvidenceArchive.open(warc);
             CustodyLog log = CustodyLog.open(custody)) {
            for (int n = 1; n <= 3; n++) {
                CaptureLocation location = archive.preserve(SampleCaptures.post(n));
                log.append("ingest", "captured", location.sha256(),
                        Map.of("warc", location.warcFile(), "offset", Long.toString(location.offset())));
                if (n == 2) {
                    second = location;
                } else if (n == 3) {
                    third = location;
                }
            }
        }
    }

    @Test
    void reportsOkWithCounts() {
        VerificationReport report = new Verifier().verify(warc, custody);

        assertThat(report.ok()).isTrue();
        assertThat(report.warcFiles()).isEqualTo(1);
        assertThat(report.warcRecords()).isEqualTo(7);
        assertThat(report.custodyEntries()).isEqualTo(3);
        assertThat(report.describe()).startsWith("OK 1 WARC files, 7 records");
    }

    @Test
    void verifiesEvidenceWrittenByAnEarlierBuild(@TempDir Path copy) throws IOException {
        String base = "/org/frontwatch/archive/preserve/";
        Path oldWarc = copy.resolve("warc");
        Files.createDirectories(oldWarc);
        try (InputStream in = VerifierTest.class.getResourceAsStream(base
                + "warc/WarcEvidenceFuzzTestInputs/opensAndVerifiesAnyBytesWithoutThrowing/two-posts.warc.gz")) {
            Files.copy(in, oldWarc.resolve("frontwatch-20261125020619220-00001.warc.gz"));
        }
        try (InputStream in = VerifierTest.class.getResourceAsStream(base
                + "custody/CustodyLogFuzzTestInputs/checksAnyBytesWithoutThrowing/two-entries.log")) {
            Files.copy(in, copy.resolve("custody.log"));
        }

        VerificationReport report = new Verifier().verify(oldWarc, copy.resolve("custody.log"));

        assertThat(report.ok()).as(report.describe()).isTrue();
        assertThat(report.warcRecords()).isEqualTo(5);
        assertThat(report.custodyEntries()).isEqualTo(2);
        try (EvidenceArchive archive = EvidenceArchive.open(oldWarc)) {
            CaptureLocation location = archive.location(SampleCaptures.post(1).capture().sha256()).orElseThrow();
            assertThat(archive.payload(location)).isEqualTo(SampleCaptures.post(1).capture().payload());
        }
    }

    @Test
    void namesTheRecordWhosePayloadWasAltered() throws IOException {
        Path file = warc.resolve(second.warcFile());
        byte[] bytes = Files.readAllBytes(file);
        int start = (int) second.offset();
        int end = (int) nextRecordPosition(file, second.offset());
        byte[] record = gunzip(Arrays.copyOfRange(bytes, start, end));
        int idAt = new String(record, StandardCharsets.ISO_8859_1).indexOf("\"id\":2");
        record[idAt + 5] = '8';
        Files.write(file, concat(Arrays.copyOfRange(bytes, 0, start), gzip(record),
                Arrays.copyOfRange(bytes, end, bytes.length)));

        VerificationReport report = new Verifier().verify(warc, custody);

        assertThat(report.ok()).isFalse();
        assertThat(report.custodyFailure()).isEmpty();
        VerificationFailure failure = report.warcFailure().orElseThrow();
        assertThat(failure.file()).isEqualTo(second.warcFile());
        assertThat(failure.offset()).isEqualTo(second.offset());
        assertThat(failure.expected()).isEqualTo("sha256:" + second.sha256());
        assertThat(failure.actual()).isEqualTo("sha256:" + ContentDigest.sha256Hex(alteredPayload()));
        assertThat(report.describe()).contains(second.warcFile()).contains("offset " + second.offset());
    }

    @Test
    void namesTheRecordWhoseCompressedBytesWereFlipped() throws IOException {
        Path file = warc.resolve(second.warcFile());
        byte[] bytes = Files.readAllBytes(file);
        int memberEnd = (int) nextRecordPosition(file, second.offset());
        bytes[(int) second.offset() + (memberEnd - (int) second.offset()) / 2] ^= 0x01;
        Files.write(file, bytes);

        VerificationReport report = new Verifier().verify(warc, custody);

        assertThat(report.ok()).isFalse();
        assertThat(report.warcFailure()).hasValueSatisfying(failure -> {
            assertThat(failure.file()).isEqualTo(second.warcFile());
            assertThat(failure.offset()).isEqualTo(second.offset());
        });
    }

    @Test
    void namesTheCustodyEntryWithAFlippedByte() throws IOException {
        byte[] bytes = Files.readAllBytes(custody);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int secondLine = text.indexOf('\n') + 1;
        int actor = text.indexOf("ingest", secondLine);
        bytes[actor] ^= 0x01;
        Files.write(custody, bytes);

        VerificationReport report = new Verifier().verify(warc, custody);

        assertThat(report.ok()).isFalse();
        assertThat(report.warcFailure()).isEmpty();
        VerificationFailure failure = report.custodyFailure().orElseThrow();
        assertThat(failure.file()).isEqualTo("custody.log");
        assertThat(failure.seq()).hasValue(2);
        assertThat(failure.offset()).isEqualTo(secondLine);
        assertThat(report.describe()).contains("custody.log entry seq 2");
    }

    private static byte[] alteredPayload() {
        byte[] payload = SampleCaptures.post(2).capture().payload().clone();
        String text = new String(payload, StandardCharsets.UTF_8);
        payload[text.indexOf("\"id\":2") + 5] = '8';
        return payload;
    }

    private static long nextRecordPosition(Path file, long position) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (record.position() > position) {
                    return record.position();
                }
            }
        }
        throw new IOException("no record after " + position);
    }

    private static byte[] gunzip(byte[] member) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(member))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
