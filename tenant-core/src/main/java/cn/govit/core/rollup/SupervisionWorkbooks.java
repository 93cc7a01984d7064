package cn.govit.core.rollup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.govit.core.application.ProjectKind;
import cn.govit.core.library.Library;
import cn.govit.core.shared.BureauWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * 市级监管报表 — the overview and a district's project list as the workbooks a bureau files: title row, 单位：万元,
 * one row per tenant or project, the total in bold. Amounts in 万元 with two decimals (exact to the 分); streamed.
 */
final class SupervisionWorkbooks {

    static final String[] OVERVIEW = {"序号", "县（区）、开发区", "项目数", "申报评审", "入库待批", "实施", "验收运维",
            "暂停终止", "涉密", "储备库项目", "储备库投资（万元）", "实施库项目", "实施库投资（万元）", "总投资（万元）",
            "批复投资（万元）", "逾期事项", "限制措施", "规则差异", "风险等级", "风险原因", "数据时间", "信息系统", "已迁移", "迁移逾期", "无迁移计划", "不合规单位"};
    static final String[] DISTRICT = {"序号", "项目名称", "建设（业主）单位", "项目类别", "项目状态", "项目库", "计划年度",
            "总投资（万元）", "批复投资（万元）", "逾期事项", "最早到期日", "风险等级", "风险原因"};
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private SupervisionWorkbooks() {
    }

    static byte[] overview(Overview overview, OffsetDateTime at) {
        String year = overview.planYear() == null ? "" : "（" + overview.planYear() + "年计划）";
        try (BureauWorkbook book = new BureauWorkbook("市级监管总览", "南昌市各县（区）、开发区政务信息化项目监管汇总表"
                + year + "（截至 " + AT.format(at) + "）", OVERVIEW)) {
            int number = 1;
            for (TenantFigures t : overview.tenants()) {
                Row row = book.row();
                row.createCell(0).setCellValue(number++);
                row.createCell(1).setCellValue(t.nameZh());
                figures(book, row, t, overview.planYear());
                row.createCell(18).setCellValue(t.risk().label(ZH));
                row.createCell(19).setCellValue(reasons(t.riskReasons()));
                row.createCell(20).setCellValue(t.projectsAsOf() == null ? "" : AT.format(t.projectsAsOf()));
                style(book, row, OVERVIEW.length, 10, 12, 13, 14);
            }
            TenantFigures total = overview.total();
            Row row = book.total(1, "合计", 10, total.libraryInvestment(Library.RESERVE, overview.planYear()),
                    12, total.libraryInvestment(Library.IMPLEMENTATION, overview.planYear()), 13,
                    total.totalInvestment(), 14, total.approvedInvestment());
            counts(row, total, overview.planYear());
            book.widths(6, 24, 8, 10, 10, 8, 10, 10, 6, 10, 14, 10, 14, 14, 14, 10, 10, 10, 8, 40, 18, 10, 8, 10, 12,
                    12);
            return book.bytes();
        }
    }

    /** The district's rows, fed page by page by {@code rows}, then the total. */
    static byte[] district(String tenantName, OffsetDateTime at, Consumer<Consumer<ProjectRow>> rows,
                           TenantFigures total) {
        try (BureauWorkbook book = new BureauWorkbook("项目清单", tenantName + "政务信息化项目清单（截至 " + AT.format(at)
                + "）", DISTRICT)) {
            int[] number = {1};
            BigDecimal[] sums = {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
            rows.accept(p -> {
                Row row = book.row();
                row.createCell(0).setCellValue(number[0]++);
                row.createCell(1).setCellValue(p.title());
                row.createCell(2).setCellValue(p.ownerUnit());
                row.createCell(3).setCellValue(p.kind() == ProjectKind.CONSTRUCTION ? "建设类" : "运维类");
                row.createCell(4).setCellValue(p.status().label(ZH));
                row.createCell(5).setCellValue(p.library() == null ? "" : p.library().label(ZH));
                row.createCell(6).setCellValue(p.planYear() == null ? "" : String.valueOf(p.planYear()));
                row.createCell(7).setCellValue(BureauWorkbook.wan(p.totalInvestment()));
                row.createCell(8).setCellValue(BureauWorkbook.wan(p.approvedInvestment()));
                row.createCell(9).setCellValue(p.overdueSteps());
                row.createCell(10).setCellValue(p.earliestDueOn() == null ? "" : p.earliestDueOn().toString());
                row.createCell(11).setCellValue(p.risk().label(ZH));
                row.createCell(12).setCellValue(reasons(p.riskReasons()));
                style(book, row, DISTRICT.length, 7, 8);
                sums[0] = sums[0].add(p.totalInvestment());
                sums[1] = sums[1].add(p.approvedInvestment());
            });
            Row row = book.total(1, "合计", 7, sums[0], 8, sums[1]);
            row.getCell(9).setCellValue(total.overdueSteps());
            book.widths(6, 40, 28, 12, 16, 10, 10, 14, 14, 10, 12, 8, 40);
            return book.bytes();
        }
    }

    private static void figures(BureauWorkbook book, Row row, TenantFigures t, Integer year) {
        counts(row, t, year);
        row.createCell(10).setCellValue(BureauWorkbook.wan(t.libraryInvestment(Library.RESERVE, year)));
        row.createCell(12).setCellValue(BureauWorkbook.wan(t.libraryInvestment(Library.IMPLEMENTATION, year)));
        row.createCell(13).setCellValue(BureauWorkbook.wan(t.totalInvestment()));
        row.createCell(14).setCellValue(BureauWorkbook.wan(t.approvedInvestment()));
    }

    private static void counts(Row row, TenantFigures t, Integer year) {
        row.createCell(2).setCellValue(t.projects());
        int c = 3;
        for (Stage stage : Stage.values()) {
            cell(row, c++).setCellValue(t.stage(stage));
        }
        cell(row, 9).setCellValue(t.libraryProjects(Library.RESERVE, year));
        cell(row, 11).setCellValue(t.libraryProjects(Library.IMPLEMENTATION, year));
        cell(row, 15).setCellValue(t.overdueSteps());
        cell(row, 16).setCellValue(t.sanctionsInForce());
        cell(row, 17).setCellValue(t.ruleDifferences());
        MigrationFigures m = t.migration();
        cell(row, 21).setCellValue(m.systems());
        cell(row, 22).setCellValue(m.migrated());
        cell(row, 23).setCellValue(m.overdue());
        cell(row, 24).setCellValue(m.unplanned());
        cell(row, 25).setCellValue(m.unitsNotCompliant());
    }

    private static Cell cell(Row row, int c) {
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void style(BureauWorkbook book, Row row, int columns, int... money) {
        for (int c = 0; c < columns; c++) {
            boolean isMoney = false;
            for (int m : money) {
                isMoney |= m == c;
            }
            cell(row, c).setCellStyle(isMoney ? book.money : book.text);
        }
    }

    static String reasons(List<RiskReason> reasons) {
        return reasons.stream().map(r -> r.text(ZH)).collect(Collectors.joining("；"));
    }
}
