package cn.govit.core.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 报表 — the layout of the workbooks a bureau submits: a title row across the table, 单位：万元 above its last
 * column, bold bordered headers, bordered rows with amounts as numbers in 万元 (two decimals shown, exact to
 * the 分 kept), bold total rows, and a signature block under a blank row. Streamed (SXSSF), whatever the size.
 */
public final class BureauWorkbook implements AutoCloseable {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Sheet sheet;
    private final int columns;
    /** Row styles: plain and amount cells, and the same in bold for totals. */
    public final CellStyle text;
    public final CellStyle money;
    public final CellStyle totalText;
    public final CellStyle totalMoney;
    private int next;

    public BureauWorkbook(String sheetName, String title, String[] headers) {
        this(sheetName, title, headers, true);
    }

    /** A table of {@code headers} under {@code title}; 单位：万元 above it only where it holds amounts. */
    public BureauWorkbook(String sheetName, String title, String[] headers, boolean amountsInWan) {
        sheet = workbook.createSheet(sheetName);
        columns = headers.length;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(titleFont);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        CellStyle right = workbook.createCellStyle();
        right.setAlignment(HorizontalAlignment.RIGHT);
        CellStyle header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        text = bordered();
        money = bordered();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        totalText = bordered();
        totalText.setFont(bold);
        totalMoney = bordered();
        totalMoney.setFont(bold);
        totalMoney.setDataFormat(money.getDataFormat());

        Row titleRow = row();
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        if (amountsInWan) {
            Row unit = row();
            unit.createCell(columns - 1).setCellValue("单位：万元");
            unit.getCell(columns - 1).setCellStyle(right);
        }
        Row head = row();
        for (int c = 0; c < columns; c++) {
            head.createCell(c).setCellValue(headers[c]);
            head.getCell(c).setCellStyle(header);
        }
    }

    /** The next row of the sheet. */
    public Row row() {
        return sheet.createRow(next++);
    }

    /**
     * The next row with {@code values} from the first column: amounts in 元 as numbers in 万元, whole numbers as
     * numbers, null as a blank cell, anything else as its text.
     */
    public Row values(Object... values) {
        Row row = row();
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(values[c] instanceof BigDecimal ? money : text);
            switch (values[c]) {
                case null -> cell.setBlank();
                case BigDecimal yuan -> cell.setCellValue(wan(yuan));
                case Integer n -> cell.setCellValue(n);
                default -> cell.setCellValue(values[c].toString());
            }
        }
        return row;
    }

    /**
     * A bold row across the table with {@code label} in column {@code labelColumn} and, where known, the amounts
     * in 万元 in the columns given (pairs of column and 元).
     */
    public Row total(int labelColumn, String label, Object... columnsAndAmounts) {
        Row row = row();
        for (int c = 0; c < columns; c++) {
            row.createCell(c).setCellStyle(totalText);
        }
        row.getCell(labelColumn).setCellValue(label);
        for (int i = 0; i < columnsAndAmounts.length; i += 2) {
            if (columnsAndAmounts[i + 1] instanceof BigDecimal yuan) {
                int c = (Integer) columnsAndAmounts[i];
                row.getCell(c).setCellValue(wan(yuan));
                row.getCell(c).setCellStyle(totalMoney);
            }
        }
        return row;
    }

    /** After a blank row, the signature block, e.g. 填报单位（盖章）：, 负责人：, 日期：. */
    public void signature(String... block) {
        next++;
        Row row = row();
        for (int c = 0; c < block.length; c++) {
            row.createCell(c).setCellValue(block[c]);
        }
    }

    /** Column widths in characters. */
    public void widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out}; the rows already flushed to disk are streamed, not held. */
    public void write(java.io.OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 元 → 万元, exact to the 分. */
    public static double wan(BigDecimal yuan) {
        return (yuan == null ? BigDecimal.ZERO : yuan).divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP).doubleValue();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }
}
