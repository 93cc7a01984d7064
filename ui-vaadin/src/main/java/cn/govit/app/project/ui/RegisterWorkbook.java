package cn.govit.app.project.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.govit.app.base.ui.Formats;
import cn.govit.core.project.ProjectView;

/**
 * 项目登记簿导出 — the register as officials file it: a title row, "单位：万元", one row per project in the
 * order shown, and the total. Written streaming (SXSSF: only a window of rows in memory), amounts as numbers
 * in 万元 with two decimals so that a spreadsheet adds them up again.
 */
final class RegisterWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final int WINDOW = 100;
    /** 序号, 项目名称, 类型, 建设单位, 总投资（万元）, 状态, 计划年度, 登记时间, 登记人. */
    private static final String[] HEADERS = {"export.column.number", "project.title", "project.kind",
            "project.ownerUnit", "project.totalInvestment.wan", "project.status", "project.plannedYear",
            "project.createdAt", "project.createdBy"};
    static final int AMOUNT_COLUMN = 4;

    private RegisterWorkbook() {
    }

    /**
     * @param texts a message key and its arguments to the UI's text, e.g. {@code getTranslation}
     * @param kind  a project's kind and status in the UI's words
     */
    static void write(String title, String filterLine, List<ProjectView> projects,
                      BiFunction<String, Object[], String> texts, ProjectTexts kind, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(texts.apply("export.register.sheet", new Object[0]));
            sheet.trackAllColumnsForAutoSizing();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(big);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle unitStyle = workbook.createCellStyle();
            unitStyle.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle header = bordered(workbook.createCellStyle());
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle text = bordered(workbook.createCellStyle());
            CellStyle money = bordered(workbook.createCellStyle());
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle totalMoney = bordered(workbook.createCellStyle());
            totalMoney.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            totalMoney.setFont(bold);
            CellStyle totalText = bordered(workbook.createCellStyle());
            totalText.setFont(bold);

            int last = HEADERS.length - 1;
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            cell(titleRow, 0, title, titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row unitRow = sheet.createRow(1);
            cell(unitRow, 0, filterLine, null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last - 2));
            cell(unitRow, last - 1, texts.apply("export.unit", new Object[0]), unitStyle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, last - 1, last));
            Row headerRow = sheet.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                cell(headerRow, c, texts.apply(HEADERS[c], new Object[0]), header);
            }
            BigDecimal total = BigDecimal.ZERO;
            int r = 3;
            for (ProjectView p : projects) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                row.getCell(0).setCellStyle(text);
                cell(row, 1, p.title(), text);
                cell(row, 2, kind.kind(p), text);
                cell(row, 3, p.ownerUnit(), text);
                Cell amount = row.createCell(AMOUNT_COLUMN);
                amount.setCellValue(wan(p.totalInvestment()).doubleValue());
                amount.setCellStyle(money);
                cell(row, 5, kind.status(p), text);
                cell(row, 6, p.plannedYear() == null ? "" : p.plannedYear().toString(), text);
                cell(row, 7, Formats.dateTime(p.createdAt()), text);
                cell(row, 8, kind.createdBy(p), text);
                total = total.add(p.totalInvestment());
                r++;
            }
            Row totalRow = sheet.createRow(r);
            cell(totalRow, 0, texts.apply("export.total", new Object[] {projects.size()}), totalText);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, AMOUNT_COLUMN - 1));
            Cell sum = totalRow.createCell(AMOUNT_COLUMN);
            sum.setCellValue(wan(total).doubleValue());
            sum.setCellStyle(totalMoney);
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.autoSizeColumn(c, true);
            }
            sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), 40 * 256));
            sheet.createFreezePane(0, 3);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** 元 → 万元 with two decimals, as the register shows it. */
    static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The words of a project's kind and status in the UI's language. */
    interface ProjectTexts {
        String kind(ProjectView project);

        String status(ProjectView project);

        /** 姓名（单位） of who registered it. */
        String createdBy(ProjectView project);
    }
}
