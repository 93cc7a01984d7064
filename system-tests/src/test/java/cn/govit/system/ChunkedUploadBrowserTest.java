package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.govit.devstack.OversizedUpload;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A document streamed to the wizard's upload chunked — multipart, {@code Transfer-Encoding: chunked}, no
 * {@code Content-Length}, as a script or a proxy that re-chunks sends it — through the gateway: within the 20 MB
 * limit it is attached like a picked file; over it, it is refused 413 and not attached.
 */
class ChunkedUploadBrowserTest extends BrowserTest {

    private static final String BOUNDARY = "govit-chunked-upload";

    @Test
    void aChunkedMultipartUploadOverTheLimitIs413AndOneWithinItIsAttached() {
        open("/projects/new");
        logIn("dh-officer");
        clickCentred(By.id("wizard-step-7"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wizard-upload-APPLICATION_PLAN")));
        URI target = URI.create(SystemUnderTest.platform().gatewayUrl() + "/")
                .resolve((String) browser.executeScript("return arguments[0].target;", upload));

        OversizedUpload.Answer within = send(target, "建设方案-分块.pdf", 256 * 1024);
        assertThat(within.status()).as("%s", within.body()).isEqualTo(200);
        OversizedUpload.Answer tooLarge = send(target, "建设方案-过大.pdf", 30L * 1024 * 1024);
        assertThat(tooLarge.status()).as("%s", tooLarge.body()).isEqualTo(413);

        roundTrip();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("wizard-documents")).getText().contains("建设方案-分块.pdf"));
        assertThat(browser.findElement(By.id("wizard-documents")).getText()).doesNotContain("建设方案-过大.pdf");
    }

    /** The page has no push: what the upload changed on the server shows with the next request the page makes. */
    private void roundTrip() {
        clickCentred(By.id("wizard-step-6"));
        clickCentred(By.id("wizard-step-7"));
    }

    /** A multipart body of one file part of {@code size} bytes, chunked, with the browser's cookies. */
    private OversizedUpload.Answer send(URI target, String fileName, long size) {
        String cookies = "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue()
                + "; JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return OversizedUpload.send("POST", target, Map.of("Cookie", cookies,
                "Content-Type", "multipart/form-data; boundary=" + BOUNDARY), head, size, tail, true);
    }
}
