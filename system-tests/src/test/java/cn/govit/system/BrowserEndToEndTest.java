package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A district officer's day, in a real browser through the gateway: log in at Keycloak, see the own
 * district's registry in Chinese, register a project, see it listed — and nothing of other districts.
 */
class BrowserEndToEndTest extends BrowserTest {

    @Test
    void donghuOfficerLogsInCreatesAProjectInTheChineseUiAndSeesItListed() {
        open("/projects");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/govit/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256");
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).matches(".*\\p{IsHan}.*");
        Browser.screenshot(browser, "keycloak-login");
        logIn("dh-officer");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-project")));
        assertThat(browser.getCurrentUrl()).startsWith(SystemUnderTest.platform().gatewayUrl());
        assertThat(browser.getTitle()).contains("东湖区");
        assertThat(browser.findElement(By.id("current-tenant")).getText()).isEqualTo("东湖区");
        assertThat(browser.findElement(By.id("new-project")).getText()).isEqualTo("新建项目");
        waitForGridText("东湖区“一网通办”政务服务平台升级");
        assertThat(gridText()).doesNotContain("西湖区智慧教育资源共享平台");

        String title = "东湖区政务数据共享交换平台（" + UUID.randomUUID().toString().substring(0, 4) + "）";
        browser.findElement(By.id("new-project")).click();
        WebElement titleInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#app-title input")));
        titleInput.sendKeys(title, Keys.TAB);
        // Prefilled with a unit the officer acts for; this draft is another of its units' (Art. 4).
        WebElement unit = browser.findElement(By.cssSelector("#app-owner-unit input"));
        unit.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        unit.sendKeys("东湖区民政局", Keys.TAB);
        browser.findElement(By.cssSelector("#app-investment input")).sendKeys("286", Keys.TAB);
        Browser.screenshot(browser, "project-new-wizard");
        clickCentred(By.id("wizard-save"));
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("wizard-heading")).getText().contains(title));
        open("/projects");

        waitForGridText(title);
        assertThat(gridText()).contains("286.00").contains("草稿").contains("东湖区 业主单位经办人");
        assertThat(Browser.screenshot(browser, "project-registry-donghu")).exists();
    }

    @Test
    void afterLogoutAnotherDistrictsOfficerInTheSameBrowserSeesOnlyTheirOwnDistrict() {
        open("/projects");
        logIn("dh-officer");
        waitForGridText("东湖区“一网通办”政务服务平台升级");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        logIn("xh-officer");

        // After the logout the login lands on the to-do list; the register is one menu entry away.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-project")));
        open("/projects");
        waitForGridText("西湖区智慧教育资源共享平台");
        assertThat(gridText()).doesNotContain("东湖区");
        assertThat(browser.findElement(By.id("current-tenant")).getText()).isEqualTo("西湖区");
        assertThat(browser.getTitle()).contains("西湖区");
        Browser.screenshot(browser, "project-registry-xihu");
    }

    @Test
    void englishIsOneClickAwayAndChineseIsTheDefault() {
        open("/projects");
        logIn("xh-officer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-project")));
        assertThat(browser.findElement(By.id("new-project")).getText()).isEqualTo("新建项目");

        browser.findElement(By.id("switch-language")).click();

        // The switch reloads the page: elements found before it go stale.
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("new-project")).getText().equals("New project"));
        waitForGridText("Construction");
        Browser.screenshot(browser, "project-registry-english");
    }

    private void waitForGridText(String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> gridText().contains(text));
    }

    private String gridText() {
        return String.join("\n", browser.findElements(By.cssSelector("#project-grid vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }
}
