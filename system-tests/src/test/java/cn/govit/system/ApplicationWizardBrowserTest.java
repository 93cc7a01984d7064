package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An owner-unit officer writes an application in the wizard through the gateway: the finding of
 * Art. 8(4) appears while the goals have no numeric indicator and goes away when one is added; the
 * completed application is submitted and the project shows its new stage. Then the district's
 * approval flowchart.
 */
class ApplicationWizardBrowserTest extends BrowserTest {

    @Test
    void officerSeesTheR8_4FindingComeAndGoThenSubmitsAndTheProjectIsSubmitted() throws IOException {
        open("/");
        logIn("dh-officer");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-project"))).click();

        String title = "东湖区政务服务好差评系统（" + UUID.randomUUID().toString().substring(0, 4) + "）";
        type("#app-title input", title);
        // The first unit the officer acts for is filled in; this application is another of its units' (Art. 4).
        WebElement unit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#app-owner-unit input")));
        unit.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        type("#app-owner-unit input", "东湖区行政审批局");
        type("#app-department input", "东湖区人民政府办公室");
        type("#app-investment input", "50");
        type("#app-background textarea", "落实《南昌市政务信息化项目集约化建设管理办法》，提升政务服务评价的及时性。");

        // The panel is redrawn as each field arrives; the finding is read once the officer's input has settled.
        wait.ignoring(StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("#findings-panel [id^='finding-R8']")).stream()
                        .noneMatch(f -> f.getText().contains("背景依据")));
        String finding = wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("finding-R8-4")).getText());
        assertThat(finding).contains("R8.4").contains("第八条第（四）项").contains("定量指标");
        Browser.screenshot(browser, "wizard-finding-R8-4");

        step(2);
        click("indicator-add");
        type("#indicator-name-0 input", "评价数据实时汇聚率");
        type("#indicator-target-0 input", "99");
        type("#indicator-unit-0 input", "%");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("finding-R8-4")));
        Browser.screenshot(browser, "wizard-finding-R8-4-fixed");

        step(3);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#app-network vaadin-radio-button"))).click();
        type("#app-technical-solution textarea", "依托市政务云，接入市统一身份认证平台。");

        step(4);
        click("catalogue-add");
        type("#catalogue-name-0 input", "政务服务评价信息");
        type("#catalogue-classification-0 input", "政务服务");
        type("#catalogue-responsible-party-0 input", "东湖区行政审批局");
        type("#catalogue-format-0 input", "结构化数据");
        type("#catalogue-attributes-0 input", "事项编码、评价等级、评价时间");
        type("#catalogue-update-frequency-0 input", "实时");
        choose("catalogue-sharing-type-0", "无条件共享");
        type("#catalogue-sharing-method-0 input", "接口");
        type("#app-sharing-analysis textarea", "评价数据全部挂载至市数据共享交换平台，无条件共享。");

        step(5);
        click("budget-add");
        choose("budget-category-0", "应用系统开发");
        type("#budget-item-0 input", "好差评系统开发");
        type("#budget-amount-0 input", "50");
        type("#app-free-om-years input", "3");

        wait.ignoring(StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("#findings-panel [data-severity='BLOCKING']")).isEmpty());

        // Art. 8: the construction plan goes with the submission.
        step(7);
        Path plan = Files.createTempFile("好差评系统建设方案", ".pdf");
        Files.write(plan, "%PDF-1.4\n% 建设方案\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wizard-upload-APPLICATION_PLAN"))).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]")).sendKeys(plan.toString());
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("wizard-documents")).getText().contains(plan.getFileName().toString()));
        Browser.screenshot(browser, "wizard-complete");
        click("wizard-submit");
        click("wizard-submit-confirm");

        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-status")));
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("detail-status")).getText().contains("已申报"));
        assertThat(browser.findElement(By.id("detail-title")).getText()).contains(title);
        assertThat(status.isDisplayed()).isTrue();
        Browser.screenshot(browser, "project-submitted");
    }

    @Test
    void districtSeesTheApprovalFlowchartDrawnFromItsOwnRules() {
        open("/rules/flowchart");
        logIn("dh-officer");
        WebElement chart = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#flowchart svg")));
        assertThat(chart.getText()).contains("东湖区").contains("30 万元");
        Browser.screenshot(browser, "flowchart-donghu");
    }

    private void step(int number) {
        click("wizard-step-" + number);
    }

    private void click(String id) {
        clickCentred(By.id(id));
    }

    /** Types into a field and leaves it, so the value reaches the server as an officer's would. */
    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.sendKeys(text, Keys.TAB);
    }

    /** Opens a select and picks the item with this label. */
    private void choose(String id, String label) {
        click(id);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
    }
}
