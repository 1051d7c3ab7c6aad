package org.lede.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the real page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * an article with its quotes and chains, search with facets, an entity page with its chart. Screenshots of
 * each page go to target/screenshots (the README's come from there). Skipped where Chromium is not
 * installed, except in CI.
 */
class WebPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;
    static ServerFixture fixture;
    static String raidId;
    static String hostileId;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void startServer() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Chromium and chromedriver are not installed");
        fixture = new ServerFixture(data);
        raidId = fixture.postStory(ServerFixture.RAID);
        fixture.postStory(ServerFixture.TWEETS);
        fixture.postStory(ServerFixture.COURT);
        hostileId = fixture.postStory(ServerFixture.story("<img src=x onerror=\"document.title='pwned'\">",
                "<b>Evil Outlet</b>", "2023-08-01", "javascript:alert(1)",
                "VLORE (Wire) - A reader wrote <script>document.title='pwned'</script> in a comment, "
                        + "\"<img src=x onerror=alert(1)> is harmless here,\" said Arta Hoxha."));
        // A second report of the same "event", so that hostile words reach the cluster page too.
        fixture.postStory(ServerFixture.story("<i>Reader's comment</i> <script>document.title='pwned'</script>",
                "<i>Other Outlet</i>", "2023-08-02", "https://other.example/comment",
                "VLORE (Other Wire) - A reader wrote <script>document.title='pwned'</script> in a comment, and "
                        + "\"<img src=x onerror=alert(1)> is harmless here,\" Arta Hoxha said again."));
        // As lede ingest does after a run; articles posted to the API are clustered on request like this.
        fixture.store.recluster(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopServer() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1300,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }

    @Test
    void clickingAQuoteDrawsItsProvenanceChain() throws IOException {
        browser.get(fixture.base() + "/#/article/" + raidId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .quote")));

        WebElement relayed = browser.findElements(By.cssSelector("#claims .claim")).stream()
                .filter(claim -> claim.getText().contains("planned attacks abroad")).findFirst().orElseThrow();
        relayed.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chain .link")));

        assertThat(texts(By.cssSelector("#chain .link"))).containsExactly("OUTLET\nAdriatic Press", "RELAY\nIRINN",
                "SPEAKER\nNasser Karimi", "SOURCE\npress reports");
        assertThat(relayed.getAttribute("class")).contains("selected");
        // The same quote is marked in the text (in pieces where mentions split it), and a quote clicked in the
        // text draws its own chain.
        assertThat(String.join("", texts(By.cssSelector("#article-text .quote.selected"))))
                .isEqualTo("the group had planned attacks abroad");
        screenshot("article");
        browser.findElements(By.cssSelector("#article-text .quote")).stream()
                .filter(quote -> quote.getText().contains("We will not be intimidated")).findFirst().orElseThrow().click();
        assertThat(texts(By.cssSelector("#chain .link"))).containsExactly("OUTLET\nAdriatic Press",
                "SPEAKER\nBehrouz Sadeghi");
        assertThat(texts(By.cssSelector("#times td"))).containsExactly("Tuesday", "2023-06-20");
    }

    @Test
    void searchNarrowsByAFacet() throws IOException {
        browser.get(fixture.base() + "/");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("police");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "3 articles"));

        browser.findElements(By.cssSelector("#facet-outlet button")).stream()
                .filter(button -> button.getText().equals("Adriatic Press")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "2 articles"));

        assertThat(texts(By.cssSelector(".hit .title"))).containsExactlyInAnyOrder(
                "Police raid opposition camp near Tirana", "Court upholds raid warrant");
        assertThat(texts(By.cssSelector(".hit .title"))).doesNotContain("Ministry hails crackdown on exiled group");
        assertThat(texts(By.cssSelector(".chip"))).contains("outlet: Adriatic Press ✕");
        screenshot("search");
        browser.findElements(By.cssSelector(".hit .title")).get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    }

    @Test
    void claimsRestingOnASourceAreListedWithTheirChains() {
        browser.get(fixture.base() + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("resting-on"))).sendKeys("press reports");
        browser.findElement(By.cssSelector("#claims-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-list")));

        assertThat(browser.findElement(By.id("claims-total")).getText()).matches("[1-9][0-9]* claims.*");
        assertThat(texts(By.cssSelector("#claim-list .chain-line")))
                .allSatisfy(chain -> assertThat(chain).contains("Nasser Karimi ← press reports"));
    }

    @Test
    void entityPageChartsItsLabelsByOutletAndItsQuoteNetwork() throws IOException {
        browser.get(fixture.base() + "/#/entity/" + "Nasser%20Karimi");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("labels-chart")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nasser Karimi");
        assertThat(browser.findElements(By.cssSelector("#labels-chart circle.dot"))).isNotEmpty();
        assertThat(browser.findElement(By.id("labels-chart")).getText()).contains("Adriatic Press");
        assertThat(browser.findElement(By.id("network")).getText()).contains("IRINN");
        screenshot("entity");
    }

    @Test
    void clusterPageShowsTheSameEventFromTwoOutletsSideBySide() throws IOException {
        browser.get(fixture.base() + "/#/clusters");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cluster-list .title")));
        browser.findElements(By.cssSelector("#cluster-list .title")).stream()
                .filter(link -> link.getText().equals("Police raid opposition camp near Tirana")).findFirst()
                .orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reports .report")));

        List<WebElement> reports = browser.findElements(By.cssSelector("#reports .report"));
        assertThat(reports).hasSize(2);
        assertThat(texts(By.cssSelector("#reports .report .outlet")))
                .containsExactly("ADRIATIC PRESS", "GULF WIRE"); // upper case by the style sheet
        // Side by side: one row, two columns.
        assertThat(reports.get(0).getLocation().getY()).isEqualTo(reports.get(1).getLocation().getY());
        assertThat(reports.get(1).getLocation().getX()).isGreaterThan(
                reports.get(0).getLocation().getX() + reports.get(0).getSize().getWidth() - 1);
        WebElement karimi = browser.findElements(By.cssSelector("#actors .actor")).stream()
                .filter(actor -> actor.findElement(By.tagName("h3")).getText().startsWith("Nasser Karimi"))
                .findFirst().orElseThrow();
        assertThat(karimi.findElements(By.cssSelector(".wording:not(.absent)"))).hasSize(2);
        screenshot("cluster");
    }

    @Test
    void articleViewListsItsEventsAndLeadsToTheOtherReports() throws IOException {
        browser.get(fixture.base() + "/#/article/" + raidId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events td")));

        assertThat(browser.findElements(By.cssSelector("#events tr"))).hasSizeGreaterThan(1);
        assertThat(browser.findElement(By.id("events")).getText()).contains("raided");
        WebElement sameEvent = browser.findElement(By.cssSelector("#same-event a"));
        assertThat(sameEvent.getText()).isEqualTo("The same event in 1 other report");
        screenshot("article-events");
        sameEvent.click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#reports .report"), 2));
    }

    @Test
    void searchNarrowsByATechnique() throws IOException {
        browser.get(fixture.base() + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#facet-technique button")));
        // The least used technique: picking it must narrow the search to the articles the facet counted.
        List<WebElement> techniques = browser.findElements(By.cssSelector("#facet-technique li"));
        WebElement rarest = techniques.get(techniques.size() - 1);
        String name = rarest.findElement(By.tagName("button")).getText();
        String count = rarest.findElement(By.className("count")).getText();
        String before = browser.findElement(By.id("total")).getText();
        rarest.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), count + " articles"));

        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo(count + " articles").isNotEqualTo(before);
        assertThat(texts(By.cssSelector(".chip"))).contains("technique: " + name + " ✕");
        assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(Integer.parseInt(count));
        screenshot("search-technique");
    }

    @Test
    void hostileMarkupInAnArticleIsShownAsTextAndNeverRuns() {
        browser.get(fixture.base() + "/#/article/" + hostileId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("<img src=x onerror=\"document.title='pwned'\">");
        assertThat(browser.findElement(By.id("article-text")).getText()).contains("<script>document.title='pwned'</script>");
        assertThat(browser.findElements(By.cssSelector("#view img, #view script, #view b"))).isEmpty();
        // A javascript: URL is not offered as a link.
        assertThat(browser.findElements(By.cssSelector("#view a[href^='javascript']"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return document.title")).isEqualTo("Lede corpus");

        browser.get(fixture.base() + "/#/cluster/" + hostileId);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#reports .report"), 2));
        assertThat(browser.findElement(By.id("reports")).getText()).contains("<I>OTHER OUTLET</I>")
                .contains("<script>document.title='pwned'</script>");
        assertThat(browser.findElements(By.cssSelector("#view img, #view script, #view b, #view i"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return document.title")).isEqualTo("Lede corpus");
    }
}
