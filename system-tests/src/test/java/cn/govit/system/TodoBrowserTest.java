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
 * 我的待办 through the gateway (Art. 8): the competent department logs in, finds the project its unit
 * submitted on its desk, opens it and endorses it into technical review; the project then says the bureau
 * is next. Screenshots of the desk and the project at 1280 and 1440 pixels wide.
 */
class TodoBrowserTest extends BrowserTest {

    @Test
    void art8_theDepartmentFindsTheSubmittedProjectOnItsDeskAndEndorsesIt() {
        String title = "东湖区城市运行监测平台（" + UUID.randomUUID().toString().substring(0, 4) + "）";
        String id = SubmittedProjects.submitted(title, Map.of());

        open("/");
        logIn("dh-dept");
        wait.ignoring(StaleElementReferenceException.class).until(d -> gridText().contains(title));
        assertThat(browser.findElement(By.id("todo-summary")).getText()).startsWith("共 ");
        assertThat(browser.findElement(By.id("todo-count")).getText()).matches("\\d+");
        for (int width : new int[] {1280, 1440}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Browser.screenshot(browser, "todo-dept-" + width);
        }

        browser.findElements(By.cssSelector("#todo-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(title)).findFirst().orElseThrow().click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("detail-title")).getText().equals(title));
        assertThat(browser.findElement(By.id("detail-next")).getText()).startsWith("下一步：主管部门审核同意");
        for (int width : new int[] {1280, 1440}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Browser.screenshot(browser, "project-detail-dept-" + width);
        }
        clickCentred(By.id("tab-actions"));
        clickCentred(By.id("action-ENDORSE"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-dialog")));
        Browser.screenshot(browser, "step-dialog-endorse-1440");
        browser.findElement(By.id("step-confirm")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("detail-status")).getText().equals("技术评审中"));
        assertThat(browser.findElement(By.id("detail-next")).getText()).contains("大数据局");
        Browser.screenshot(browser, "project-detail-endorsed-1440");

        open("/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("todo-grid")));
        wait.ignoring(StaleElementReferenceException.class).until(d -> !gridText().contains(title));
        assertThat(SystemUnderTest.gatewayAs("dh-dept").get("/api/v1/projects/" + id).expect(200)
                .get("project").get("status").asString()).isEqualTo("UNDER_REVIEW");
    }

    private String gridText() {
        return String.join("\n", browser.findElements(By.cssSelector("#todo-grid vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }
}
