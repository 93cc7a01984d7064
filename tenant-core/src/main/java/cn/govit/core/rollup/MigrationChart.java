package cn.govit.core.rollup;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.govit.core.shared.Texts;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * 各县区系统迁移进度 — the city's dashboard chart of Art. 40: one horizontal stacked bar per tenant, its information
 * systems migrated to the city's gov cloud or data centre, on their way within their plan's date, overdue, and
 * without a plan, drawn server-side as SVG. At most {@value StageChart#MAX_BARS} bars, the tenants with the most
 * systems.
 */
public final class MigrationChart {

    private static final Color[] COLOURS = {new Color(0x4c, 0xaf, 0x50), new Color(0x5b, 0x8f, 0xd9),
            new Color(0xd9, 0x4b, 0x3f), new Color(0xa0, 0xa7, 0xb4)};

    private MigrationChart() {
    }

    /** The chart as a standalone SVG element, texts in {@code locale} (Chinese unless English). */
    public static String svg(List<TenantFigures> tenants, Locale locale) {
        List<TenantFigures> shown = tenants.stream()
                .sorted(Comparator.comparingInt((TenantFigures t) -> t.migration().systems()).reversed())
                .limit(StageChart.MAX_BARS).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TenantFigures t : shown) {
            MigrationFigures m = t.migration();
            String name = t.name(locale);
            data.addValue(m.migrated(), Texts.get(locale, "rollup.migrationChart.migrated"), name);
            data.addValue(m.onPlan(), Texts.get(locale, "rollup.migrationChart.onPlan"), name);
            data.addValue(m.overdue(), Texts.get(locale, "rollup.migrationChart.overdue"), name);
            data.addValue(m.unplanned(), Texts.get(locale, "rollup.migrationChart.unplanned"), name);
        }
        return StageChart.draw(Texts.get(locale, "rollup.migrationChart.title"),
                Texts.get(locale, "rollup.migrationChart.systems"), data, COLOURS, shown.size(), "migration-chart");
    }
}
