package cn.govit.core.flowchart;

import static cn.govit.core.project.ProjectStatus.ANNUAL_PLAN;
import static cn.govit.core.project.ProjectStatus.APPROVED;
import static cn.govit.core.project.ProjectStatus.CONTRACT_FILED;
import static cn.govit.core.project.ProjectStatus.DRAFT;
import static cn.govit.core.project.ProjectStatus.EXCEPTIONAL_APPROVED;
import static cn.govit.core.project.ProjectStatus.EXCEPTIONAL_REQUESTED;
import static cn.govit.core.project.ProjectStatus.FINAL_ACCEPTED;
import static cn.govit.core.project.ProjectStatus.IMPLEMENTATION;
import static cn.govit.core.project.ProjectStatus.INITIAL_ACCEPTED;
import static cn.govit.core.project.ProjectStatus.IN_OPERATION;
import static cn.govit.core.project.ProjectStatus.OPERATION_MAINTENANCE;
import static cn.govit.core.project.ProjectStatus.PROCUREMENT;
import static cn.govit.core.project.ProjectStatus.RECTIFICATION;
import static cn.govit.core.project.ProjectStatus.RESERVE;
import static cn.govit.core.project.ProjectStatus.RETIRED;
import static cn.govit.core.project.ProjectStatus.RETURNED;
import static cn.govit.core.project.ProjectStatus.SECURITY_ASSESSED;
import static cn.govit.core.project.ProjectStatus.SELF_SUPERVISED;
import static cn.govit.core.project.ProjectStatus.SUBMITTED;
import static cn.govit.core.project.ProjectStatus.SUSPENDED;
import static cn.govit.core.project.ProjectStatus.TERMINATED;
import static cn.govit.core.project.ProjectStatus.UNDER_CONSTRUCTION;
import static cn.govit.core.project.ProjectStatus.UNDER_REVIEW;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import javax.imageio.ImageIO;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.rules.Article;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.shared.Texts;
import org.jfree.svg.SVGGraphics2D;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.jfree.svg.ViewBox;

/**
 * 审批服务流程图 — the approval flow of one tenant drawn from its own rule set: the stages of the
 * lifecycle, the steps between them, and on each the figure the district's rules set (thresholds,
 * periods, required opinions), so two districts with different rules get different charts.
 */
public final class ApprovalFlowchart {

    private static final int COLUMN_WIDTH = 280;
    private static final int ROW_HEIGHT = 84;
    private static final int ROWS = 16;
    private static final int BOX_WIDTH = 200;
    private static final int BOX_HEIGHT = 40;
    private static final int MARGIN_TOP = 90;
    private static final int MARGIN_LEFT = 30;
    private static final int WIDTH = 1000;
    /** Room under the last row for the notes a step's label points to (①). */
    private static final int FOOTNOTES = 40;
    private static final int HEIGHT = MARGIN_TOP + ROW_HEIGHT * ROWS + FOOTNOTES;
    /** The lane between the main path and the right-hand side paths, where the requests for 一事一议 run. */
    private static final double RIGHT_LANE = MARGIN_LEFT + COLUMN_WIDTH * 2 - 30;
    /** The lane between the left-hand side paths and the main path. */
    private static final double LEFT_LANE = MARGIN_LEFT + COLUMN_WIDTH - 40;
    private static final int LABEL_SIZE = 11;
    private static final int LINE_HEIGHT = 13;
    private static final Color INK = new Color(0x1f, 0x2d, 0x3d);
    private static final Color MAIN = new Color(0xe8, 0xf1, 0xfb);
    private static final Color SIDE = new Color(0xfd, 0xf3, 0xe4);
    private static final Color EDGE = new Color(0x4a, 0x5b, 0x70);
    private static final Color NOTE = new Color(0x9a, 0x3b, 0x1b);
    /** JFreeSVG writes attributes in single quotes, so the family names are quoted with double ones. */
    private static final String FONTS =
            "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", \"WenQuanYi Micro Hei\", sans-serif";

