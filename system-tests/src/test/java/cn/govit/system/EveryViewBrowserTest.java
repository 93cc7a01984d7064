package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every view as its users see it through the gateway, at 1280 and 1440 pixels wide: a screenshot of each
 * under {@code target/screenshots/view-*} for a person to look at, and no grid whose column headers are cut
 * off (an ellipsis where the officer should read 登记人 or 规则状态).
 */
class EveryViewBrowserTest extends BrowserTest {

    /** Grid header cells whose text is wider than the cell shows. */
    private static final String CLIPPED_HEADERS = """
            const clipped = [];
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              for (const slot of grid.shadowRoot.querySelectorAll('thead th slot')) {
                for (const cell of slot.assignedElements()) {
                  const text = cell.textContent.trim();
                  if (text && cell.clientWidth > 0 && cell.scrollWidth > cell.clientWidth + 1) {
                    clipped.push((grid.id || 'grid') + ': ' + text);
                  }
                }
              }
            }
            return clipped;""";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dh-officer, '/,projects,projects/new,project,rules,rules/flowchart,inventory,compliance'",
            "dh-bureau, '/,projects,project,libraries,review,leading-group,annual-plan,opinions,owner-units,inventory,compliance'",
            "dh-expert, '/,review'",
            "dh-secrecy, '/,opinions,project'",
            "nc-bureau, '/,rules,rules/districts,supervision,supervision/donghu'"})
    void everyViewFitsAt1280And1440WithNoClippedGridHeader(String username, String routes) {
        String project = SubmittedProjects.submitted(
                "东湖区全景视图项目（" + UUID.randomUUID().toString().substring(0, 4) + "）", Map.of());
        open("/");
        logIn(username);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
        List<String> clipped = new ArrayList<>();
        for (String route : routes.split(",")) {
            String path = route.equals("project") ? "projects/" + project : route.equals("/") ? "" : route;
            open("/" + path);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
            for (int width : new int[] {1280, 1440}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                        "return !document.querySelector('vaadin-connection-indicator[loading]')")));
                String name = route.equals("/") ? "todo" : route.replace('/', '-');
                Browser.screenshot(browser, "view-" + username + "-" + name + "-" + width);
                @SuppressWarnings("unchecked")
                List<String> cut = (List<String>) browser.executeScript(CLIPPED_HEADERS);
                cut.forEach(c -> clipped.add(width + " px " + path + " " + c));
            }
        }
        assertThat(clipped).as("grid headers cut off").isEmpty();
    }
}
