package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * 第十二条、第四条 through the gateway: the bureau records the leading group's inclusion of a reserve project with
 * its priority and funds on the meeting's screen, and the finance bureau enters the year's arrangement on the
 * annual plan page, which then shows what remains.
 */
class AnnualPlanBrowserTest extends BrowserTest {

    @Test
    void R12_theBureauRecordsTheLeadingGroupsInclusionAndTheFinanceBureauEntersTheArrangement() {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String title = "东湖区城市大脑二期（" + suffix + "）";
        String id = inReserve(title);
        ApiClient bureau = SystemUnderTest.gatewayAs("dh-bureau");
        String meetingTitle = "领导小组第四季度会议（" + suffix + "）";
        String meeting = bureau.post("/api/v1/plan/meetings", Map.of("title", meetingTitle,
                "heldOn", LocalDate.now().toString(), "projectIds", List.of(id))).expect(201).get("id").asString();
        bureau.upload("/api/v1/plan/meetings/" + meeting + "/minutes", "file", "领导小组会议纪要.pdf", "application/pdf",
                SubmittedProjects.PDF, Map.of()).expect(200);

        open("/leading-group");
        logIn("dh-bureau");
        WebElement cell = wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                        By.cssSelector("#plan-meetings vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(meetingTitle)).findFirst().orElse(null));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        type("#plan-priority-" + id + " input", String.valueOf(100 + Math.abs(suffix.hashCode() % 800)));
        type("#plan-funded-" + id + " input", "60");
        clickCentred(By.id("plan-decide-" + id));
        WebElement decided = wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-item-decision-" + id)));
        assertThat(decided.getText()).contains("列入年度计划", "60.00");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", decided);
        Browser.screenshot(browser, "leading-group-decided-bureau");
        assertThat(bureau.get("/api/v1/projects/" + id).expect(200).get("project").get("status").asString())
                .isEqualTo("ANNUAL_PLAN");

        ChromeDriver finance = Browser.start();
        try {
            WebDriverWait financeWait = new WebDriverWait(finance, java.time.Duration.ofSeconds(120));
            String url = SystemUnderTest.platform().gatewayUrl() + "/annual-plan";
            finance.get(url);
            Browser.logIn(finance, financeWait, "dh-finance", url);
            financeWait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                    By.cssSelector("#plan-entries vaadin-grid-cell-content")).stream().anyMatch(c -> c.getText().equals(title)));
            WebElement amount = financeWait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#plan-arrangement input")));
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            amount.sendKeys("80,000", Keys.TAB);
            financeWait.until(ExpectedConditions.elementToBeClickable(By.id("plan-arrangement-save"))).click();
            financeWait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("plan-totals"))
                    .getText().contains("资金安排 80,000.00 万元"));
            Browser.screenshot(finance, "annual-plan-finance");
        } finally {
            finance.quit();
        }
        JsonNode plan = bureau.get("/api/v1/plan/years/" + LocalDate.now().getYear()).expect(200);
        assertThat(plan.get("arrangement").decimalValue()).isEqualByComparingTo("800000000.00");
        assertThat(plan.get("remaining").decimalValue())
                .isEqualByComparingTo(plan.get("arrangement").decimalValue().subtract(plan.get("fundedTotal").decimalValue()));
    }

    /** Submitted, endorsed, reviewed with the construction opinion letter and passed into the reserve library. */
    private static String inReserve(String title) {
        String id = SubmittedProjects.submitted(title, Map.of());
        ApiClient department = SystemUnderTest.gatewayAs("dh-dept");
        department.post("/api/v1/projects/" + id + "/steps", Map.of("action", "ENDORSE",
                "version", SubmittedProjects.version(department, id))).expect(201);
        ApiClient bureau = SystemUnderTest.gatewayAs("dh-bureau");
        for (String kind : List.of("TECHNICAL_REVIEW", "CONSTRUCTION_OPINION_LETTER")) {
            String type = kind.equals("TECHNICAL_REVIEW") ? "TECHNICAL_REVIEW_OPINION" : kind;
            bureau.post("/api/v1/projects/" + id + "/opinions", Map.of("kind", kind, "verdict", "APPROVED",
                    "documentId", SubmittedProjects.upload(bureau, id, type))).expect(201);
        }
        bureau.post("/api/v1/projects/" + id + "/steps", Map.of("action", "PASS_REVIEW",
                "version", SubmittedProjects.version(bureau, id))).expect(201);
        return id;
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text, Keys.TAB);
    }
}
