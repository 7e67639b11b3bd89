package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (never a browser Selenium downloads): the portal's
 * pages as a resident's phone (360 px) and a desk (1280 px) show them. Without {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} the tests are skipped on a developer's machine and fail under CI ({@code CI} set),
 * where {@code .ci/run} installs both.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int PHONE = 360;
    static final int DESK = 1280;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String root;
    private final Path profile;

    private Browser(ChromeDriver driver, String root, Path profile) {
        this.driver = driver;
        this.root = root;
        this.profile = profile;
    }

    /** A fresh browser on the application at {@code port}; skipped or failed as above when there is none. */
    static Browser open(int port) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String missing = "the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "): apt-get install chromium chromium-driver fonts-noto-cjk";
            if (System.getenv("CI") != null) {
                Assertions.fail("CI is set and " + missing);
            }
            Assumptions.abort(missing);
        }
        try {
            Path profile = Files.createTempDirectory("portal-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--hide-scrollbars",
                    "--lang=zh-CN",
                    "--user-data-dir=" + profile.toAbsolutePath(),
                    "--window-size=" + DESK + ",900");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the portal and waits until its own scripts have run. */
    void open(String path) {
        driver.get(root + path);
        waitFor(d -> "complete".equals(script("return document.readyState")));
    }

    /** Forgets cookies and the tab's storage: a new visitor. */
    void forget() {
        open("/");
        driver.manage().deleteAllCookies();
        script("window.sessionStorage.clear(); window.localStorage.clear();");
        errors();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits for the condition; an element replaced meanwhile (the page reloaded or re-rendered) is looked up again. */
    void waitFor(ExpectedCondition<Boolean> condition) {
        new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * Waits until the element with id {@code id} is on the page and not hidden, asked of the page in one script so that
     * a reload in between (the page after an action) cannot leave the test holding the old page's element.
     */
    void waitForShown(String id) {
        waitFor(d -> Boolean.TRUE.equals(script(
                "var e = document.getElementById(arguments[0]);"
                        + " return document.readyState === 'complete' && e !== null && !e.hidden"
                        + " && e.offsetParent !== null;",
                id)));
    }

    void waitForText(String css, String text) {
        waitFor(d -> d.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }

    void waitForPath(String path) {
        waitFor(d -> d.getCurrentUrl().substring(root.length()).startsWith(path));
        waitFor(d -> "complete".equals(script("return document.readyState")));
    }

    String path() {
        return driver.getCurrentUrl().substring(root.length());
    }

    Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    /**
     * The page at both widths: a screenshot of the whole page at each ({@code target/screenshots/<name>-360.png},
     * {@code -1280.png}); nothing wider than the phone's screen at 360 px; no serious or critical axe-core violation.
     */
    void check(String name) {
        for (int width : new int[] {PHONE, DESK}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, 600)")).longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 6000)));
            script("window.scrollTo(0, 0)");
            screenshot(name + "-" + width);
            long overflow =
                    ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
            assertThat(overflow)
                    .as("%s at %d px: wider than the screen", name, width)
                    .isLessThanOrEqualTo(0);
            assertThat(seriousViolations())
                    .as("%s at %d px: serious or critical axe-core violations", name, width)
                    .isEmpty();
        }
        driver.manage().window().setSize(new Dimension(DESK, 900));
        assertThat(errors()).as("%s: the browser's console", name).isEmpty();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's violations of impact serious or critical, one line each: rule, help, the elements. */
    List<String> seriousViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(axeSource());
        }
        Object answer = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        String text = String.valueOf(answer);
        assertThat(text).as("axe-core ran").doesNotStartWith("axe failed");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(text)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation
                            .path("nodes")
                            .forEach(node -> targets.add(node.path("target").toString()));
                    serious.add(impact + " " + violation.path("id").asText() + ": "
                            + violation.path("help").asText() + " " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }

    /** What the console logged as an error since the last call: a script that failed, a CSP refusal. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            // a 4xx the page expects and shows (a refused sign-in, a refused sign-up) is logged as a failed load
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage()
                            .matches("(?s).*Failed to load resource: the server responded with a status"
                                    + " of 4\\d\\d .*")) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("src/test/resources/axe/axe.min.js").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> cookies() {
        Map<String, Object> all = new java.util.TreeMap<>();
        driver.manage().getCookies().forEach(c -> all.put(c.getName(), c.getValue()));
        return all;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
