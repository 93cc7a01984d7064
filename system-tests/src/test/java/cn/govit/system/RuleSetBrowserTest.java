package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A district's IT office sees its rules beside the city baseline and may edit them (Art. 41). */
class RuleSetBrowserTest extends BrowserTest {

    @Test
    void districtAdministratorSeesItsRulesWithTheirArticlesAndTheEditor() {
        open("/rules");
        logIn("dh-admin");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rules-editor")));
        String rules = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String text = String.join("\n", d.findElements(By.cssSelector("#rules-grid vaadin-grid-cell-content"))
                    .stream().map(WebElement::getText).toList());
            return text.contains("第七条") ? text : null;
        });
        assertThat(rules).contains("30 万元").contains("第八条第（四）项");
        Browser.screenshot(browser, "rules-donghu-admin");
    }
}
