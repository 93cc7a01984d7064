package cn.govit.app.base.ui;

import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;

/** "共 N 项" under a grid's first column, following the grid's items as filters or pages change. */
public final class GridCount {

    private GridCount() {
    }

    /** Call once the columns are added. */
    public static void show(Grid<?> grid) {
        FooterRow footer = grid.appendFooterRow();
        FooterRow.FooterCell cell = footer.getCell(grid.getColumns().getFirst());
        grid.getGenericDataView().addItemCountChangeListener(e -> cell.setText(e.isItemCountEstimated() ? ""
                : grid.getTranslation("grid.count", e.getItemCount())));
    }
}
