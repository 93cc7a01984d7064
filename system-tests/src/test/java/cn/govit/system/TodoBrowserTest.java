package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
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

    private static final byte[] PDF = "%PDF-1.4\n% 建设方案\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void art8_theDepartmentFindsTheSubmittedProjectOnItsDeskAndEndorsesIt() {
        String title = "东湖区城市运行监测平台（" + UUID.randomUUID().toString().substring(0, 4) + "）";
        String id = submitted(title);

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

    /** Drafted and submitted with its plan by the owner unit's officer (Art. 4, 8). */
    private static String submitted(String title) {
        ApiClient officer = SystemUnderTest.gatewayAs("dh-officer");
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("title", title);
        application.put("kind", "CONSTRUCTION");
        application.put("constructionType", "EXPANSION");
        application.put("ownerUnit", "东湖区数据资源管理局");
        application.put("competentDepartment", "东湖区人民政府办公室");
        application.put("totalInvestment", "900000.00");
        application.put("plannedYear", java.time.LocalDate.now().getYear() + 1);
        application.put("network", "GOV_EXTRANET");
        application.put("freeOmYears", 3);
        application.put("background", "城市运行数据分散，按办法集约建设。");
        application.put("technicalSolution", "依托市政务云和政务外网。");
        application.put("indicators", List.of(Map.of("name", "接入监测指标", "target", "120", "unit", "项")));
        application.put("dataSharingNeeds", "共享城市运行数据。");
        application.put("sharingAnalysis", "与市共享平台对接。");
        application.put("resourceCatalogue", List.of(Map.of("name", "城市运行指标", "classification", "基础",
                "responsibleParty", "东湖区数据资源管理局", "format", "JSON", "attributes", "指标、时间",
                "updateFrequency", "每日", "sharingType", "UNCONDITIONAL", "sharingMethod", "接口",
                "usageRequirements", "政务使用")));
        application.put("budget", List.of(Map.of("category", "APPLICATION_DEVELOPMENT", "item", "平台开发",
                "amount", "900000.00", "itContent", true)));
        String id = officer.post("/api/v1/projects", application).expect(201).get("id").asString();
        String plan = officer.upload("/api/v1/projects/" + id + "/documents", "file", "plan.pdf", "application/pdf",
                PDF, Map.of("type", "APPLICATION_PLAN")).expect(201).get("id").asString();
        long version = officer.get("/api/v1/projects/" + id).expect(200).get("project").get("version").asLong();
        officer.post("/api/v1/projects/" + id + "/steps", Map.of("action", "SUBMIT", "version", version,
                "documentIds", List.of(plan))).expect(201);
        return id;
    }
}
