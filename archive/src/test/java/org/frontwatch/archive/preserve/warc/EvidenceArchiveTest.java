package org.frontwatch.archive.preserve.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.archive.preserve.SampleCaptures;
import org.frontwatch.archive.preserve.Verifier;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Collected;
import org.frontwatch.model.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;

class EvidenceArchiveTest {
    @TempDir
    Path directory;

    @Test
    void readsBackWhatItPreserved() {
        Collected post = SampleCaptures.post(1);
        try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
            CaptureLocation location = archive.preserve(post);

            assertThat(location.sha256()).isEqualTo(post.capture().sha256());
            assertThat(location.warcFile()).matches("frontwatch-\\d{17}-00001\\.warc\\.gz");
            assertThat(archive.payload(location)).isEqualTo(post.capture().payload());
        }
    }

    @Test
    void writesResourceAndMetadataRecordsWithDigestsUriAndDate() throws IOException {
        Collected post = SampleCaptures.post(2);
        CaptureLocation location;
        try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
            location = archive.preserve(post);
        }
        List<WarcRecord> records = new ArrayList<>();
        List<String> itemIds = new ArrayList<>();
        try (WarcReader reader = new WarcReader(directory.resolve(location.warcFile()))) {
            for (WarcRecord record : reader) {
                records.add(record);
                if (record instanceof WarcMetadata metadata) {
                    metadata.fields().first("item-id").ifPresent(itemIds::add);
                }
            }
        }
        assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo", "resource", "metadata");
        WarcResource resource = (WarcResource) records.get(1);
        assertThat(resource.version().toString()).isEqualTo("WARC/1.1");
        assertThat(resource.position()).isEqualTo(location.offset());
        assertThat(resource.headers().first("WARC-Payload-Digest")).contains("sha256:" + post.capture().sha256());
        assertThat(resource.headers().first("WARC-Block-Digest")).contains("sha256:" + post.capture().sha256());
        assertThat(resource.target()).isEqualTo("tg://frontwatch_test_channel/2");
        assertThat(resource.date()).isEqualTo(post.capture().capturedAt());
        WarcMetadata metadata = (WarcMetadata) records.get(2);
        assertThat(metadata.concurrentTo()).containsExactly(resource.id());
        assertThat(metadata.headers().first("WARC-Refers-To")).contains("<" + resource.id() + ">");
        assertThat(itemIds).containsExactly(post.item().id());
    }

    @Test
    void preservingTheSamePayloadAgainWritesNothing() throws IOException {
        Collected post = SampleCaptures.post(3);
        CaptureLocation first;
        long size;
        try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
            first = archive.preserve(post);
            size = Files.size(directory.resolve(first.warcFile()));
            assertThat(archive.preserve(post)).isEqualTo(first);
        }
        try (EvidenceArchive reopened = EvidenceArchive.open(directory)) {
            assertThat(reopened.preserve(post)).isEqualTo(first);
            assertThat(reopened.size()).isEqualTo(1);
        }
        assertThat(Files.size(directory.resolve(first.warcFile()))).isEqualTo(size);
        assertThat(WarcFileNames.list(directory)).hasSize(1);
    }

    @Test
    void rotatesToANewFileAtTheSizeLimit() throws IOException {
        List<CaptureLocation> locations = new ArrayList<>();
        try (EvidenceArchive archive = EvidenceArchive.open(directory, 2_000)) {
            for (int n = 0; n < 20; n++) {
                locations.add(archive.preserve(SampleCaptures.post(n)));
            }
            for (int n = 0; n < 20; n++) {
                assertThat(archive.payload(locations.get(n))).isEqualTo(SampleCaptures.post(n).capture().payload());
            }
        }
        List<Path> files = WarcFileNames.list(directory);
        assertThat(files).hasSizeGreaterThan(3);
        for (Path file : files) {
            assertThat(Files.size(file)).isLessThanOrEqualTo(2_000);
        }
        assertThat(files).extracting(f -> WarcFileNames.sequence(f.getFileName().toString()))
                .isSorted().doesNotHaveDuplicates();
        try (EvidenceArchive reopened = EvidenceArchive.open(directory, 2_000)) {
            assertThat(reopened.size()).isEqualTo(20);
            assertThat(reopened.location(SampleCaptures.post(7).capture().sha256())).contains(locations.get(7));
        }
    }

    @Test
    void indexesRotatedFilesInSidecarsAndDistrustsAnAlteredOne() throws IOException {
        List<CaptureLocation> locations = new ArrayList<>();
        try (EvidenceArchive archive = EvidenceArchive.open(directory, 2_000)) {
            for (int n = 0; n < 12; n++) {
                locations.add(archive.preserve(SampleCaptures.post(n)));
            }
        }
        List<Path> files = WarcFileNames.list(directory);
        for (Path file : files.subList(0, files.size() - 1)) {
            assertThat(DigestSidecar.of(file)).exists();
        }
        assertThat(DigestSidecar.of(files.get(files.size() - 1))).doesNotExist();
        CaptureLocation first = locations.get(0);
        Path sidecar = DigestSidecar.of(directory.resolve(first.warcFile()));
        assertThat(DigestSidecar.read(directory.resolve(first.warcFile()))).isPresent();
        Files.writeString(sidecar, Files.readString(sidecar).replace(first.sha256() + " " + first.offset(),
                first.sha256() + " " + (first.offset() + 1)));
        assertThat(DigestSidecar.read(directory.resolve(first.warcFile()))).isEmpty();

        try (EvidenceArchive reopened = EvidenceArchive.open(directory, 2_000)) {
            assertThat(reopened.location(first.sha256())).contains(first);
            assertThat(reopened.size()).isEqualTo(12);
            for (CaptureLocation location : locations) {
                assertThat(reopened.location(location.sha256())).contains(location);
            }
        }
        assertThat(DigestSidecar.read(directory.resolve(first.warcFile())).orElseThrow())
                .containsEntry(first.sha256(), first);
    }

    @Test
    void cutsBackATornTailAndKeepsWhatWasPreserved() throws IOException {
        CaptureLocation kept;
        Path file;
        long wholeLength;
        try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
            kept = archive.preserve(SampleCaptures.post(4));
            file = directory.resolve(kept.warcFile());
            wholeLength = Files.size(file);
            archive.preserve(SampleCaptures.post(5));
        }
        long fullLength = Files.size(file);
        truncate(file, fullLength - 40);

        try (EvidenceArchive reopened = EvidenceArchive.open(directory)) {
            assertThat(reopened.repair()).hasValueSatisfying(repair -> {
                assertThat(repair.file()).isEqualTo(file);
                assertThat(repair.keptBytes()).isEqualTo(wholeLength);
                assertThat(repair.removedBytes()).isEqualTo(fullLength - 40 - wholeLength);
            });
            assertThat(Files.size(file)).isEqualTo(wholeLength);
            assertThat(reopened.payload(kept)).isEqualTo(SampleCaptures.post(4).capture().payload());
            assertThat(reopened.location(SampleCaptures.post(5).capture().sha256())).isEmpty();
            CaptureLocation again = reopened.preserve(SampleCaptures.post(5));
            assertThat(reopened.payload(again)).isEqualTo(SampleCaptures.post(5).capture().payload());
        }
        assertThat(new Verifier().verify(directory, directory.resolve("custody.log")).ok()).isTrue();
    }

    @Test
    void cutsBackAGroupWhoseMetadataRecordIsMissing() throws IOException {
        CaptureLocation lost;
        long wholeLength;
        Path file;
        try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
            CaptureLocation first = archive.preserve(SampleCaptures.post(6));
            file = directory.resolve(first.warcFile());
            wholeLength = Files.size(file);
            lost = archive.preserve(SampleCaptures.post(7));
        }
        long metadataStart = recordPositions(file).get(4);
        truncate(file, metadataStart);

        try (EvidenceArchive reopened = EvidenceArchive.open(directory)) {
            assertThat(reopened.repair()).map(r -> r.keptBytes()).contains(wholeLength);
            assertThat(reopened.location(lost.sha256())).isEmpty();
        }
    }

    @Test
    void cutsBackHalfAGzipMemberAppendedAfterTheLastGroup() throws IOException {
        Path file;
        long whole;
        try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
            file = directory.resolve(archive.preserve(SampleCaptures.post(9)).warcFile());
            whole = Files.size(file);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, 120), StandardOpenOption.APPEND);

        try (EvidenceArchive reopened = EvidenceArchive.open(directory)) {
            assertThat(reopened.repair()).map(r -> r.removedBytes()).contains(120L);
        }
        assertThat(Files.size(file)).isEqualTo(whole);
    }

    @Test
    void opensCleanlyWithoutRepairWhenNothingIsTorn() {
        try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
            archive.preserve(SampleCaptures.post(8));
        }
        try (EvidenceArchive reopened = EvidenceArchive.open(directory)) {
            assertThat(reopened.repair()).isEqualTo(Optional.empty());
        }
    }

    @Test
    void refusesASecondOpenOfTheSameDirectory() {
        try (EvidenceArchive archive = EvidenceArchive.open(directory)) {
            assertThat(archive.directory()).isEqualTo(directory);
            assertThatThrownBy(() -> EvidenceArchive.open(directory))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already open");
        }
    }

    private static List<Long> recordPositions(Path file) throws IOException {
        List<Long> positions = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                positions.add(record.position());
            }
        }
        return positions;
    }

    private static void truncate(Path file, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }
}
