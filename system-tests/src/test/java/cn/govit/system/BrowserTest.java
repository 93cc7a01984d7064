package cn.govit.system;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** A test in a fresh headless Chromium against the running platform; its last screen is always kept. */
abstract class BrowserTest {

    protected ChromeDriver browser;
    protected WebDriverWait wait;
    private String startUrl;

    @BeforeEach
    void openBrowser() {
        SystemUnderTest.platform();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        startUrl = SystemUnderTest.platform().gatewayUrl() + "/";
    }

    /**
     * The last screen of every test, passed or failed, for whoever reads the report; and no page of the
     * platform may have had anything blocked by the gateway's Content-Security-Policy.
     */
    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            List<String> blocked;
            try {
                Browser.screenshot(browser, "last-" + test.getTestMethod().orElseThrow().getName());
                blocked = Browser.contentSecurityViolations(browser, SystemUnderTest.platform().gatewayUrl());
            } finally {
                browser.quit();
            }
            assertThat(blocked).as("blocked by the Content-Security-Policy").isEmpty();
        }
    }

    /** Opens a page of the platform through the gateway; a login it leads to comes back here. */
    protected void open(String path) {
        startUrl = SystemUnderTest.platform().gatewayUrl() + path;
        browser.get(startUrl);
    }

    /** Clicks an element after scrolling it to the middle of the window, where no bar covers it. */
    protected void clickCentred(By element) {
        WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(element));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected void logIn(String username) {
        Browser.logIn(browser, wait, username, startUrl);
    }

    /** The texts of a grid's cells, or none while the grid re-renders. */
    protected static List<String> cells(WebDriver browser, String gridId) {
        try {
            return browser.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
        } catch (StaleElementReferenceException e) {
            return List.of();
        }
    }

    /** The text of the first element found, or blank while none is (or it re-renders). */
    protected static String text(WebDriver browser, By element) {
        try {
            return browser.findElements(element).stream().findFirst().map(WebElement::getText).orElse("").strip();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }
}
