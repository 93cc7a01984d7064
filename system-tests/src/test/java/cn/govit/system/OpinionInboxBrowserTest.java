package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * 第八条第（十）项 through the gateway: a project touching state security waits in the secrecy bureau's
 * inbox; its officer issues 同意 with the signed opinion, and the bureau's step into the reserve library,
 * refused until then, is taken.
 */
class OpinionInboxBrowserTest extends BrowserTest {

    private static final byte[] PDF = "%PDF-1.4\n% 保密审查意见\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void R8_10_theSecrecyBureauIssuesItsConsentFromItsInboxAndTheBureauMayThenPassTheReview() throws IOException {
        String title = "东湖区公安视频共享平台（" + UUID.randomUUID().toString().substring(0, 4) + "）";
        String id = underReviewWithAllButTheSecrecyOpinion(title);
        ApiClient bureau = SystemUnderTest.gatewayAs("dh-bureau");
        assertThat(outstandingOfPassReview(bureau, id)).containsExactly("opinions.SECRECY");

        open("/opinions");
        logIn("dh-secrecy");
        By issue = By.id("issue-" + id + "-SECRECY");
        wait.until(ExpectedConditions.elementToBeClickable(issue));
        Browser.screenshot(browser, "opinion-inbox-secrecy");
        browser.findElement(issue).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("opinion-dialog")));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='opinion-verdict']//vaadin-radio-button[normalize-space(.)='同意']"))).click();
        Path signed = Files.createTempFile("保密审查意见", ".pdf");
        Files.write(signed, PDF);
        browser.findElement(By.id("opinion-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(signed.toString());
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("opinion-file")).getText().contains(".pdf"));
        Browser.screenshot(browser, "opinion-dialog-secrecy");
        browser.findElement(By.id("opinion-confirm")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("opinion-dialog")));
        wait.until(ExpectedConditions.numberOfElementsToBe(issue, 0));
        Browser.screenshot(browser, "opinion-inbox-after-issue");

        JsonNode opinions = bureau.get("/api/v1/projects/" + id + "/opinions").expect(200);
        assertThat(opinions.valueStream().filter(o -> o.get("kind").asString().equals("SECRECY"))
                .map(o -> o.get("verdict").asString() + " " + o.get("issuedBy").asString()))
                .containsExactly("APPROVED dh-secrecy");
        assertThat(outstandingOfPassReview(bureau, id)).isEmpty();
        bureau.post("/api/v1/projects/" + id + "/steps", Map.of("action", "PASS_REVIEW", "version", SubmittedProjects.version(bureau, id)))
                .expect(201);
        showTheBureauItsProject(id);
    }

    /** The bureau's officer sees the project in the reserve library with every opinion it rests on. */
    private void showTheBureauItsProject(String id) {
        ChromeDriver second = Browser.start();
        try {
            WebDriverWait secondWait = new WebDriverWait(second, java.time.Duration.ofSeconds(120));
            String url = SystemUnderTest.platform().gatewayUrl() + "/projects/" + id;
            second.get(url);
            Browser.logIn(second, secondWait, "dh-bureau", url);
            secondWait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("detail-status")).getText().contains("储备库"));
            secondWait.until(ExpectedConditions.elementToBeClickable(By.id("tab-opinions"))).click();
            String shown = secondWait.ignoring(StaleElementReferenceException.class).until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains("保密局") ? text : null;
            });
            assertThat(shown).contains("国家安全局").contains("同意");
            Browser.screenshot(second, "opinion-detail-bureau");
        } finally {
            second.quit();
        }
    }

    /** Submitted with its plan, endorsed, the technical review and the state security bureau's consent given. */
    private static String underReviewWithAllButTheSecrecyOpinion(String title) {
        String id = SubmittedProjects.submitted(title, Map.of("touchesStateSecurity", true));
        ApiClient department = SystemUnderTest.gatewayAs("dh-dept");
        department.post("/api/v1/projects/" + id + "/steps", Map.of("action", "ENDORSE",
                "version", SubmittedProjects.version(department, id))).expect(201);
        consent(SystemUnderTest.gatewayAs("dh-bureau"), id, "TECHNICAL_REVIEW", "TECHNICAL_REVIEW_OPINION");
        consent(SystemUnderTest.gatewayAs("dh-bureau"), id, "CONSTRUCTION_OPINION_LETTER", "CONSTRUCTION_OPINION_LETTER");
        consent(SystemUnderTest.gatewayAs("dh-statesecurity"), id, "STATE_SECURITY", "STATE_SECURITY_OPINION");
        return id;
    }

    private static void consent(ApiClient authority, String id, String kind, String documentType) {
        authority.post("/api/v1/projects/" + id + "/opinions", Map.of("kind", kind, "verdict", "APPROVED",
                "documentId", SubmittedProjects.upload(authority, id, documentType))).expect(201);
    }

    private static List<String> outstandingOfPassReview(ApiClient bureau, String id) {
        return bureau.get("/api/v1/projects/" + id + "/actions").expect(200).valueStream()
                .filter(a -> a.get("action").asString().equals("PASS_REVIEW")).findFirst().orElseThrow()
                .get("outstanding").valueStream().map(f -> f.get("field").asString()).toList();
    }
}
