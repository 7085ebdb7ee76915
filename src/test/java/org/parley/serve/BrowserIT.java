package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.pipeline.IngestedSamples;

/**
 * The pages in a real browser: Debian's headless Chromium driven by Selenium through Debian's chromedriver (nothing
 * is downloaded). On the ingested samples: a named query shows rows, the graph view draws nodes and a click on one
 * shows its statements with their sentences, an entity page lists statements, the Fuseki UI lists the dataset, and
 * no page logs an error. Screenshots go to target/screenshots/. Skipped, saying so, where there is no Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"), Path.of("/usr/lib/chromium/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static ParleyServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Path chromium = BROWSERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
        Path driver = DRIVERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null && driver != null, "skipped: no Chromium and chromedriver at "
                + BROWSERS + " and " + DRIVERS + " (Debian: apt-get install chromium chromium-driver; .ci/run does)");
        server = ParleyServer.start(IngestedSamples.store().datasetGraph(), ParleyServer.Options.defaults().withPort(0));
        profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1600,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * No page may log an error (a failed request, a script error) to the console. The one exception: the Fuseki
     * UI's query editor (YASGUI) fetches prefixes from a service on the internet, which this test does not reach;
     * its failure to load something from another host is not counted there. Our pages load nothing from elsewhere.
     */
    @AfterEach
    void noConsoleErrors(TestInfo test) throws IOException {
        String name = test.getTestMethod().orElseThrow().getName();
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        boolean fusekiUi = name.equals("theFusekiUiWorksAtItsOwnPath");
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !(fusekiUi && m.startsWith("http") && !m.startsWith(server.baseUrl())))
                .toList();
        assertEquals(List.of(), errors, "console errors");
    }

    private static void open(String path) {
        browser.get(server.baseUrl() + path);
    }

    @Test
    void aNamedQueryRunsOnAClickAndShowsReadableRows() {
        open("");
        WebElement named = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-query='regions-in-demands']")));
        named.click();
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ rows")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#results table.results tbody tr"));
        assertFalse(rows.isEmpty(), "rows shown");
        assertTrue(rows.size() <= 50, "paged: " + rows.size());
        assertTrue(browser.getPageSource().contains("regions-in-demands"), "the query's text is in the editor");
        WebElement date = browser.findElement(By.cssSelector("#results td time"));
        assertTrue(date.getAttribute("datetime").matches("\\d{4}-\\d{2}-\\d{2}"), "a date shown as a date");
        assertFalse(date.getText().contains("^^"), date.getText());
        WebElement wikidata = browser.findElement(By.cssSelector("#results a[href^='https://www.wikidata.org/wiki/Q']"));
        assertTrue(wikidata.getText().matches("Q\\d+"), wikidata.getText());
        assertTrue(browser.findElement(By.id("csv")).isEnabled());
    }

    @Test
    void theGraphViewDrawsNodesAndAClickShowsTheirStatementsWithEvidence() {
        open("graph");
        wait.until(ExpectedConditions.textMatches(By.id("cap"), java.util.regex.Pattern.compile("Showing \\d+ of \\d+")));
        JavascriptExecutor js = browser;
        long nodes = (Long) js.executeScript("return window.parleyGraph.nodes().length");
        long edges = (Long) js.executeScript("return window.parleyGraph.edges().length");
        assertTrue(nodes > 20 && edges > 20, nodes + " nodes, " + edges + " edges");
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js.executeScript(
                "const n = window.parleyGraph.nodes().max(n => n.data('statements')).ele;"
                        + "const p = n.renderedPosition(); const c = document.getElementById('cy').getBoundingClientRect();"
                        + "return {x: p.x, y: p.y, w: c.width, h: c.height, label: n.data('label')};");
        WebElement canvas = browser.findElement(By.id("cy"));
        int dx = (int) Math.round(((Number) at.get("x")).doubleValue() - ((Number) at.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) at.get("y")).doubleValue() - ((Number) at.get("h")).doubleValue() / 2);
        new Actions(browser).moveToElement(canvas, dx, dy).click().perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details h2"), (String) at.get("label")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#details blockquote.evidence")));
        String details = browser.findElement(By.id("details")).getText();
        assertTrue(details.matches("(?s).*\\d+ statements?.*"), details);
        assertFalse(browser.findElements(By.cssSelector("#details .statement time")).isEmpty(), "statement dates shown");
    }

    @Test
    void anEntityPageListsWhatWasSaidByAndAboutIt() {
        open("entity/Q212");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#entity h1"), "Ukraine"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#made table.results tbody tr")));
        assertFalse(browser.findElements(By.cssSelector("#about table.results tbody tr")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#entity a[href='https://www.wikidata.org/wiki/Q212']")).isEmpty());
    }

    @Test
    @Order(Integer.MAX_VALUE)  // last: its editor's request to the internet may fail after the test has moved on
    void theFusekiUiWorksAtItsOwnPath() {
        open("fuseki/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/parley"));
        WebElement query = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'query')] | //button[contains(., 'query')]")));
        query.click();
        wait.until(ExpectedConditions.urlContains("/fuseki/#/dataset/parley/query"));
    }
}
