package cn.govit.app.project.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import cn.govit.app.base.ui.Formats;
import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.Indicator;
import cn.govit.core.application.ResourceCatalogueEntry;

/**
 * 申报书 — the application of Art. 8 laid out as the paper form officials sign and file: title, a table
 * of the basic facts, the chapters in the regulation's order, the indicators, the resource catalogue,
 * the budget estimate with its total in 万元, and the signature lines. The Chinese font is embedded, so
 * the file reads the same on any machine.
 */
final class ApplicationPdf {

    /** Debian's fonts-noto-cjk; index 2 of the collection is Simplified Chinese. */
    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");
    private static volatile BaseFont font;

    private ApplicationPdf() {
    }

    /** @param texts a message key to the UI's text */
    static void write(Application a, Function<String, String> texts, OutputStream out) {
        BaseFont base = font();
        Font title = new Font(base, 20, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font small = new Font(base, 9);
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.apply("pdf.title") + " " + a.title());
        document.open();
        Paragraph head = new Paragraph(texts.apply("pdf.title"), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(6);
        document.add(head);
        Paragraph name = new Paragraph(a.title(), heading);
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingAfter(14);
        document.add(name);

        PdfPTable facts = new PdfPTable(new float[] {1.2f, 2f, 1.2f, 2f});
        facts.setWidthPercentage(100);
        fact(facts, texts.apply("application.ownerUnit"), a.ownerUnit(), body);
        fact(facts, texts.apply("application.competentDepartment"), a.competentDepartment(), body);
        fact(facts, texts.apply("application.kind"), texts.apply("project.kind." + a.kind().name())
                + (a.constructionType() == null ? ""
                : " · " + texts.apply("application.constructionType." + a.constructionType().name())), body);
        fact(facts, texts.apply("application.plannedYear"), a.plannedYear() == null ? null : a.plannedYear().toString(),
                body);
        fact(facts, texts.apply("project.totalInvestment.wan"),
                a.totalInvestment() == null ? null : Formats.wanYuan(a.totalInvestment()), body);
        fact(facts, texts.apply("application.network"),
                a.network() == null ? null : texts.apply("application.network." + a.network().name()), body);
        fact(facts, texts.apply("application.freeOmYears"),
                a.freeOmYears() == null ? null : a.freeOmYears().toString(), body);
        fact(facts, texts.apply("application.classified"), texts.apply(a.classified() ? "detail.yes" : "detail.no"),
                body);
        document.add(facts);

        int chapter = 1;
        chapter = chapter(document, chapter, texts.apply("application.background"), a.background(), heading, body, texts);
        section(document, chapter++, texts.apply("pdf.section.goals"), heading, texts);
        PdfPTable indicators = table(new float[] {3, 1.2f, 1}, body, texts.apply("application.indicator.name"),
                texts.apply("application.indicator.target"), texts.apply("application.indicator.unit"));
        for (Indicator i : a.indicators()) {
            row(indicators, body, i.name(), i.target() == null ? "" : i.target().toPlainString(), i.unit());
        }
        document.add(indicators);
        chapter = chapter(document, chapter, texts.apply("application.technicalSolution"), a.technicalSolution(),
                heading, body, texts);
        chapter = chapter(document, chapter, texts.apply("application.dataSharingNeeds"), a.dataSharingNeeds(),
                heading, body, texts);
        section(document, chapter++, texts.apply("wizard.catalogue.heading"), heading, texts);
        PdfPTable catalogue = table(new float[] {2, 2, 1.2f, 1.2f}, body, texts.apply("application.catalogue.name"),
                texts.apply("application.catalogue.responsibleParty"), texts.apply("application.catalogue.sharingType"),
                texts.apply("application.catalogue.updateFrequency"));
        for (ResourceCatalogueEntry e : a.resourceCatalogue()) {
            row(catalogue, body, e.name(), e.responsibleParty(),
                    e.sharingType() == null ? "" : texts.apply("application.sharingType." + e.sharingType().name()),
                    e.updateFrequency());
        }
        document.add(catalogue);
        chapter = chapter(document, chapter, texts.apply("application.sharingAnalysis"), a.sharingAnalysis(), heading,
                body, texts);
        chapter = chapter(document, chapter, texts.apply("application.supportingSoftware"), a.supportingSoftware(),
                heading, body, texts);
        section(document, chapter++, texts.apply("pdf.section.budget"), heading, texts);
        Paragraph unit = new Paragraph(texts.apply("export.unit"), small);
        unit.setAlignment(Element.ALIGN_RIGHT);
        document.add(unit);
        PdfPTable budget = table(new float[] {1.6f, 2.4f, 1.2f, 0.9f}, body, texts.apply("application.budget.category"),
                texts.apply("application.budget.item"), texts.apply("detail.amountWan"),
                texts.apply("application.budget.itContent"));
        for (BudgetLine b : a.budget()) {
            row(budget, body, b.category() == null ? "" : texts.apply("application.budgetCategory." + b.category().name()),
                    b.item(), b.amount() == null ? "" : Formats.wanYuan(b.amount()),
                    texts.apply(b.itContent() ? "detail.yes" : "detail.no"));
        }
        PdfPCell total = new PdfPCell(new Phrase(texts.apply("pdf.budgetTotal"), new Font(base, 10.5f, Font.BOLD)));
        total.setColspan(2);
        total.setPadding(4);
        budget.addCell(total);
        PdfPCell sum = new PdfPCell(new Phrase(Formats.wanYuan(a.budgetTotal()), new Font(base, 10.5f, Font.BOLD)));
        sum.setHorizontalAlignment(Element.ALIGN_RIGHT);
        sum.setPadding(4);
        budget.addCell(sum);
        budget.addCell(new PdfPCell(new Phrase("", body)));
        document.add(budget);
        chapter(document, chapter, texts.apply("application.omCostBasis"), a.omCostBasis(), heading, body, texts);

        Paragraph sign = new Paragraph(texts.apply("pdf.signature"), body);
        sign.setSpacingBefore(36);
        sign.setAlignment(Element.ALIGN_RIGHT);
        document.add(sign);
        document.close();
    }

    private static int chapter(Document document, int number, String name, String text, Font heading, Font body,
                               Function<String, String> texts) {
        if (text == null || text.isBlank()) {
            return number;
        }
        section(document, number, name, heading, texts);
        Paragraph p = new Paragraph(text, body);
        p.setLeading(18);
        p.setFirstLineIndent(21);
        document.add(p);
        return number + 1;
    }

    private static void section(Document document, int number, String name, Font heading, Function<String, String> texts) {
        Paragraph p = new Paragraph(texts.apply("pdf.chapter." + Math.min(number, 12)) + name, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private static void fact(PdfPTable table, String label, String value, Font font) {
        PdfPCell l = new PdfPCell(new Phrase(label, font));
        l.setGrayFill(0.93f);
        l.setPadding(5);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value == null || value.isBlank() ? "—" : value, font));
        v.setPadding(5);
        table.addCell(v);
    }

    private static PdfPTable table(float[] widths, Font font, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, font));
            cell.setGrayFill(0.93f);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Font font, String... cells) {
        for (String c : cells) {
            PdfPCell cell = new PdfPCell(new Phrase(c == null ? "" : c, font));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static BaseFont font() {
        if (font == null) {
            String found = FONTS.stream().filter(f -> Files.isReadable(Path.of(f.substring(0, f.lastIndexOf(',')))))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no Chinese font for the application PDF: install fonts-noto-cjk (" + FONTS + ")"));
            try {
                font = BaseFont.createFont(found, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }
}
