package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 第四十条 — the city's supervisor opens 市级监管, sees the districts side by side with the total and the chart of
 * stages, drills into 东湖区 and into one of its projects, which offers no action, and exports the overview as Excel.
 */
class SupervisionBrowserTest extends BrowserTest {

    @Test
    void R40_theCitySupervisorComparesTheDistrictsDrillsIntoAProjectAndExportsTheOverview() {
        String title = "东湖区市级监管浏览项目（" + UUID.randomUUID().toString().substring(0, 4) + "）";
        SubmittedProjects.submitted(title, Map.of());

        open("/supervision");
        logIn("nc-bureau");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-grid")));
        wait.until(d -> cells(d, "supervision-grid").containsAll(List.of("东湖区", "西湖区", "青山湖区")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#supervision-chart svg")));
        assertThat(browser.findElement(By.id("supervision-summary")).getText()).contains("个项目");
        Browser.screenshot(browser, "supervision-overview");
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id("supervision-chart")));
        Browser.screenshot(browser, "supervision-chart");

        // The export link streams the workbook in the supervisor's session: an Office Open XML file (a zip).
        String href = browser.findElement(By.id("supervision-export")).getAttribute("href");
        Object magic = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer())
                  .then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, 2)))))
                  .catch(e => done('failed: ' + e));""", href);
        assertThat(magic).isEqualTo("PK");

        clickCentred(By.xpath("//vaadin-grid-cell-content//a[normalize-space()='东湖区']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-projects")));
        wait.until(d -> cells(d, "supervision-projects").contains(title));
        Browser.screenshot(browser, "supervision-district");
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id("supervision-units")));
        Browser.screenshot(browser, "supervision-units");

        clickCentred(By.xpath("//vaadin-grid-cell-content//a[normalize-space()='" + title + "']"));
        wait.until(d -> text(d, By.id("supervision-project-title")).equals(title));
        assertThat(text(browser, By.id("supervision-project-readonly"))).contains("只读");
        assertThat(browser.findElements(By.cssSelector("vaadin-button"))).allSatisfy(b ->
                assertThat(b.getText()).doesNotContain("提交", "申报", "办理", "修改", "删除"));
        Browser.screenshot(browser, "supervision-project");
    }
}
