package dk.samspil.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium, driven by the chromedriver next to it (named explicitly, so nothing
 * is downloaded), with a fresh profile per browser. Every page visit can be checked against WCAG 2.2
 * AA (axe-core, reflow at 320 px, visible focus) and for JavaScript errors.
 */
public final class Browser implements AutoCloseable {

    /** The session cookie's name: __Host- prefixed, so Secure, host-only and for the whole site. */
    public static final String SESSION_COOKIE = "__Host-JSESSIONID";

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final Path downloads;

    public Browser() {
        Path profile = Path.of(System.getProperty("samspil.browser.dir", "target/chromium"), UUID.randomUUID().toString());
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=da", "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        downloads = profile.resolve("downloads").toAbsolutePath();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
    }

    public Browser open(String path) {
        driver.get(Server.at(path).toString());
        waitForPage();
        return this;
    }

    public void waitForPage() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(script("return document.readyState")));
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(css)));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String heading() {
        return find("h1").getText();
    }

    public String text() {
        return find("body").getText();
    }

    public String path() {
        return Server.BASE.relativize(java.net.URI.create(driver.getCurrentUrl())).getPath();
    }

    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Sets a field's value. A day (yyyy-mm-dd) in a date picker is typed as its reader would, dd/mm/yyyy,
     * and the picker fills the hidden field the form sends; any other field gets the value as it is.
     */
    public void fill(String css, String value) {
        WebElement field = find(css);
        if (field.getAttribute("class").contains("date-picker__external-input") && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            field.clear();
            field.sendKeys(LocalDate.parse(value).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            return;
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    /** Runs a script in the page, e.g. to shorten a timer the test cannot wait for. */
    public Object execute(String source, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(source, arguments);
    }

    /** Waits until the condition holds (or fails after the usual wait). */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
    }

    /** Forgets the session, as a browser does after the session has timed out on the server. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Clicks a link or a (non-Ajax) button and waits until the next page has replaced this one. */
    public void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    /** As {@link #clickAndWait(String)}, for an element found some other way (e.g. in a table row). */
    public void clickAndWait(WebElement element) {
        WebElement html = find("html");
        element.click();
        new WebDriverWait(driver, WAIT).until(d -> isGone(html));
        waitForPage();
    }

    /** Chromium reports an element of a replaced document as stale, or, mid-navigation, as foreign. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException midNavigation) {
            return String.valueOf(midNavigation.getMessage()).contains("does not belong to the document");
        }
    }

    /** Clicks something that sends a file and returns the file once the browser has saved it completely. */
    public Path download(String css, String fileNameEnd) {
        find(css).click();
        return new WebDriverWait(driver, WAIT).until(d -> {
            try (Stream<Path> files = Files.exists(downloads) ? Files.list(downloads) : Stream.empty()) {
                return files.filter(file -> file.getFileName().toString().endsWith(fileNameEnd)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Chooses a file in a file input, as the user's file dialog would. */
    public void upload(String css, Path file) {
        find(css).sendKeys(file.toAbsolutePath().toString());
    }

    public Browser logIn(String email, String password) {
        open("/login.xhtml");
        find("#login\\:email").sendKeys(email);
        find("#login\\:password").sendKeys(password);
        clickAndWait("#login\\:submit");
        return this;
    }

    public void logOut() {
        clickAndWait("#logout-form\\:logout");
    }

    /**
     * Checks the current page as WCAG 2.2 AA asks, at 1280 px and at 320 px wide: axe-core finds no
     * violation at either width; at 320 px nothing sticks out sideways (reflow, 1.4.10); and every
     * control that takes focus shows an outline of at least 2 px with 3:1 contrast against what is
     * behind it (2.4.7, 1.4.11), which axe does not check. Fails listing what it found.
     */
    public void assertAccessible() {
        assertNoAxeViolations();
        Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(NARROW, wide.getHeight()));
        try {
            new WebDriverWait(driver, WAIT).until(d -> ((Number) script("return window.innerWidth")).intValue() <= NARROW);
            assertEquals(List.of(), script(OVERFLOW), "Wider than " + NARROW + " px on " + path());
            assertNoAxeViolations();
        } finally {
            driver.manage().window().setSize(wide);
        }
        assertFocusVisible();
    }

    private void assertNoAxeViolations() {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(axeSource() + """
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));""");
        assertEquals(List.of(), result, "WCAG 2.2 AA violations at " + script("return window.innerWidth") + " px on " + path());
    }

    /**
     * One real Tab first, so that the browser shows focus as it does for a keyboard user; then each
     * visible control is focused in turn.
     */
    private void assertFocusVisible() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals(List.of(), script(FOCUS_VISIBLE), "Focus not visible (outline ≥ 2 px, contrast ≥ 3:1) on " + path());
    }

    /** The width of a small phone, at which WCAG's reflow criterion is measured. */
    private static final int NARROW = 320;

    /**
     * Elements whose right edge lies beyond the viewport, unless they sit in a container that scrolls
     * or clips on purpose (a visually hidden text, an off-screen skip link).
     */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const clipped = el => {
                for (let p = el; p && p !== document.body; p = p.parentElement) {
                    const style = getComputedStyle(p);
                    if (style.position === 'absolute' && (p.getBoundingClientRect().width <= 1 || style.clipPath !== 'none'
                            || p.getBoundingClientRect().right <= 0)) return true;
                    if (p !== el && ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX) && p.getBoundingClientRect().right <= width + 1) return true;
                }
                return false;
            };
            const wide = [];
            if (document.documentElement.scrollWidth > width) wide.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px');
            document.querySelectorAll('body *').forEach(el => {
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                // Its box, or text that does not fit in it (a word longer than the line), past the edge.
                const right = Math.max(box.right, style.overflowX === 'visible' ? box.left + el.scrollWidth : 0);
                if (box.width > 0 && box.height > 0 && right > width + 1 && style.visibility !== 'hidden' && !clipped(el)) {
                    wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : '') + ' ends at ' + Math.round(right) + ' px');
                }
            });
            return wide.slice(0, 10);""";

    private static final String FOCUS_VISIBLE = """
            const rgb = c => { const m = c.match(/[\\d.]+/g) || []; return m.map(Number); };
            const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
            const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
            const background = el => {
                for (let p = el.parentElement; p; p = p.parentElement) {
                    const c = rgb(getComputedStyle(p).backgroundColor);
                    if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
                }
                return [255, 255, 255];
            };
            const controls = Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex="0"]'))
                .filter(el => { const box = el.getBoundingClientRect(); return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden'; })
                .slice(0, 80);
            const problems = [];
            for (const el of controls) {
                el.focus({preventScroll: true});
                if (document.activeElement !== el) continue;
                const style = getComputedStyle(el);
                const width = parseFloat(style.outlineWidth);
                const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
                if (style.outlineStyle === 'none' || width < 2) {
                    problems.push(name + ': outline ' + style.outlineStyle + ' ' + style.outlineWidth);
                } else {
                    const ratio = contrast(rgb(style.outlineColor).slice(0, 3), background(el));
                    if (ratio < 3) problems.push(name + ': outline ' + style.outlineColor + ' at ' + ratio.toFixed(2) + ':1');
                }
            }
            if (document.activeElement) document.activeElement.blur();
            return problems.slice(0, 10);""";

    /** Forgets what the browser logged so far, after a page that was meant to fail (a 404 logs as an error). */
    public void forgetLog() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** Fails when the browser logged a JavaScript error since the last call. */
    public void assertNoJavaScriptErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
        if (!errors.isEmpty()) {
            fail("JavaScript errors on " + path() + ": " + errors);
        }
    }

    private Object script(String source) {
        return ((JavascriptExecutor) driver).executeScript(source);
    }

    private static String axeSource() {
        try {
            return Files.readString(Path.of(System.getProperty("samspil.axe")), StandardCharsets.UTF_8) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing: run npm ci in ear/", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
