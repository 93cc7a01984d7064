package cn.govit.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, with every flag that keeps it off the
 * network (this machine has none but loopback) and a fresh profile per browser.
 */
final class Browser {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(120);
    /** Long enough for a busy machine to log in; a hung login form is never answered. */
    private static final Duration LOGIN_ANSWER = Duration.ofSeconds(45);

    private Browser() {
    }

    static ChromeDriver start() {
        Path chromium = Path.of(System.getProperty("govit.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("govit.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver fonts-noto-cjk");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("govit-chromium"));
            // Headless Chromium ignores --lang for Accept-Language; a civil servant's browser asks for Chinese.
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            // Tests wait for the elements they need; waiting for every subresource only adds a way to hang.
            options.setPageLoadStrategy(PageLoadStrategy.EAGER);
            // The console, where Chromium reports what the gateway's Content-Security-Policy blocked.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
            return browser;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keycloak's organization-aware login asks for the username first, then the password. Keycloak 26.5
     * in dev mode on this machine now and then leaves the posted login form unanswered (its log shows the
     * worker waiting in FormBodyHandler / VertxInputStream.readBlocking until the browser gives up). The
     * user's way out is taken once: open the page they wanted again — Keycloak then either asks again or,
     * if the login did go through, sends them straight on. A second hang fails the test.
     *
     * @param startUrl the platform page the test opened, which sent the browser to Keycloak
     */
    static void logIn(ChromeDriver browser, WebDriverWait wait, String username, String startUrl) {
        for (int attempt = 1; ; attempt++) {
            wait.until(d -> shown(d, "username") || shown(d, "password"));
            if (!shown(browser, "password")) {
                browser.findElement(By.id("username")).sendKeys(username);
                browser.findElement(By.id("kc-login")).click();
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys("demo");
            browser.manage().timeouts().pageLoadTimeout(LOGIN_ANSWER);
            try {
                browser.findElement(By.id("kc-login")).click();
                new WebDriverWait(browser, LOGIN_ANSWER).until(d -> !atKeycloak(d));
                return;
            } catch (TimeoutException e) {
                if (attempt == 2) {
                    throw e;
                }
                System.getLogger(Browser.class.getName()).log(System.Logger.Level.WARNING,
                        "Keycloak did not answer the login form of {0} within {1}; opening {2} again",
                        username, LOGIN_ANSWER, startUrl);
                browser.get(startUrl);
                if (!atKeycloak(browser)) {
                    return;
                }
            } finally {
                browser.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
            }
        }
    }

    static boolean atKeycloak(WebDriver browser) {
        return browser.getCurrentUrl().contains("/realms/govit/");
    }

    private static boolean shown(WebDriver browser, String id) {
        return browser.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** What the platform's Content-Security-Policy blocked since the last look (Keycloak's own pages aside). */
    static List<String> contentSecurityViolations(ChromeDriver browser, String platformUrl) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.startsWith(platformUrl) && message.contains("Content Security Policy"))
                .toList();
    }

    static Path screenshot(ChromeDriver browser, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
