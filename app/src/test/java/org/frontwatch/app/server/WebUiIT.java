package org.frontwatch.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives the web UI in headless chromium against a fixture server, signed in as an analyst. */
class WebUiIT {
    private static FixtureServer fixture;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void signIn() {
        fixture = new FixtureServer(false);
        browser = BrowserSession.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(fixture.baseUrl() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-name")).sendKeys("analyst-user");
        browser.findElement(By.id("login-password")).sendKeys(FixtureServer.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-form")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void open(String hash) {
        browser.get(fixture.baseUrl() + "/" + hash);
    }

    @Test
    void searchesAndOpensAnItemWithHighlightedMentionsAndProvenance() {
        open("#/search");
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-text")));
        text.sendKeys("Иркутской");
        text.submit();
        WebElement highlight = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits mark")));
        assertThat(highlight.getText()).isEqualTo("Иркутской");
        assertThat(browser.findElement(By.id("total")).getText()).startsWith("1 item");

        browser.findElement(By.cssSelector("#hits a.hit-title")).click();
        WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-text")));
        assertThat(source.findElements(By.cssSelector("mark.m-unit"))).extracting(WebElement::getText)
                .containsExactly("1439-го полка");
        assertThat(browser.findElement(By.id("provenance")).getText()).contains(fixture.backend
                .search(allItems()).hits().stream().filter(hit -> hit.item().source().equals("Байкальский дозор"))
                .findFirst().orElseThrow().item().id());
    }

    @Test
    void facetFilterNarrowsTheHits() {
        open("#/search");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#facets input[data-facet='language'][data-value='uk']")));
        box.click();
        wait.until(ExpectedConditions.textToBe(By.id("total"), "1 item"));
    }

    @Test
    void showsIncidentMarkersOnTheOfflineMap() {
        open("#/map");
        wait.until(driver -> driver.findElements(By.cssSelector("path.incident-marker")).size() >= 4);
        assertThat(browser.findElements(By.cssSelector("path.leaflet-interactive")).size())
                .as("region outlines are drawn from the bundled GeoJSON").isGreaterThan(100);
        assertThat(browser.findElement(By.id("map-count")).getText()).startsWith("4 markers for 4 incidents");
    }

    @Test
    void drillsFromATallyRowToItsEvidence() {
        open("#/tally?by=origin&type=APPEAL");
        WebElement drill = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.drill")));
        assertThat(browser.findElement(By.id("tally-table")).getText()).contains("RU-IRK");
        drill.click();
        WebElement incident = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.drill-incident")));
        assertThat(incident.getText()).contains("Irkutsk");
        wait.until(driver -> driver.findElements(By.cssSelector("a.drill-item")).size() == 2);
        browser.findElements(By.cssSelector("a.drill-item")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-text")));
    }

    @Test
    void analystChangesAnIncidentStatusWithANote() {
        open("#/incident/" + FixtureCorpus.REFUSAL_INCIDENT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
        new Select(browser.findElement(By.id("review-select"))).selectByValue("DISPUTED");
        browser.findElement(By.id("review-note")).sendKeys("Only one channel; video location not confirmed");
        browser.findElement(By.id("review-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-message"), "disputed"));
        assertThat(browser.findElement(By.id("review-status")).getText()).isEqualTo("disputed");
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Only one channel; video location not confirmed", "analyst-user");
        assertThat(fixture.backend.incident(FixtureCorpus.REFUSAL_INCIDENT).orElseThrow().summary().status().name())
                .isEqualTo("DISPUTED");
    }

    @Test
    void hostilePostRendersInertWithoutDialogsOrRequests() throws InterruptedException {
        open("#/search?q=cellar");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits a.hit-title"))).click();
        WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-text")));
        assertThat(source.getText()).contains("<script>", "onerror=", "javascript:alert('link')");
        assertThat(browser.findElement(By.cssSelector("#item h1")).getText()).contains("<img src=x onerror=");
        WebElement frame = browser.findElement(By.id("capture-frame"));
        assertThat(frame.getAttribute("sandbox")).isEmpty();
        Thread.sleep(1500); // give the framed capture every chance to run or fetch something
        assertThat(alertText()).as("no dialog may open").isEmpty();
        assertThat(fixture.markerRequests).as("no request may reach the marker server").isEmpty();
        List<String> hrefs = browser.findElements(By.cssSelector("a[href]")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
        assertThat(hrefs).noneMatch(href -> href.toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"));
        assertThat(browser.findElements(By.cssSelector("#main script, #main img"))).isEmpty();
    }

    @Test
    void analystUploadsAFileForIngest() throws IOException {
        Path upload = Files.createTempDirectory("frontwatch-upload-test").resolve("channel-post.txt");
        Files.writeString(upload, "Мобилизованные из Бурятии записали обращение к губернатору.");
        open("#/upload");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-file"))).sendKeys(upload.toString());
        browser.findElement(By.cssSelector("#upload-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-log"), "1 item(s) preserved"));
        assertThat(fixture.backend.ingested).contains("channel-post.txt");
    }

    @Test
    void unitProfileShowsOriginsAndIncidents() {
        open("#/unit/unit:regiment:1439");
        WebElement unit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit")));
        assertThat(unit.getText()).contains("RU-IRK", "Appeal: Irkutsk families");
    }

    private static Optional<String> alertText() {
        try {
            return Optional.of(browser.switchTo().alert().getText());
        } catch (NoAlertPresentException e) {
            return Optional.empty();
        }
    }

    private static org.frontwatch.app.server.view.SearchQuery allItems() {
        return new org.frontwatch.app.server.view.SearchQuery("", java.util.Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 50);
    }

    /** Writes screenshots of the main views when -Dfrontwatch.screenshots=DIR is given. */
    @Test
    void screenshotsOfTheMainViews() throws IOException, InterruptedException {
        String directory = System.getProperty("frontwatch.screenshots", "");
        if (directory.isBlank()) {
            return;
        }
        Path target = Files.createDirectories(Path.of(directory));
        String appeal = fixture.backend.incident(FixtureCorpus.APPEAL_INCIDENT).orElseThrow().items().get(0).id();
        String[][] views = {{"search", "#/search?q=Irkutsk"}, {"item", "#/item/" + appeal},
            {"incidents", "#/incidents"}, {"incident", "#/incident/" + FixtureCorpus.APPEAL_INCIDENT},
            {"map", "#/map"}, {"timeline", "#/timeline"}, {"tally", "#/tally?by=origin&type=APPEAL"},
            {"claims", "#/claims"}};
        for (String[] view : views) {
            open(view[1]);
            Thread.sleep(1500);
            if (view[0].equals("tally")) {
                browser.findElement(By.cssSelector("button.drill")).click();
                Thread.sleep(800);
            }
            Files.write(target.resolve(view[0] + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }
}