    /** Where each stage sits: column 0 the short path of Art. 7, 1 the main path, 2 the side paths. */
    private static final Map<ProjectStatus, int[]> LAYOUT = new EnumMap<>(ProjectStatus.class);

    static {
        place(DRAFT, 1, 0);
        place(SUBMITTED, 1, 1);
        place(UNDER_REVIEW, 1, 2);
        place(RETURNED, 2, 1);
        place(SELF_SUPERVISED, 0, 2);
        place(RESERVE, 1, 3);
        place(EXCEPTIONAL_REQUESTED, 2, 3);
        place(EXCEPTIONAL_APPROVED, 2, 4);
        place(ANNUAL_PLAN, 1, 4);
        place(APPROVED, 1, 5);
        place(IMPLEMENTATION, 1, 6);
        place(PROCUREMENT, 1, 7);
        place(CONTRACT_FILED, 1, 8);
        place(UNDER_CONSTRUCTION, 1, 9);
        place(SECURITY_ASSESSED, 1, 10);
        place(INITIAL_ACCEPTED, 1, 11);
        place(RECTIFICATION, 2, 12);
        place(FINAL_ACCEPTED, 1, 12);
        place(IN_OPERATION, 1, 13);
        place(OPERATION_MAINTENANCE, 1, 14);
        place(RETIRED, 1, 15);
        // Beside the construction they interrupt, below the short path's lane which ends at procurement.
        place(SUSPENDED, 0, 9);
        place(TERMINATED, 0, 11);
    }

    private ApprovalFlowchart() {
    }

