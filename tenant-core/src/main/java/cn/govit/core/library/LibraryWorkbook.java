package cn.govit.core.library;

import java.util.Locale;

import cn.govit.core.shared.BureauWorkbook;
import org.apache.poi.ss.usermodel.Row;

/**
 * 项目库报表 — a library board as the workbook a bureau submits: a title row, 单位：万元, one row per project under
 * its plan year with a subtotal per year, the total, and the signature block. Amounts are numbers in 万元
 * (元 / 10,000, exact to the 分), shown with two decimals. Streamed (SXSSF), whatever the library's size.
 */
final class LibraryWorkbook {

    static final String[] HEADERS = {"序号", "项目名称", "建设（业主）单位", "计划年度", "优先次序", "总投资（万元）",
            "入库依据", "所处阶段"};

    private LibraryWorkbook() {
    }

    static byte[] write(String tenantName, LibraryBoard board) {
        String label = board.library().label(Locale.SIMPLIFIED_CHINESE);
        try (BureauWorkbook book = new BureauWorkbook(label, tenantName + "政务信息化项目" + label + "（"
                + board.firstYear() + "—" + board.lastYear() + "年）", HEADERS)) {
            int number = 1;
            for (LibraryBoard.YearColumn year : board.years()) {
                for (LibraryBoard.Row project : year.projects()) {
                    project(book, number++, project);
                }
                book.total(1, year.year() + "年小计", 5, year.total());
            }
            for (LibraryBoard.Row project : board.outsideHorizon()) {
                project(book, number++, project);
            }
            book.total(1, "合计", 5, board.total());
            book.signature("填报单位（盖章）：", "", "负责人：", "", "填报人：", "", "填报日期：", "");
            book.widths(6, 40, 28, 10, 10, 16, 14, 14);
            return book.bytes();
        }
    }

    private static void project(BureauWorkbook book, int number, LibraryBoard.Row p) {
        Row row = book.row();
        row.createCell(0).setCellValue(number);
        row.createCell(1).setCellValue(p.title());
        row.createCell(2).setCellValue(p.ownerUnit());
        row.createCell(3).setCellValue(p.planYear());
        if (p.priority() != null) {
            row.createCell(4).setCellValue(p.priority());
        } else {
            row.createCell(4).setBlank();
        }
        row.createCell(5).setCellValue(BureauWorkbook.wan(p.totalInvestment()));
        row.createCell(6).setCellValue(p.exceptional() ? "“一事一议”" : "入库");
        row.createCell(7).setCellValue(p.status().label(Locale.SIMPLIFIED_CHINESE));
        for (int c = 0; c < HEADERS.length; c++) {
            row.getCell(c).setCellStyle(c == 5 ? book.money : book.text);
        }
    }
}
