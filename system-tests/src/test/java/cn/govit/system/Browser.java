package cn.govit.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, with every flag that keeps it off the
 * network (this machine has none but loopback) and a fresh profile per browser.
 */
final class Browser {

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
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            return browser;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's organization-aware login asks for the username first, then the password. */
    static void logIn(ChromeDriver browser, WebDriverWait wait, String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
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
