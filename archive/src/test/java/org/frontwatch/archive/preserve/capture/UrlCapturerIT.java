package org.frontwatch.archive.preserve.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.frontwatch.archive.preserve.LocalSite;
import org.frontwatch.archive.preserve.VerificationReport;
import org.frontwatch.archive.preserve.Verifier;
import org.frontwatch.archive.preserve.warc.EvidenceArchive;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.CaptureRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlCapturerIT {
    private static final String ARTICLE = "<!doctype html><html><head><title>Appeal from the 1439th regiment</title>"
            + "</head><body><nav>Home | World | Opinion</nav><article><h1>Appeal from the 1439th regiment</h1>"
            + "<p>Men mobilised in the Irkutsk region recorded a new video appeal on Sunday, saying they had been"
            + " sent towards Avdiivka after two weeks of training.</p><p>Their wives told reporters that the unit"
            + " had lost contact with its commanders and asked the governor to intervene.</p></article>"
            + "<footer>Subscribe to our newsletter</footer></body></html>";

    @TempDir
    Path data;
    LocalSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new LocalSite();
        site.html("/article", ARTICLE);
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void capturesALocalPageWhenPrivateAddressesAreAllowed() {
        UrlCapturer capturer = new UrlCapturer(CaptureSettings.defaults().withAllowPrivate(true));

        LiveCapture capture = capturer.capture(site.url("/article"));

        assertThat(capture.status()).isEqualTo(200);
        assertThat(capture.exchanges()).hasSize(1);
        assertThat(new String(capture.last().request(), StandardCharsets.US_ASCII))
                .startsWith("GET /article HTTP/1.1\r\n").contains("Host: 127.0.0.1:" + site.port());
        assertThat(new String(capture.last().response(), StandardCharsets.UTF_8))
                .startsWith("HTTP/1.1 200").endsWith("</html>");
        assertThat(capture.collected().capture().payload()).isEqualTo(ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertThat(capture.collected().item().text()).contains("Irkutsk region").doesNotContain("newsletter");
        assertThat(capture.collected().item().metadata()).containsEntry("http_status", "200");
    }

    @Test
    void preservesTheExchangeAsVerifiableResponseAndRequestRecords() {
        site.chunkedHtml("/chunked", ARTICLE);
        UrlCapturer capturer = new UrlCapturer(CaptureSettings.defaults().withAllowPrivate(true));
        LiveCapture capture = capturer.capture(site.url("/chunked"));
        assertThat(capture.last().header("transfer-encoding")).contains("chunked");

        try (EvidenceArchive archive = EvidenceArchive.open(data.resolve("warc"))) {
            CaptureLocation location = archive.preserveExchange(capture);
            assertThat(archive.payload(location)).isEqualTo(ARTICLE.getBytes(StandardCharsets.UTF_8));
            assertThat(archive.preserveExchange(capture)).isEqualTo(location);
        }
        VerificationReport report = new Verifier().verify(data.resolve("warc"), data.resolve("custody.log"));
        assertThat(report.ok()).as(report.describe()).isTrue();
        assertThat(report.warcRecords()).isEqualTo(4);
    }

    @Test
    void followsRedirectsAndKeepsEveryHop() {
        site.redirect("/short", "/article");
        UrlCapturer capturer = new UrlCapturer(CaptureSettings.defaults().withAllowPrivate(true));

        LiveCapture capture = capturer.capture(site.url("/short"));

        assertThat(capture.exchanges()).extracting(RecordedExchange::status).containsExactly(302, 200);
        assertThat(capture.last().uri().toString()).isEqualTo(site.url("/article"));
        assertThat(capture.requestedUri()).isEqualTo(site.url("/short"));
        try (EvidenceArchive archive = EvidenceArchive.open(data.resolve("warc"))) {
            archive.preserveExchange(capture);
        }
        VerificationReport report = new Verifier().verify(data.resolve("warc"), data.resolve("custody.log"));
        assertThat(report.ok()).as(report.describe()).isTrue();
        assertThat(report.warcRecords()).isEqualTo(6);
    }

    @Test
    void refusesLoopbackWithoutPermission() {
        UrlCapturer capturer = new UrlCapturer(CaptureSettings.defaults());

        assertThatThrownBy(() -> capturer.capture(site.url("/article")))
                .isInstanceOf(CaptureRefusedException.class)
                .hasMessageContaining(site.url("/article"))
                .hasMessageContaining("127.0.0.1 is a loopback address");
    }

    @Test
    void refusesAPublicLookingNameThatRedirectsToLoopback() {
        site.redirect("/innocent", site.url("/article"));
        UrlCapturer capturer = capturerTreatingAsPublic("news.example");
        String url = "http://news.example:" + site.port() + "/innocent";

        assertThatThrownBy(() -> capturer.capture(url))
                .isInstanceOf(CaptureRefusedException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("redirected to " + site.url("/article"))
                .hasMessageContaining("loopback");
    }

    @Test
    void refusesARedirectToANameThatResolvesToLoopback() {
        site.redirect("/innocent", "http://localhost:" + site.port() + "/article");
        UrlCapturer capturer = capturerTreatingAsPublic("news.example");

        assertThatThrownBy(() -> capturer.capture("http://news.example:" + site.port() + "/innocent"))
                .isInstanceOf(CaptureRefusedException.class)
                .hasMessageContaining("redirected to http://localhost:")
                .hasMessageContaining("loopback");
    }

    @Test
    void capturesThroughTheStandInPublicName() {
        UrlCapturer capturer = capturerTreatingAsPublic("news.example");

        LiveCapture capture = capturer.capture("http://news.example:" + site.port() + "/article");

        assertThat(capture.status()).isEqualTo(200);
        assertThat(new String(capture.last().request(), StandardCharsets.US_ASCII))
                .contains("Host: news.example:" + site.port());
    }

    @Test
    void refusesAResponseOverTheSizeCap() {
        UrlCapturer capturer = new UrlCapturer(CaptureSettings.defaults().withAllowPrivate(true).withMaxBytes(200));

        assertThatThrownBy(() -> capturer.capture(site.url("/article")))
                .isInstanceOf(CaptureRefusedException.class)
                .hasMessageContaining("size cap of 200 bytes");
    }

    @Test
    void refusesEndlessRedirects() {
        site.redirect("/loop", "/loop");
        UrlCapturer capturer = new UrlCapturer(CaptureSettings.defaults().withAllowPrivate(true).withMaxRedirects(3));

        assertThatThrownBy(() -> capturer.capture(site.url("/loop")))
                .isInstanceOf(CaptureRefusedException.class)
                .hasMessageContaining("more than 3 redirects");
    }

    @Test
    void refusesSchemesOtherThanHttp() {
        UrlCapturer capturer = new UrlCapturer(CaptureSettings.defaults().withAllowPrivate(true));

        assertThatThrownBy(() -> capturer.capture("file:///etc/passwd"))
                .isInstanceOf(CaptureRefusedException.class)
                .hasMessageContaining("only http and https");
    }

    /** Resolves {@code name} to 127.0.0.1 and lets the policy treat that one name as public. */
    private static UrlCapturer capturerTreatingAsPublic(String name) {
        AddressResolver resolver = host -> host.equals(name)
                ? List.of(InetAddress.getLoopbackAddress()) : AddressResolver.system().resolve(host);
        AddressPolicy policy = (host, address) -> host.equals(name)
                ? Optional.empty() : AddressPolicy.publicOnly().refusal(host, address);
        return new UrlCapturer(CaptureSettings.defaults(), resolver, policy, Clock.systemUTC());
    }
}
