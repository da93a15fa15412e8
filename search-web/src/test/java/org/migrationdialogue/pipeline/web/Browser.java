package org.migrationdialogue.pipeline.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven by Selenium through the machine's chromedriver (Debian: {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Tests using it are skipped, saying so, only where neither
 * binary exists. Screenshots go to {@code web.screenshots} (target/screenshots by default).
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;

    private Browser(ChromeDriver driver, String base, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.screenshots = screenshots;
    }

    /** A browser for the page at {@code base}, or the test is skipped when no Chromium can be found. */
    static Browser open(String base, Path profiles) throws IOException {
        Optional<Path> chromium = find("CHROME_BIN", CHROMIUM);
        Optional<Path> chromedriver = find("CHROMEDRIVER", DRIVER);
        assumeTrue(
                chromium.isPresent() && chromedriver.isPresent(),
                "No Chromium and chromedriver on this machine "
                        + "(looked at " + CHROMIUM + " and " + DRIVER + "): install them with "
                        + "'apt-get install chromium chromium-driver' to run the browser tests");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        // Headless as root on a closed network: no sandbox, no GPU, nothing that would try to reach the internet.
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
                "--user-data-dir=" + Files.createTempDirectory(Files.createDirectories(profiles), "chromium-"),
                "--window-size=1280,1000",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Path screenshots = Path.of(System.getProperty("web.screenshots", "target/screenshots"));
        return new Browser(driver, base, Files.createDirectories(screenshots));
    }

    private static Optional<Path> find(String variable, List<String> candidates) {
        return Stream.concat(Stream.ofNullable(System.getenv(variable)), candidates.stream())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page as it is now, into {@code <name>.png} at the given window size. */
    void screenshot(String name, int width, int height) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, height));
        try {
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
