package cn.govit.core.rollup;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.govit.core.shared.Texts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * 各县区项目阶段分布 — the city's dashboard chart (Art. 40): one horizontal stacked bar per tenant, its projects by
 * {@link Stage}, drawn server-side as SVG. At most {@value #MAX_BARS} bars, the tenants with the most projects.
 */
public final class StageChart {

    static final int MAX_BARS = 40;
    private static final int WIDTH = 960;
    private static final int BAR_HEIGHT = 26;
    /** JFreeSVG writes attributes in single quotes, so the family names are quoted with double ones. */
    static final String FONTS =
            "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", \"WenQuanYi Micro Hei\", sans-serif";
    private static final Color[] COLOURS = {new Color(0x5b, 0x8f, 0xd9), new Color(0x2f, 0x9e, 0x8f),
            new Color(0xe0, 0x9f, 0x3e), new Color(0x4c, 0xaf, 0x50), new Color(0xa0, 0xa7, 0xb4),
            new Color(0x6d, 0x4c, 0x9f)};

    private StageChart() {
    }

    /** The chart as a standalone SVG element, texts in {@code locale} (Chinese unless English). */
    public static String svg(List<TenantFigures> tenants, Locale locale) {
        List<TenantFigures> shown = tenants.stream()
                .sorted(Comparator.comparingInt(TenantFigures::projects).reversed()).limit(MAX_BARS).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TenantFigures t : shown) {
            for (Stage stage : Stage.values()) {
                data.addValue(t.stage(stage), stage.label(locale), t.name(locale));
            }
        }
        return draw(Texts.get(locale, "rollup.chart.title"), Texts.get(locale, "rollup.chart.projects"), data, COLOURS,
                shown.size(), "stage-chart");
    }

    /**
     * One horizontal stacked bar per category of {@code data}, series coloured by {@code colours}, as a standalone SVG
     * element of the city's dashboard with the given id.
     */
    static String draw(String title, String axis, DefaultCategoryDataset data, Color[] colours, int bars, String id) {
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, true,
                false, false);
        Font text = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(text);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xe1, 0xe6));
        plot.setOutlineVisible(false);
        CategoryAxis districts = plot.getDomainAxis();
        districts.setTickLabelFont(text);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(text);
        counts.setLabelFont(text);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.7);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        int height = 120 + Math.max(bars, 1) * BAR_HEIGHT;
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setFontFunction(family -> FONTS);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        return g.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, height), null, null);
    }
}
