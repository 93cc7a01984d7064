package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * 第十条 through the gateway: the bureau's officer draws the expert of a review meeting of two projects, the
 * drawn expert scores both against the district's criteria on their own screen, the bureau issues the technical
 * review opinions; each opinion is a PDF on its project, and with the construction opinion letter the projects
 * enter the reserve library.
 */
class ReviewMeetingBrowserTest extends BrowserTest {

    @Test
    void R10_theBureauRunsAReviewMeetingTheExpertScoresAndTheOpinionsTakeTheProjectsIntoTheReserveLibrary()
            throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String first = underReview("东湖区智慧社区平台（" + suffix + "）");
        String second = underReview("东湖区政务数据中台（" + suffix + "）");
        ApiClient bureau = SystemUnderTest.gatewayAs("dh-bureau");
        String specialty = "政务云-" + suffix;
        bureau.post("/api/v1/review/experts", Map.of("name", "东湖区评审专家" + suffix, "kind", "EXPERT",
                "specialties", List.of(specialty), "employer", "江西省电子政务专家组", "username", "dh-expert"))
                .expect(201);
        String title = "东湖区集中评审会（" + suffix + "）";
        String meeting = bureau.post("/api/v1/review/meetings", Map.of("title", title,
                "heldOn", LocalDate.now().toString(), "place", "东湖区政务服务中心", "projectIds", List.of(first, second),
                "specialties", List.of(specialty), "officials", 1, "alternates", 0)).expect(201).get("id").asString();

        open("/review");
        logIn("dh-bureau");
        selectMeeting(browser, wait, title);
        clickCentred(By.id("draw"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draw-result")));
        Browser.screenshot(browser, "review-meeting-drawn-bureau");

        ChromeDriver expert = Browser.start();
        try {
            WebDriverWait expertWait = new WebDriverWait(expert, java.time.Duration.ofSeconds(120));
            String url = SystemUnderTest.platform().gatewayUrl() + "/review";
            expert.get(url);
            Browser.logIn(expert, expertWait, "dh-expert", url);
            selectMeeting(expert, expertWait, title);
            for (String project : List.of(first, second)) {
                String[] scores = {"90", "85", "80", "75"};
                for (int position = 1; position <= 4; position++) {
                    type(expert, expertWait, "#score-" + project + "-" + position + " input", scores[position - 1]);
                }
                type(expert, expertWait, "#score-opinion-" + project + " textarea", "建设依据充分，技术方案可行");
                click(expert, expertWait, By.id("score-save-" + project));
                // 90×30% + 85×30% + 80×25% + 75×15% = 83.75
                expertWait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                        By.id("review-project-heading-" + project)).getText().contains("83.75"));
            }
            Browser.screenshot(expert, "review-meeting-scored-expert");
            assertThat(expert.findElements(By.id("review-panel"))).isEmpty();
        } finally {
            expert.quit();
        }

        open("/review");
        selectMeeting(browser, wait, title);
        for (String project : List.of(first, second)) {
            clickCentred(By.id("conclusion-issue-" + project));
            wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("conclusion-issue-" + project)).isEmpty());
        }
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id("review-projects")));
        Browser.screenshot(browser, "review-meeting-opinions-issued-bureau");

        for (String project : List.of(first, second)) {
            JsonNode opinion = bureau.get("/api/v1/projects/" + project + "/opinions").expect(200).valueStream()
                    .filter(o -> o.get("kind").asString().equals("TECHNICAL_REVIEW")).findFirst().orElseThrow();
            HttpResponse<byte[]> pdf = bureau.download("/api/v1/projects/" + project + "/documents/"
                    + opinion.get("documentId").asString() + "/content");
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document);
                String projectTitle = bureau.get("/api/v1/projects/" + project).expect(200).get("project")
                        .get("title").asString();
                assertThat(text).contains("技术评审意见", projectTitle, "83.75", "必要性（权重 30）：90.00");
            }
            bureau.post("/api/v1/projects/" + project + "/opinions", Map.of("kind", "CONSTRUCTION_OPINION_LETTER",
                    "verdict", "APPROVED", "documentId", SubmittedProjects.upload(bureau, project,
                            "CONSTRUCTION_OPINION_LETTER"))).expect(201);
            bureau.post("/api/v1/projects/" + project + "/steps", Map.of("action", "PASS_REVIEW",
                    "version", SubmittedProjects.version(bureau, project))).expect(201);
        }
        assertThat(bureau.get("/api/v1/libraries/RESERVE").expect(200).get("years").valueStream()
                .flatMap(y -> y.get("projects").valueStream()).map(r -> r.get("projectId").asString()))
                .contains(first, second);
        open("/libraries");
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("body")).getText()
                .contains("东湖区政务数据中台（" + suffix + "）"));
        Browser.screenshot(browser, "review-meeting-reserve-library-bureau");
        assertThat(meeting).isNotBlank();
    }

    private static String underReview(String title) {
        String id = SubmittedProjects.submitted(title, Map.of());
        ApiClient department = SystemUnderTest.gatewayAs("dh-dept");
        department.post("/api/v1/projects/" + id + "/steps", Map.of("action", "ENDORSE",
                "version", SubmittedProjects.version(department, id))).expect(201);
        return id;
    }

    private static void selectMeeting(ChromeDriver browser, WebDriverWait wait, String title) {
        WebElement cell = wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                        By.cssSelector("#review-meetings vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(title)).findFirst().orElse(null));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        cell.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-projects")));
    }

    private static void type(ChromeDriver browser, WebDriverWait wait, String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text, Keys.TAB);
    }

    private static void click(ChromeDriver browser, WebDriverWait wait, By element) {
        WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(element));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
