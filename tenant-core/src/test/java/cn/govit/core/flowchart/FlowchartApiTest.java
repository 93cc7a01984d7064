package cn.govit.core.flowchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import cn.govit.core.testsupport.CoreIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** 审批服务流程图 as PNG and PDF through the API: the caller's own district's chart, whatever header it forges. */
class FlowchartApiTest extends CoreIntegrationTest {

    @Test
    void eachDistrictDownloadsItsOwnChartAsPdfAndAForgedTenantHeaderChangesNothing() throws IOException {
        assertThat(pdfText(as("xh-officer").download("/api/v1/rules/flowchart.pdf"))).contains("西湖区")
                .doesNotContain("东湖区");
        assertThat(pdfText(as("dh-officer").withHeader("X-Tenant-Id", "xihu").withHeader("X-GovIT-Tenant", "xihu")
                .download("/api/v1/rules/flowchart.pdf"))).contains("东湖区").doesNotContain("西湖区");
    }

    @Test
    void theChartAsPngIsAnImageTwiceTheSvgsWidth() throws IOException {
        HttpResponse<byte[]> png = as("dh-bureau").download("/api/v1/rules/flowchart.png");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isEqualTo(2000);
    }

    private static String pdfText(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
