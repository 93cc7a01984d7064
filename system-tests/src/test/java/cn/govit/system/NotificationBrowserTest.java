package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 消息提醒 through the gateway (Art. 8, Art. 4): the competent department endorses the submitted project from
 * its desk; the owner unit's officer then finds the news in the bell — counted, named, unread in bold — and
 * opens the project from it. Screenshots of the open bell at 1280 and 1440 pixels wide.
 */
class NotificationBrowserTest extends BrowserTest {

    @Test
    void art8_afterTheDepartmentEndorsesTheOwnersBellNamesTheProject() {
        String title = "东湖区消息提醒平台（" + UUID.randomUUID().toString().substring(0, 4) + "）";
        String id = SubmittedProjects.submitted(title, Map.of());

        open("/");
        logIn("dh-dept");
        wait.ignoring(StaleElementReferenceException.class).until(d -> todoText().contains(title));
        browser.findElements(By.cssSelector("#todo-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(title)).findFirst().orElseThrow().click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("detail-title")).getText().equals(title));
        clickCentred(By.id("tab-actions"));
        clickCentred(By.id("action-ENDORSE"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-dialog")));
        browser.findElement(By.id("step-confirm")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("detail-status")).getText().equals("技术评审中"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();

        logIn("dh-officer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-bell")));
        assertThat(Integer.parseInt(browser.findElement(By.id("notification-count")).getText()))
                .isGreaterThanOrEqualTo(1);
        clickCentred(By.id("notification-bell"));
        wait.ignoring(StaleElementReferenceException.class).until(d -> listText().contains(title));
        WebElement entry = entryAbout(title);
        assertThat(entry.getText()).contains("技术评审中", "东湖区 项目行政主管单位经办人");
        assertThat(entry.getAttribute("data-read")).isEqualTo("false");
        for (int width : new int[] {1280, 1440}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Browser.screenshot(browser, "notifications-owner-" + width);
        }

        entryAbout(title).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("detail-title")).getText().equals(title));
        assertThat(SystemUnderTest.gatewayAs("dh-officer").get("/api/v1/notifications?limit=100").expect(200)
                .valueStream().filter(n -> n.get("projectId").asString().equals(id))
                .filter(n -> n.get("kind").asString().equals("STEP_TAKEN")).findFirst().orElseThrow()
                .get("read").asBoolean()).isTrue();
        Browser.screenshot(browser, "notifications-opened-1440");
    }

    private WebElement entryAbout(String title) {
        return browser.findElements(By.cssSelector("#notification-list > div")).stream()
                .filter(e -> e.getText().contains(title)).findFirst().orElseThrow();
    }

    private String listText() {
        return String.join("\n", browser.findElements(By.cssSelector("#notification-list > div")).stream()
                .map(WebElement::getText).toList());
    }

    private String todoText() {
        return String.join("\n", browser.findElements(By.cssSelector("#todo-grid vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }
}
