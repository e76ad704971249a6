package org.frontwatch.archive.preserve.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontwatch.archive.preserve.LocalSite;
import org.frontwatch.archive.preserve.Verifier;
import org.frontwatch.archive.preserve.capture.AddressPolicy;
import org.frontwatch.archive.preserve.capture.CaptureSettings;
import org.frontwatch.archive.preserve.capture.LiveCapture;
import org.frontwatch.archive.preserve.capture.UrlCapturer;
import org.frontwatch.archive.preserve.custody.CustodyLog;
import org.frontwatch.archive.preserve.warc.EvidenceArchive;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.CaptureRefusedException;
import org.frontwatch.model.ItemStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecheckerIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-12T08:00:00Z"), ZoneOffset.UTC);
    private static final String FIRST = "<html><head><title>Обращение</title></head><body><article><p>Жёны"
            + " мобилизованных из Бурятии просят вернуть мужей домой после шести месяцев на фронте.</p></article>"
            + "</body></html>";
    private static final String EDITED = FIRST.replace("шести", "семи");

    @TempDir
    Path data;
    LocalSite site;
    UrlCapturer capturer;

    @BeforeEach
    void startSite() throws Exception {
        site = new LocalSite();
        capturer = new UrlCapturer(CaptureSettings.defaults().withAllowPrivate(true));
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void seesChangedThenDeletedAndEveryCaptureIsKept() {
        String url = site.url("/post/77");
        site.html("/post/77", FIRST);
        Rechecker rechecker = new Rechecker(capturer, DeletionMarkers.standard(), CLOCK);
        try (EvidenceArchive archive = EvidenceArchive.open(data.resolve("warc"));
             CustodyLog custody = CustodyLog.open(data.resolve("custody.log"))) {
            LiveCapture original = capturer.capture(url);
            CaptureLocation first = archive.preserveExchange(original);
            custody.append("ingest", "captured", first.sha256(), Map.of("uri", url));

            RecheckOutcome same = rechecker.recheck(url, first.sha256());
            assertThat(same.verdict()).isEqualTo(RecheckOutcome.Verdict.UNCHANGED);
            assertThat(same.status()).isEqualTo(ItemStatus.ACTIVE);

            site.html("/post/77", EDITED);
            RecheckOutcome changed = rechecker.recheck(url, first.sha256());
            assertThat(changed.verdict()).isEqualTo(RecheckOutcome.Verdict.CHANGED);
            CaptureLocation second = archive.preserveExchange(changed.capture().orElseThrow());
            custody.append("recheck", "status-changed", first.sha256(), Map.of("status", "changed",
                    "capture", second.sha256()));

            site.page("/post/77", 410, "text/plain", "gone");
            RecheckOutcome deleted = rechecker.recheck(url, second.sha256());
            assertThat(deleted.verdict()).isEqualTo(RecheckOutcome.Verdict.DELETED);
            assertThat(deleted.evidence()).isEqualTo("HTTP 410");
            assertThat(deleted.checkedAt()).isEqualTo(CLOCK.instant());
            assertThat(deleted.status()).isEqualTo(ItemStatus.DELETED);
            custody.append("recheck", "status-changed", first.sha256(), Map.of("status", "deleted",
                    "at", deleted.checkedAt().toString()));

            assertThat(second.sha256()).isNotEqualTo(first.sha256());
            assertThat(new String(archive.payload(first), StandardCharsets.UTF_8)).isEqualTo(FIRST);
            assertThat(new String(archive.payload(second), StandardCharsets.UTF_8)).isEqualTo(EDITED);
            assertThat(custody.entries(first.sha256())).hasSize(3);
        }
        assertThat(new Verifier().verify(data.resolve("warc"), data.resolve("custody.log")).ok()).isTrue();
    }

    @Test
    void readsAPostNotFoundPageAsDeleted() {
        site.html("/frontwatch_test/12", "<html><head><title>Telegram: Contact @frontwatch_test</title></head>"
                + "<body><div class=\"tgme_page_text\">Post not found</div></body></html>");
        AddressPolicy tmeIsPublic = (host, address) -> host.equals("t.me")
                ? Optional.empty() : AddressPolicy.publicOnly().refusal(host, address);
        UrlCapturer tme = new UrlCapturer(CaptureSettings.defaults(),
                host -> List.of(InetAddress.getLoopbackAddress()), tmeIsPublic, CLOCK);

        RecheckOutcome outcome = new Rechecker(tme, DeletionMarkers.standard(), CLOCK)
                .recheck("http://t.me:" + site.port() + "/frontwatch_test/12", "0".repeat(64));

        assertThat(outcome.verdict()).isEqualTo(RecheckOutcome.Verdict.DELETED);
        assertThat(outcome.evidence()).contains("post not found");
        assertThat(outcome.capture()).isPresent();
    }

    @Test
    void doesNotCallAServerErrorADeletion() {
        site.page("/flaky", 503, "text/plain", "try later");
        Rechecker rechecker = new Rechecker(capturer, DeletionMarkers.standard(), CLOCK);

        assertThatThrownBy(() -> rechecker.recheck(site.url("/flaky"), "0".repeat(64)))
                .isInstanceOf(CaptureRefusedException.class)
                .hasMessageContaining("HTTP 503");
    }
}
