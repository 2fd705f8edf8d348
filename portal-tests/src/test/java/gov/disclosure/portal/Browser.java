package gov.disclosure.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium with a fresh profile, plus the few verbs the portal scenarios need. */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("portal.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("portal.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final Path screenshots;
    private final WebDriverWait wait;

    Browser(String base, Path screenshots) throws IOException {
        this.base = base;
        this.screenshots = screenshots;
        this.profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String hashPath) {
        String target = base + "/#" + hashPath;
        afterRender(() -> {
            if (target.equals(driver.getCurrentUrl())) {
                driver.navigate().refresh(); // same URL: a get() would not even fire hashchange
            } else {
                driver.get(target);
            }
        });
    }

    /** Hash navigation inside the already loaded app (keeps sessionStorage, like clicking a link). */
    void go(String hashPath) {
        afterRender(() -> ((JavascriptExecutor) driver).executeScript(
                "if (location.hash === '#' + arguments[0]) { window.dispatchEvent(new HashChangeEvent('hashchange')); }"
                        + " else { location.hash = arguments[0]; }", hashPath));
    }

    /** Runs a navigation and waits for the portal to finish the render it causes (not the previous page's). */
    void afterRender(Runnable navigation) {
        String before = renderId();
        navigation.run();
        wait.until(d -> {
            String now = renderId();
            return now != null && !now.equals(before)
                    && d.findElement(By.id("main")).getAttribute("aria-busy") == null;
        });
    }

    private String renderId() {
        try {
            return (String) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.dataset.view || null");
        } catch (RuntimeException e) {
            return null; // no document yet
        }
    }

    /** Waits until the page's main region shows the text, then returns the region's whole text. */
    String waitText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), text));
        return mainText();
    }

    String waitText(By where, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
        return driver.findElement(where).getText();
    }

    String mainText() {
        return driver.findElement(By.id("main")).getText();
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    void type(By by, String text) {
        WebElement el = wait.until(ExpectedConditions.elementToBeClickable(by));
        el.clear();
        el.sendKeys(text);
    }

    void choose(By by, String value) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(by))).selectByValue(value);
    }

    void click(By by) {
        WebElement el = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", el);
        el.click();
    }

    void clickLink(String text) {
        click(By.linkText(text));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void signIn(String user, String password) {
        open("/login");
        type(By.id("login-username"), user);
        type(By.id("login-password"), password);
        afterRender(() -> click(By.id("login-submit")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=current-user]"), user));
    }

    void signOut() {
        afterRender(() -> click(By.id("sign-out")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-link")));
    }

    /** Saves the whole page (the window grows to the document height, capped) as {@code docs/screenshots/<name>.png}. */
    void screenshot(String name) throws IOException {
        screenshot(name, 1280);
    }

    void screenshot(String name, int width) throws IOException {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, 900));
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, Math.min(2600, Math.max(600, height.intValue() + 20))));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
    }

    /** Console messages of level SEVERE (errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(x -> x.toFile().delete());
        }
    }
}
