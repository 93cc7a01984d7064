package cn.govit.core.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 技术评审意见书 — the technical review opinion of Art. 10 as a PDF with the Chinese font embedded, so that it
 * prints and reads the same anywhere. The font is a setting ({@code govit.review.font}); Debian's
 * {@code fonts-noto-cjk} by default.
 */
@Component
class ReviewOpinionPdf {

    private final String fontPath;

    ReviewOpinionPdf(@Value("${govit.review.font:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0}")
                     String fontPath) {
        this.fontPath = fontPath;
    }

    /** What the opinion says. */
    record Content(String issuer, String projectTitle, String ownerUnit, String meeting, String heldOn, String place,
                   List<String> experts, String averageScore, List<String> criteria, String verdict,
                   String conditions) {
    }

    byte[] render(Content c) {
        try {
            BaseFont base = BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 18, Font.BOLD);
            Font body = new Font(base, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 64, 64);
            PdfWriter.getInstance(document, out);
            document.addTitle("技术评审意见：" + c.projectTitle());
            document.open();
            Paragraph heading = new Paragraph("技术评审意见", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(18);
            document.add(heading);
            line(document, body, "项目名称：" + c.projectTitle());
            line(document, body, "建设（业主）单位：" + c.ownerUnit());
            line(document, body, "评审会议：" + c.meeting() + "（" + c.heldOn() + "，" + c.place() + "）");
            line(document, body, "评审专家：" + String.join("、", c.experts()));
            line(document, body, "专家平均得分：" + c.averageScore());
            if (!c.criteria().isEmpty()) {
                line(document, body, "分项平均得分：" + String.join("；", c.criteria()));
            }
            line(document, body, "评审结论：" + c.verdict());
            if (c.conditions() != null) {
                line(document, body, "意见：" + c.conditions());
            }
            line(document, body, "依据《南昌市政务信息化项目集约化建设管理办法》第十条，本意见作为项目后续报批和资金安排的前提和依据。");
            Paragraph signature = new Paragraph(c.issuer() + "\n" + c.heldOn(), body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(36);
            document.add(signature);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the review opinion's font " + fontPath + " cannot be read", e);
        }
    }

    private static void line(Document document, Font font, String text) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(6);
        document.add(p);
    }
}
