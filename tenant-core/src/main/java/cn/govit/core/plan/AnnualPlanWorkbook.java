package cn.govit.core.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 项目年度计划表 — the annual plan as the workbook a bureau submits: a title row, 单位：万元, one row per included
 * project by priority, the totals row, then the fund arrangement and what remains, and the signature block
 * (编制单位 / 负责人 / 日期). Amounts are numbers in 万元 (元 / 10,000, exact to the 分). Streamed (SXSSF).
 */
final class AnnualPlanWorkbook {

    static final String[] HEADERS = {"序号", "优先次序", "项目名称", "建设（业主）单位", "总投资（万元）", "年度安排资金（万元）",
            "审议日期"};
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private AnnualPlanWorkbook() {
    }

    static byte[] write(String tenantName, AnnualPlan plan) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(plan.year() + "年度计划");
            CellStyle titleStyle = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle right = workbook.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = bordered(workbook);
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
            title.createCell(0).setCellValue(tenantName + plan.year() + "年度政务信息化项目计划");
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
            BigDecimal investment = BigDecimal.ZERO;
            for (AnnualPlan.Entry e : plan.entries()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(number++);
                row.createCell(1).setCellValue(e.priority());
                row.createCell(2).setCellValue(e.title());
                row.createCell(3).setCellValue(e.ownerUnit());
                row.createCell(4).setCellValue(wan(e.totalInvestment()));
                row.createCell(5).setCellValue(wan(e.fundedAmount()));
                row.createCell(6).setCellValue(e.decidedOn().toString());
                for (int c = 0; c < HEADERS.length; c++) {
                    row.getCell(c).setCellStyle(c == 4 || c == 5 ? money : text);
                }
                investment = investment.add(e.totalInvestment() == null ? BigDecimal.ZERO : e.totalInvestment());
            }
            Row total = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.length; c++) {
                total.createCell(c).setCellStyle(totalText);
            }
            total.getCell(2).setCellValue("合计");
            total.getCell(4).setCellValue(wan(investment));
            total.getCell(4).setCellStyle(totalMoney);
            total.getCell(5).setCellValue(wan(plan.fundedTotal()));
            total.getCell(5).setCellStyle(totalMoney);
            r = amountRow(sheet, r, "财政资金安排", plan.arrangement(), totalText, totalMoney);
            r = amountRow(sheet, r, "结余（资金安排 − 已安排）", plan.remaining(), totalText, totalMoney);
            r++;
            Row signature = sheet.createRow(r);
            String[] block = {"编制单位（盖章）：", "", "", "负责人：", "", "日期：", ""};
            for (int c = 0; c < block.length; c++) {
                signature.createCell(c).setCellValue(block[c]);
            }
            int[] widths = {6, 10, 40, 28, 16, 20, 14};
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

    /** A row of the arrangement or the remainder in the funded column; blank until the finance bureau enters it. */
    private static int amountRow(Sheet sheet, int r, String label, BigDecimal amount, CellStyle text, CellStyle money) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < HEADERS.length; c++) {
            row.createCell(c).setCellStyle(text);
        }
        row.getCell(2).setCellValue(label);
        if (amount != null) {
            row.getCell(5).setCellValue(wan(amount));
            row.getCell(5).setCellStyle(money);
        }
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
