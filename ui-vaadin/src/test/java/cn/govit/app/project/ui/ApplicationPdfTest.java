package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.project.ProjectView;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;

/** 申报书 PDF (Art. 8): the application laid out as the paper form, parsed back with its Chinese text. */
class ApplicationPdfTest extends KaribuViewTest {

    @Test
    void art8_theApplicationPdfCarriesTitleOwnerUnitAndBudgetTotalInChineseWithTheFontEmbedded() {
        String title = unique("东湖区政务数据共享平台");
        ProjectView project = create("donghu", SampleApplications.completeConstruction(title, "2860000.00"));

        as("dh-dept", "donghu", () -> {
            open("projects/" + project.id());
            _assertOne(Anchor.class, spec -> spec.withId("detail-application-pdf"));
            byte[] pdf = pdf();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String text = text(pdf);
            assertThat(text).contains("政务信息化项目申报书", title, "东湖区数据资源管理局", "概算合计", "286.00",
                    "单位：万元", "一、项目背景及依据", "建设（业主）单位（盖章）");
            // The font travels with the file (an embedded font program), so any reader shows the Chinese.
            assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).containsPattern("/FontFile[23]?");
        });
    }

    @Test
    void anotherTenantsOfficerGetsNoApplicationPdfOfOurs() {
        ProjectView project = create("donghu", SampleApplications.completeConstruction(unique("东湖区不外传项目"),
                "2860000.00"));

        as("xh-officer", "xihu", () -> {
            open("projects/" + project.id());
            _assertNone(Anchor.class, spec -> spec.withId("detail-application-pdf"));
        });
    }

    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        _get(ProjectDetailView.class).writeApplicationPdf(out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
