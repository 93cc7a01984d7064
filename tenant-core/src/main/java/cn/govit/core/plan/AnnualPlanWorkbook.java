package cn.govit.core.plan;

import java.math.BigDecimal;

import cn.govit.core.shared.BureauWorkbook;
import org.apache.poi.ss.usermodel.Row;

/**
 * 项目年度计划表 — the annual plan as the workbook a bureau submits: a title row, 单位：万元, one row per included
 * project by priority, the totals row, then the fund arrangement and what remains, and the signature block
 * (编制单位 / 负责人 / 日期). Amounts are numbers in 万元 (元 / 10,000, exact to the 分). Streamed (SXSSF).
 */
final class AnnualPlanWorkbook {

    static final String[] HEADERS = {"序号", "优先次序", "项目名称", "建设（业主）单位", "总投资（万元）", "年度安排资金（万元）",
            "审议日期"};

    private AnnualPlanWorkbook() {
    }

    static byte[] write(String tenantName, AnnualPlan plan) {
        try (BureauWorkbook book = new BureauWorkbook(plan.year() + "年度计划",
                tenantName + plan.year() + "年度政务信息化项目计划", HEADERS)) {
            int number = 1;
            BigDecimal investment = BigDecimal.ZERO;
            for (AnnualPlan.Entry e : plan.entries()) {
                Row row = book.row();
                row.createCell(0).setCellValue(number++);
                row.createCell(1).setCellValue(e.priority());
                row.createCell(2).setCellValue(e.title());
                row.createCell(3).setCellValue(e.ownerUnit());
                row.createCell(4).setCellValue(BureauWorkbook.wan(e.totalInvestment()));
                row.createCell(5).setCellValue(BureauWorkbook.wan(e.fundedAmount()));
                row.createCell(6).setCellValue(e.decidedOn().toString());
                for (int c = 0; c < HEADERS.length; c++) {
                    row.getCell(c).setCellStyle(c == 4 || c == 5 ? book.money : book.text);
                }
                investment = investment.add(e.totalInvestment() == null ? BigDecimal.ZERO : e.totalInvestment());
            }
            book.total(2, "合计", 4, investment, 5, plan.fundedTotal());
            // Blank until the finance bureau enters the arrangement (Art. 4).
            book.total(2, "财政资金安排", 5, plan.arrangement());
            book.total(2, "结余（资金安排 − 已安排）", 5, plan.remaining());
            book.signature("编制单位（盖章）：", "", "", "负责人：", "", "日期：", "");
            book.widths(6, 10, 40, 28, 16, 20, 14);
            return book.bytes();
        }
    }
}
