package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An officer who picks a 200 MB file for an application is told at once that files are limited to
 * 20 MB, through the gateway as in production; nothing is attached. The file is sparse: it takes no
 * disk, and the browser sends all its 200 MB.
 */
class UploadLimitBrowserTest extends BrowserTest {

    @Test
    void twoHundredMegabyteFileIsRefusedWithTheLimitShown() throws IOException {
        open("/projects/new");
        logIn("dh-officer");
        clickCentred(By.id("wizard-step-7"));
        Path huge = Files.createTempFile("建设方案", ".pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        try {
            WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wizard-upload-APPLICATION_PLAN")));
            upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(huge.toString());

            wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("vaadin-notification-card"))
                    .stream().anyMatch(card -> card.getText().contains("文件超过 20 MB 上限")));
            Browser.screenshot(browser, "upload-too-large");
            assertThat(browser.findElement(By.id("wizard-documents")).getText()).doesNotContain(huge.getFileName().toString());
        } finally {
            Files.delete(huge);
        }
    }
}
