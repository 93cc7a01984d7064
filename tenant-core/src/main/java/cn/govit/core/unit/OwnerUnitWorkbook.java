package cn.govit.core.unit;

import org.apache.poi.ss.usermodel.Row;

import cn.govit.core.shared.BureauWorkbook;
import cn.govit.core.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/** 项目建设单位名录 as a workbook: the tenant's name in the title, one row per unit by name. */
@Component
public class OwnerUnitWorkbook {

    private static final String[] HEADERS = {"序号", "项目建设单位", "统一社会信用代码", "行政主管单位", "联系人", "联系电话"};

    private final OwnerUnitService units;

    OwnerUnitWorkbook(OwnerUnitService units) {
        this.units = units;
    }

    public byte[] bytes() {
        String title = TenantContext.require().nameZh() + "项目建设单位名录";
        try (BureauWorkbook book = new BureauWorkbook("项目建设单位", title, HEADERS, false)) {
            int n = 0;
            for (OwnerUnitView u : units.all()) {
                Row row = book.row();
                Object[] cells = {++n, u.name(), u.creditCode(), u.competentDepartment(), u.contactPerson(), u.contactPhone()};
                for (int c = 0; c < cells.length; c++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(book.text);
                    if (cells[c] instanceof Integer i) {
                        cell.setCellValue(i);
                    } else {
                        cell.setCellValue(cells[c] == null ? "" : cells[c].toString());
                    }
                }
            }
            book.widths(6, 36, 22, 30, 12, 16);
            return book.bytes();
        }
    }
}
