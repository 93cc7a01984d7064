package cn.govit.core.rollup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import cn.govit.core.shared.Texts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * 近十二个月项目进展趋势 — the city's dashboard chart of Art. 40: per month, the projects first submitted, entered into
 * the reserve library, approved and accepted, one line each with its counts, drawn server-side as SVG.
 */
public final class TrendChart {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 360;
    private static final Color[] COLOURS = {new Color(0x5b, 0x8f, 0xd9), new Color(0x2f, 0x9e, 0x8f),
            new Color(0xe0, 0x9f, 0x3e), new Color(0x4c, 0xaf, 0x50)};

    private TrendChart() {
    }

    /** The chart as a standalone SVG element, months and texts in {@code locale} (Chinese unless English). */
    public static String svg(List<TrendMonth> months, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Function<YearMonth, String> label = m -> label(m, m.equals(months.getFirst().month()), locale);
        series(data, months, label, Texts.get(locale, "rollup.trend.submitted"), TrendMonth::submitted);
        series(data, months, label, Texts.get(locale, "rollup.trend.reserve"), TrendMonth::reserve);
        series(data, months, label, Texts.get(locale, "rollup.trend.approved"), TrendMonth::approved);
        series(data, months, label, Texts.get(locale, "rollup.trend.accepted"), TrendMonth::accepted);
        JFreeChart chart = ChartFactory.createLineChart(Texts.get(locale, "rollup.trend.title"), null,
                Texts.get(locale, "rollup.chart.projects"), data, PlotOrientation.VERTICAL, true, false, false);
        Font text = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(text);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xe1, 0xe6));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(text);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.5f);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(text);
        counts.setLabelFont(text);
        counts.setUpperMargin(0.15);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                // A count above its point; the many months of nothing stay unlabelled.
                Number n = dataset.getValue(row, column);
                return n == null || n.intValue() == 0 ? null : super.generateLabel(dataset, row, column);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i < COLOURS.length; i++) {
            renderer.setSeriesPaint(i, COLOURS[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setFontFunction(family -> StageChart.FONTS);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement("trend-chart", true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /** 2026年1月 for the first month shown and each January, 2月 … 12月 between; Jan 2026, Feb … in English. */
    private static String label(YearMonth month, boolean first, Locale locale) {
        boolean withYear = first || month.getMonthValue() == 1;
        if ("en".equals(locale.getLanguage())) {
            return DateTimeFormatter.ofPattern(withYear ? "MMM yyyy" : "MMM", Locale.ENGLISH).format(month);
        }
        return (withYear ? month.getYear() + "年" : "") + month.getMonthValue() + "月";
    }

    private static void series(DefaultCategoryDataset data, List<TrendMonth> months,
                               Function<YearMonth, String> label, String name, ToIntFunction<TrendMonth> count) {
        for (TrendMonth m : months) {
            data.addValue(count.applyAsInt(m), name, label.apply(m.month()));
        }
    }
}
