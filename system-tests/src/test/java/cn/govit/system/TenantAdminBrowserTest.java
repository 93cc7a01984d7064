package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform administrator onboards a district from 租户管理 and watches its steps complete; the district's
 * first administrator logs in with the one-time password and chooses a new one; once the district is suspended,
 * that administrator's change is refused with the read-only message in Chinese. The suspended district is then
 * exported, its kept archive verified and the district offboarded; the archive imports again under a new code.
 */
class TenantAdminBrowserTest extends BrowserTest {

    @Test
    void aDistrictOnboardedFromTheAdminScreenLogsInItsFirstAdminIsReadOnlyWhenSuspendedAndIsOffboardedAfterAVerifiedExport() {
        String code = "bt-" + UUID.randomUUID().toString().substring(0, 5);
        String name = "浏览器新区" + code.substring(3);
        String division = "36018" + ThreadLocalRandom.current().nextInt(10);

        open("/admin/tenants");
        logIn("platform-admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenant-tree")));
        wait.until(d -> cells(d, "tenant-tree").contains("东湖区"));
        Browser.screenshot(browser, "admin-tenants");

        clickCentred(By.id("open-onboarding"));
        type(By.cssSelector("#onboard-code input"), code);
        type(By.cssSelector("#onboard-name input"), name);
        type(By.cssSelector("#onboard-short-name input"), name.substring(0, 3));
        type(By.cssSelector("#onboard-division input"), division);
        type(By.cssSelector("#onboard-admin-email input"), code + "@example.gov.cn");
        Browser.screenshot(browser, "admin-onboarding-form");
        clickCentred(By.id("onboard-start"));
        // Each step appears as provisioning records it; the first shown is running or already done.
        wait.until(d -> cells(d, "onboarding-steps").contains("完成"));
        Browser.screenshot(browser, "admin-onboarding-running");
        wait.until(d -> text(d, By.id("onboarding-result")).contains("已开通"));
        List<String> steps = cells(browser, "onboarding-steps");
        assertThat(steps.stream().filter("完成"::equals)).hasSize(6);
        assertThat(steps).doesNotContain("失败", "等待");
        String password = browser.findElement(By.id("onboard-password")).getText().strip();
        assertThat(password).hasSize(16);
        Browser.screenshot(browser, "admin-onboarding-done");
        clickCentred(By.id("onboard-close"));
        // The dialog fades out over the list: typing before it is gone hits the overlay.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("onboard-close")));

        type(By.cssSelector("#tenant-search input"), code);
        wait.until(d -> cells(d, "tenant-tree").contains(name) && cells(d, "tenant-tree").contains("正常"));
        clickCentred(By.id("suspend-" + code));
        type(By.cssSelector("#suspend-reason textarea"), "浏览器测试：暂停办理");
        clickCentred(By.id("suspend-confirm"));
        wait.until(d -> cells(d, "tenant-tree").contains("已暂停"));
        Browser.screenshot(browser, "admin-tenant-suspended");

        ChromeDriver firstAdmin = Browser.start();
        try {
            WebDriverWait adminWait = new WebDriverWait(firstAdmin, Duration.ofSeconds(120));
            String rules = SystemUnderTest.platform().gatewayUrl() + "/rules";
            firstAdmin.get(rules);
            // Username first (the organization-aware login), then the one-time password …
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(code + "-admin");
            firstAdmin.findElement(By.id("kc-login")).click();
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
            firstAdmin.findElement(By.id("kc-login")).click();
            // … then Keycloak's required action of a one-time password: choose a new one.
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys("Neu-Passwort-2026");
            firstAdmin.findElement(By.id("password-confirm")).sendKeys("Neu-Passwort-2026");
            Browser.screenshot(firstAdmin, "first-admin-update-password");
            firstAdmin.findElement(By.cssSelector("[type=submit]")).click();
            adminWait.until(d -> !Browser.atKeycloak(d));
            adminWait.until(d -> text(d, By.id("current-tenant")).equals(name));
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rules-publish")));
            Browser.screenshot(firstAdmin, "first-admin-rules");
            WebElement publish = firstAdmin.findElement(By.id("rules-publish"));
            firstAdmin.executeScript("arguments[0].scrollIntoView({block: 'center'});", publish);
            publish.click();
            adminWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#rules-confirm [slot=confirm-button]")))
                    .click();
            String refused = adminWait.ignoring(StaleElementReferenceException.class).until(d -> {
                String shown = String.join("\n", d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                        .map(WebElement::getText).toList());
                return shown.contains("已被平台暂停") ? shown : null;
            });
            assertThat(refused).contains(name + "已被平台暂停", "只能查看");
            Browser.screenshot(firstAdmin, "suspended-tenant-refused-change");
        } finally {
            firstAdmin.quit();
        }

        // Art. 39: the suspended district is exported, the kept copy verified, then offboarded; its archive imports again.
        clickCentred(By.id("offboard-" + code));
        wait.until(d -> text(d, By.id("offboard-latest")).contains("尚无导出记录"));
        assertThat(disabled(browser, "offboard-confirm")).isTrue();
        Path archive = download(By.id("offboard-export"), code);
        browser.findElement(By.id("offboard-verify-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(archive.toString());
        wait.until(d -> text(d, By.id("offboard-latest")).contains("核验无误"));
        type(By.cssSelector("#offboard-confirmation input"), "wrong-code");
        assertThat(disabled(browser, "offboard-confirm")).isTrue();
        type(By.cssSelector("#offboard-confirmation input"), code);
        wait.until(d -> !disabled(d, "offboard-confirm"));
        Browser.screenshot(browser, "admin-offboard-verified");
        clickCentred(By.id("offboard-confirm"));
        wait.until(d -> cells(d, "tenant-tree").contains("已下线"));
        Browser.screenshot(browser, "admin-tenant-offboarded");

        String copy = code + "-b";
        clickCentred(By.id("open-import"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload"))).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]")).sendKeys(archive.toString());
        wait.until(d -> text(d, By.id("import-upload-state")).contains(code + ".zip"));
        type(By.cssSelector("#import-code input"), copy);
        clickCentred(By.id("import-start"));
        wait.until(d -> text(d, By.id("import-message")).contains("已导入“" + name + "”（" + copy + "）"));
        Browser.screenshot(browser, "admin-tenant-imported");
        clickCentred(By.id("import-close"));
        type(By.cssSelector("#tenant-search input"), copy);
        wait.until(d -> cells(d, "tenant-tree").contains(copy));
    }

    /** Fetches a download link the way the browser would, in its session, and keeps the bytes in a file. */
    private Path download(By link, String name) {
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(link)).getAttribute("href");
        String base64 = (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                });""", href);
        byte[] bytes = Base64.getDecoder().decode(base64);
        assertThat(bytes).startsWith((byte) 'P', (byte) 'K');
        try {
            Path file = Files.createTempDirectory("govit-export").resolve(name + ".zip");
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void type(By field, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(value);
    }

    /** A Vaadin button says it is disabled by its attribute; WebDriver's own check sees a custom element as enabled. */
    private static boolean disabled(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomAttribute("disabled") != null;
    }
}
