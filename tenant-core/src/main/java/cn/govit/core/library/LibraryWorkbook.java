package cn.govit.core.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 项目库报表 — a library board as the workbook a bureau submits: a title row, 单位：万元, one row per project under
 * its plan year with a subtotal per year, the total, and the signature block. Amounts are numbers in 万元
 * (元 / 10,000, exact to the 分), shown with two decimals. Streamed (SXSSF), whatever the library's size.
 */
final class LibraryWorkbook {

    static final String[] HEADERS = {"序号", "项目名称", "建设（业主）单位", "计划年度", "优先次序", "总投资（万元）",
            "入库依据", "所处阶段"};
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private LibraryWorkbook() {
    }

    static byte[] write(String tenantName, LibraryBoard board) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            String label = board.library().label(Locale.SIMPLIFIED_CHINESE);
            Sheet sheet = workbook.createSheet(label);
            CellStyle titleStyle = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle right = workbook.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle header = bordered(workbook);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle text = bordered(workbook);
            CellStyle money = bordered(workbook);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle totalText = bordered(workbook);
            totalText.setFont(bold);
            CellStyle totalMoney = bordered(workbook);
            totalMoney.setFont(bold);
            totalMoney.setDataFormat(money.getDataFormat());

            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(tenantName + "政务信息化项目" + label + "（" + board.firstYear() + "—"
                    + board.lastYear() + "年）");
            title.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row unit = sheet.createRow(r++);
            unit.createCell(HEADERS.length - 1).setCellValue("单位：万元");
            unit.getCell(HEADERS.length - 1).setCellStyle(right);
            Row head = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.length; c++) {
                head.createCell(c).setCellValue(HEADERS[c]);
                head.getCell(c).setCellStyle(header);
            }
            int number = 1;
            for (LibraryBoard.YearColumn year : board.years()) {
                for (LibraryBoard.Row project : year.projects()) {
                    r = project(sheet, r, number++, project, text, money);
                }
                r = total(sheet, r, year.year() + "年小计", year.total(), totalText, totalMoney);
            }
            List<LibraryBoard.Row> outside = board.outsideHorizon();
            for (LibraryBoard.Row project : outside) {
                r = project(sheet, r, number++, project, text, money);
            }
            r = total(sheet, r, "合计", board.total(), totalText, totalMoney);
            r++;
            Row signature = sheet.createRow(r);
            String[] block = {"填报单位（盖章）：", "", "负责人：", "", "填报人：", "", "填报日期：", ""};
            for (int c = 0; c < block.length; c++) {
                signature.createCell(c).setCellValue(block[c]);
            }
            int[] widths = {6, 40, 28, 10, 10, 16, 14, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 元 → 万元, exact to the 分. */
    static double wan(BigDecimal yuan) {
        return (yuan == null ? BigDecimal.ZERO : yuan).divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP).doubleValue();
    }

    private static int project(Sheet sheet, int r, int number, LibraryBoard.Row p, CellStyle text, CellStyle money) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(number);
        row.createCell(1).setCellValue(p.title());
        row.createCell(2).setCellValue(p.ownerUnit());
        row.createCell(3).setCellValue(p.planYear());
        if (p.priority() != null) {
            row.createCell(4).setCellValue(p.priority());
        } else {
            row.createCell(4).setBlank();
        }
        row.createCell(5).setCellValue(wan(p.totalInvestment()));
        row.createCell(6).setCellValue(p.exceptional() ? "“一事一议”" : "入库");
        row.createCell(7).setCellValue(p.status().label(Locale.SIMPLIFIED_CHINESE));
        for (int c = 0; c < HEADERS.length; c++) {
            row.getCell(c).setCellStyle(c == 5 ? money : text);
        }
        return r + 1;
    }

    private static int total(Sheet sheet, int r, String label, BigDecimal amount, CellStyle text, CellStyle money) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < HEADERS.length; c++) {
            row.createCell(c).setCellStyle(text);
        }
        row.getCell(1).setCellValue(label);
        row.getCell(5).setCellValue(wan(amount));
        row.getCell(5).setCellStyle(money);
        return r + 1;
    }

    private static CellStyle bordered(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }
}
