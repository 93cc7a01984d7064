package cn.govit.core.flowchart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The Chinese typeface of the PNG and PDF charts: Debian's {@code fonts-noto-cjk}, whose collection holds
 * Simplified Chinese at index 2. The SVG names its families for the viewer's browser instead.
 */
final class ChartFont {

    private static final String COLLECTION = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    private static final int SIMPLIFIED_CHINESE = 2;
    private static volatile Font awt;
    private static volatile BaseFont pdf;

    private ChartFont() {
    }

    /** Noto Sans CJK SC for drawing into an image, at size 1 (callers derive their size). */
    static Font awt() {
        if (awt == null) {
            try {
                Font[] fonts = Font.createFonts(new File(COLLECTION));
                awt = Arrays.stream(fonts).filter(f -> f.getFamily().endsWith(" SC")).findFirst()
                        .orElse(fonts[SIMPLIFIED_CHINESE]);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the chart's font " + COLLECTION + " cannot be read", e);
            }
        }
        return awt;
    }

    /** Every text of the chart in the embedded Chinese font; bold as the same face (the collection has no bold). */
    static FontMapper pdfMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                return pdfFont();
            }

            @Override
            public Font pdfToAwt(BaseFont font, int size) {
                return awt().deriveFont((float) size);
            }
        };
    }

    private static BaseFont pdfFont() {
        if (pdf == null) {
            try {
                pdf = BaseFont.createFont(COLLECTION + "," + SIMPLIFIED_CHINESE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException("the chart's font " + COLLECTION + " cannot be read", e);
            }
        }
        return pdf;
    }
}