    /** The chart as a standalone SVG element, texts in {@code locale} (Chinese unless English). */
    public static String svg(String tenantName, RuleSet rules, Locale locale) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setFontFunction(family -> FONTS);
        draw(g, (style, size) -> new Font(Font.SANS_SERIF, style, size), tenantName, rules, locale);
        // A viewBox lets a page scale the chart to its width (max-width: 100%; height: auto).
        return g.getSVGElement("approval-flowchart", true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /** The same chart as a PNG at twice its size, sharp enough to paste into a document and print. */
    public static byte[] png(String tenantName, RuleSet rules, Locale locale) {
        BufferedImage image = new BufferedImage(WIDTH * 2, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(2, 2);
            Font cjk = ChartFont.awt();
            draw(g, (style, size) -> cjk.deriveFont(style, size), tenantName, rules, locale);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same chart on one A4 page, drawn as vectors with the Chinese font embedded. */
    public static byte[] pdf(String tenantName, RuleSet rules, Locale locale) {
        float scale = PageSize.A4.getHeight() / HEIGHT;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(WIDTH * scale, HEIGHT * scale), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(Texts.get(locale, "flowchart.title", tenantName));
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        Graphics2D g = canvas.createGraphics(WIDTH * scale, HEIGHT * scale, ChartFont.pdfMapper());
        try {
            g.scale(scale, scale);
            draw(g, (style, size) -> new Font(Font.SANS_SERIF, style, size), tenantName, rules, locale);
        } finally {
            g.dispose();
        }
        document.close();
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, BiFunction<Integer, Integer, Font> fonts, String tenantName, RuleSet rules,
                             Locale locale) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(INK);
        g.setFont(fonts.apply(Font.BOLD, 20));
        g.drawString(Texts.get(locale, "flowchart.title", tenantName), MARGIN_LEFT, 36);
        g.setFont(fonts.apply(Font.PLAIN, 12));
        g.drawString(Texts.get(locale, "flowchart.subtitle", versionInWords(rules, locale), rules.date().toString()),
                MARGIN_LEFT, 58);

        List<Edge> edges = edges(rules, locale);
        List<Route> routes = edges.stream().map(e -> route(e, edges)).toList();
        for (Route r : routes) {
            line(g, r);
        }
        for (ProjectStatus stage : LAYOUT.keySet()) {
            box(g, fonts, stage, locale);
        }
        // Labels last, on white, so that no line runs through their text.
        for (Route r : routes) {
            label(g, fonts, r);
        }
        for (Map.Entry<ProjectStatus, String> note : notes(rules, locale).entrySet()) {
            Rectangle2D box = bounds(note.getKey());
            double x = box.getMaxX() + 10;
            text(g, fonts, note.getValue(), x, box.getCenterY(), WIDTH - 20 - x, false);
        }
        String reserve = Texts.get(locale, rules.flag(RuleParameter.R8_10_SECURITY_OPINIONS_REQUIRED)
                ? "flowchart.R10.R8_10" : "flowchart.R10", rules.integer(RuleParameter.R9_LIBRARY_HORIZON_YEARS));
        text(g, fonts, reserve, MARGIN_LEFT, HEIGHT - FOOTNOTES / 2.0, WIDTH - 2 * MARGIN_LEFT, false);
    }

    /** The rule-set versions the chart follows, in words: 市级基准第 2 版、本级第 7 版. */
    static String versionInWords(RuleSet rules, Locale locale) {
        String city = rules.baselineVersion() == 0 ? Texts.get(locale, "flowchart.version.regulation")
                : Texts.get(locale, "flowchart.version.city", rules.baselineVersion());
        return rules.localVersion() == 0 ? city : Texts.get(locale, "flowchart.version.local", city, rules.localVersion());
    }

    /** One arrow between two stages with the rule it carries. */
    record Edge(ProjectStatus from, ProjectStatus to, String label) {
    }

    static List<Edge> edges(RuleSet rules, Locale locale) {
        List<Edge> edges = new ArrayList<>();
        for (LifecycleAction action : LifecycleAction.values()) {
            if (action.to() == null || action == LifecycleAction.SUSPEND || action == LifecycleAction.TERMINATE) {
                continue;
            }
            for (ProjectStatus from : action.from()) {
                if (LAYOUT.containsKey(from) && LAYOUT.containsKey(action.to()) && from != action.to()) {
                    edges.add(new Edge(from, action.to(), label(action, from, rules, locale)));
                }
            }
        }
        edges.add(new Edge(UNDER_CONSTRUCTION, SUSPENDED, ""));
        edges.add(new Edge(SUSPENDED, TERMINATED, Texts.get(locale, "flowchart.suspend")));
        return edges;
    }

    private static String label(LifecycleAction action, ProjectStatus from, RuleSet rules, Locale locale) {
        return switch (action) {
            case SELF_SUPERVISE -> Texts.get(locale, "flowchart.R7.below", wan(rules.money(RuleParameter.R7_SELF_SUPERVISION_THRESHOLD)));
            case ENDORSE -> Texts.get(locale, "flowchart.R7.atLeast", wan(rules.money(RuleParameter.R7_SELF_SUPERVISION_THRESHOLD)));
            case INCLUDE_IN_ANNUAL_PLAN -> Texts.get(locale, "flowchart.R12",
                    rules.integer(RuleParameter.R12_LEADING_GROUP_MEETINGS_PER_YEAR));
            case FAIL_FINAL_ACCEPTANCE -> from == RECTIFICATION ? ""
                    : Texts.get(locale, "flowchart.R28", rules.integer(RuleParameter.R28_RECTIFICATION_MONTHS));
            case FILE_ACCEPTANCE_DOCUMENTS -> Texts.get(locale, "flowchart.R27",
                    rules.integer(RuleParameter.R27_ACCEPTANCE_DOCUMENTS_DAYS));
            case SUBMIT_SELF_EVALUATION -> Texts.get(locale, "flowchart.R30",
                    rules.integer(RuleParameter.R30_SELF_EVALUATION_FROM_MONTHS),
                    rules.integer(RuleParameter.R30_SELF_EVALUATION_TO_MONTHS));
            // The conditions of Art. 10 are too long for the gap between two rows: a footnote says them.
            case PASS_REVIEW -> Texts.get(locale, "flowchart.R10.short");
            case APPROVE -> from == EXCEPTIONAL_APPROVED ? "" : rules.flag(RuleParameter.R8_10_SECURITY_OPINIONS_REQUIRED)
                    ? Texts.get(locale, "flowchart.R14.R8_10") : Texts.get(locale, "flowchart.R14");
            // The budget-estimate path runs beside the feasibility approval; one label says both.
            case VERIFY_BUDGET_ESTIMATE -> "";
            // The two requests share one lane into 一事一议; its article is written once, where they meet.
            case REQUEST_EXCEPTIONAL -> from == UNDER_REVIEW ? cite(locale, action.article()) : "";
            // IN_OPERATION's way out runs round 运维期; the article stands on the way from 运维期.
            case RETIRE -> from == IN_OPERATION ? "" : cite(locale, action.article());
            case RETURN_FOR_REVISION, RESUBMIT, REJECT_EXCEPTIONAL, START_PROCUREMENT -> "";
            default -> cite(locale, action.article());
        };
    }

    /** What the district's rules ask at a stage, written beside it. */
    static Map<ProjectStatus, String> notes(RuleSet rules, Locale locale) {
        Map<ProjectStatus, String> notes = new EnumMap<>(ProjectStatus.class);
        List<String> submit = new ArrayList<>();
        if (rules.integer(RuleParameter.R8_4_MIN_QUANTITATIVE_INDICATORS) > 0) {
            submit.add(Texts.get(locale, "flowchart.note.R8_4", rules.integer(RuleParameter.R8_4_MIN_QUANTITATIVE_INDICATORS)));
        }
        submit.add(Texts.get(locale, "flowchart.note.R8_5", rules.integer(RuleParameter.R8_5_MIN_FREE_OM_YEARS)));
        if (rules.flag(RuleParameter.R8_2_GOV_EXTRANET_REQUIRED)) {
            submit.add(Texts.get(locale, "flowchart.note.R8_2"));
        }
        if (rules.flag(RuleParameter.R8_3_RESOURCE_CATALOGUE_REQUIRED)) {
            submit.add(Texts.get(locale, "flowchart.note.R8_3"));
        }
        if (rules.flag(RuleParameter.R33_SANCTIONS_ENFORCED)) {
            submit.add(Texts.get(locale, "flowchart.note.R33"));
        }
        // Beside the draft, the right-hand lane being busy beside 已申报.
        notes.put(DRAFT, String.join(locale.getLanguage().equals("en") ? "; " : "；", submit));
        notes.put(UNDER_CONSTRUCTION, Texts.get(locale, "flowchart.note.R19",
                rules.integer(RuleParameter.R19_MONTHLY_REPORT_DUE_DAY)));
        notes.put(OPERATION_MAINTENANCE, Texts.get(locale, "flowchart.note.R32",
                rules.monthDay(RuleParameter.R32_OM_ASSESSMENT_DUE).getMonthValue(),
                rules.monthDay(RuleParameter.R32_OM_ASSESSMENT_DUE).getDayOfMonth()));
        return notes;
    }

    private static void box(Graphics2D g, BiFunction<Integer, Integer, Font> fonts, ProjectStatus stage, Locale locale) {
        Rectangle2D r = bounds(stage);
        g.setColor(LAYOUT.get(stage)[0] == 1 ? MAIN : SIDE);
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 12, 12);
        g.fill(shape);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(shape);
        String label = stage.label(locale);
        // A long (English) name gets a smaller type rather than running over the box.
        int size = 13;
        while (size > 9 && textWidth(label, size) > BOX_WIDTH - 14) {
            size--;
        }
        g.setFont(fonts.apply(Font.BOLD, size));
        g.drawString(label, (float) (r.getCenterX() - textWidth(label, size) / 2), (float) (r.getCenterY() + 5));
    }

    /**
     * An edge drawn as a line of right angles that goes round the boxes, and where its label goes:
     * {@code (labelX, labelY)} is the label's left end and vertical centre ({@code centred}: its centre),
     * {@code labelWidth} the room it has before the next line or box.
     */
    record Route(List<Point2D> points, String label, double labelX, double labelY, double labelWidth, boolean centred) {
    }

    static Route route(Edge e, List<Edge> all) {
        Rectangle2D a = bounds(e.from());
        Rectangle2D b = bounds(e.to());
        int[] from = LAYOUT.get(e.from());
        int[] to = LAYOUT.get(e.to());
        List<Point2D> p = new ArrayList<>();
        if (e.to() == EXCEPTIONAL_REQUESTED && from[0] == 1) {
            // Right side of the stage → the lane → down to 一事一议's left side.
            p.add(pt(a.getMaxX(), a.getCenterY() + 12));
            p.add(pt(RIGHT_LANE, a.getCenterY() + 12));
            p.add(pt(RIGHT_LANE, b.getCenterY()));
            p.add(pt(b.getMinX(), b.getCenterY()));
            return new Route(p, e.label(), RIGHT_LANE + 6, b.getMinY() - (ROW_HEIGHT - BOX_HEIGHT) / 2.0,
                    b.getCenterX() + 30 - 8 - RIGHT_LANE - 6, false);
        }
        if (from[1] == to[1]) {
            // Side by side: a straight line; a pair in both directions is drawn apart.
            boolean pair = all.stream().anyMatch(o -> o.from() == e.to() && o.to() == e.from());
            double y = a.getCenterY() + (pair ? (e.from().ordinal() < e.to().ordinal() ? -7 : 7) : 0);
            boolean right = to[0] > from[0];
            p.add(pt(right ? a.getMaxX() : a.getMinX(), y));
            p.add(pt(right ? b.getMinX() : b.getMaxX(), y));
            double gap = Math.abs(p.get(1).getX() - p.get(0).getX());
            return new Route(p, e.label(), (p.get(0).getX() + p.get(1).getX()) / 2, y - 9, gap - 6, true);
        }
        boolean down = to[1] > from[1];
        if (from[0] == to[0]) {
            boolean blocked = LAYOUT.entrySet().stream().anyMatch(o -> o.getValue()[0] == from[0]
                    && o.getValue()[1] > Math.min(from[1], to[1]) && o.getValue()[1] < Math.max(from[1], to[1]));
            if (blocked) {
                // Round the stages between them, through the left lane.
                p.add(pt(a.getMinX(), a.getCenterY()));
                p.add(pt(LEFT_LANE, a.getCenterY()));
                p.add(pt(LEFT_LANE, b.getCenterY()));
                p.add(pt(b.getMinX(), b.getCenterY()));
                return new Route(p, e.label(), LEFT_LANE + 6, (a.getCenterY() + b.getCenterY()) / 2, 0, false);
            }
            // Into 退回修改 beside the way up from 技术评审中.
            double x = e.to() == RETURNED ? b.getCenterX() + 30 : a.getCenterX();
            p.add(pt(x, down ? a.getMaxY() : a.getMinY()));
            p.add(pt(x, down ? b.getMinY() : b.getMaxY()));
            return new Route(p, e.label(), x + 6, (p.get(0).getY() + p.get(1).getY()) / 2,
                    limit(from[0], Math.min(from[1], to[1])) - x - 6, false);
        }
        if (from[0] == 1) {
            // From the main path: out of its side, along the row, then down (or up) into the side path.
            double x = e.to() == RETURNED ? b.getCenterX() - 30 : b.getCenterX();
            double y = a.getCenterY() - (to[0] == 2 ? 8 : 0);
            p.add(pt(to[0] > from[0] ? a.getMaxX() : a.getMinX(), y));
            p.add(pt(x, y));
            p.add(pt(x, down ? b.getMinY() : b.getMaxY()));
            return new Route(p, e.label(), x + 6, (y + p.get(2).getY()) / 2 + (down ? 6 : 0),
                    limit(to[0], from[1]) - x - 6, false);
        }
        // From a side path back to the main one: down its own column, then along the row into the stage's side.
        p.add(pt(a.getCenterX(), down ? a.getMaxY() : a.getMinY()));
        p.add(pt(a.getCenterX(), b.getCenterY()));
        p.add(pt(to[0] > from[0] ? b.getMinX() : b.getMaxX(), b.getCenterY()));
        return new Route(p, e.label(), a.getCenterX() + 6, (p.get(0).getY() + b.getCenterY()) / 2,
                limit(from[0], from[1]) - a.getCenterX() - 6, false);
    }

    /** The right-hand edge of the room a label in {@code column} has: the next lane, line or the chart's margin. */
    private static double limit(int column, int row) {
        return switch (column) {
            case 0 -> MARGIN_LEFT + COLUMN_WIDTH - 8;
            case 1 -> row < 4 ? RIGHT_LANE - 8 : MARGIN_LEFT + COLUMN_WIDTH * 2 + BOX_WIDTH / 2.0 - 10;
            default -> WIDTH - 20;
        };
    }

    private static void line(Graphics2D g, Route r) {
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(1.1f));
        Path2D path = new Path2D.Double();
        path.moveTo(r.points().getFirst().getX(), r.points().getFirst().getY());
        r.points().stream().skip(1).forEach(pt -> path.lineTo(pt.getX(), pt.getY()));
        g.draw(path);
        Point2D end = r.points().getLast();
        Point2D before = r.points().get(r.points().size() - 2);
        double angle = Math.atan2(end.getY() - before.getY(), end.getX() - before.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(end.getX(), end.getY());
        head.lineTo(end.getX() - 9 * Math.cos(angle - 0.4), end.getY() - 9 * Math.sin(angle - 0.4));
        head.lineTo(end.getX() - 9 * Math.cos(angle + 0.4), end.getY() - 9 * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
    }

    private static void label(Graphics2D g, BiFunction<Integer, Integer, Font> fonts, Route r) {
        if (!r.label().isEmpty()) {
            text(g, fonts, r.label(), r.labelX(), r.labelY(), r.labelWidth(), r.centred());
        }
    }

    /** {@code text} wrapped to {@code width}, on white, its lines centred on {@code centreY}. */
    private static void text(Graphics2D g, BiFunction<Integer, Integer, Font> fonts, String text, double x,
                             double centreY, double width, boolean centred) {
        List<String> lines = wrap(text, width);
        double first = centreY - (lines.size() - 1) * LINE_HEIGHT / 2.0 + 4;
        g.setFont(fonts.apply(Font.PLAIN, LABEL_SIZE));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            double w = textWidth(line, LABEL_SIZE);
            double left = centred ? x - w / 2 : x;
            double y = first + i * LINE_HEIGHT;
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(new Rectangle2D.Double(left - 2, y - 11, w + 4, LINE_HEIGHT + 1));
            g.setColor(NOTE);
            g.drawString(line, (float) left, (float) y);
        }
    }

    /** Breaks between Chinese characters or after a Latin word, so that each line fits {@code width}. */
    static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : text.split("(?<=[\\u2E80-\\uFFFF ])|(?=[\\u2E80-\\uFFFF])")) {
            if (!line.isEmpty() && textWidth(line + token.stripTrailing(), LABEL_SIZE) > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(token);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private static Point2D pt(double x, double y) {
        return new Point2D.Double(x, y);
    }

    private static Rectangle2D bounds(ProjectStatus stage) {
        int[] cell = LAYOUT.get(stage);
        return new Rectangle2D.Double(MARGIN_LEFT + cell[0] * COLUMN_WIDTH, MARGIN_TOP + cell[1] * ROW_HEIGHT,
                BOX_WIDTH, BOX_HEIGHT);
    }

    /** Chinese characters are about as wide as the font is high, Latin ones (on average) a little over half. */
    private static double textWidth(String text, int size) {
        return text.codePoints().mapToDouble(c -> c > 0x2E80 ? size : size * 0.56).sum();
    }

    private static String cite(Locale locale, String article) {
        return "en".equals(locale.getLanguage()) ? Article.en(article) : Article.zh(article);
    }

    /** 元 → 万元 as the officials read amounts. */
    private static String wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void place(ProjectStatus stage, int column, int row) {
        LAYOUT.put(stage, new int[] {column, row});
    }
}
