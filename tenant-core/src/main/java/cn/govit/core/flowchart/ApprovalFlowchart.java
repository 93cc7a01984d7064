package cn.govit.core.flowchart;

import static cn.govit.core.project.ProjectStatus.ANNUAL_PLAN;
import static cn.govit.core.project.ProjectStatus.APPROVED;
import static cn.govit.core.project.ProjectStatus.CONTRACT_FILED;
import static cn.govit.core.project.ProjectStatus.DRAFT;
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
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.rules.Article;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.shared.Texts;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * 审批服务流程图 — the approval flow of one tenant drawn from its own rule set: the stages of the
 * lifecycle, the steps between them, and on each the figure the district's rules set (thresholds,
 * periods, required opinions), so two districts with different rules get different charts.
 */
public final class ApprovalFlowchart {

    private static final int COLUMN_WIDTH = 300;
    private static final int ROW_HEIGHT = 78;
    private static final int BOX_WIDTH = 210;
    private static final int BOX_HEIGHT = 40;
    private static final int MARGIN_TOP = 90;
    private static final int MARGIN_LEFT = 30;
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
        place(EXCEPTIONAL_REQUESTED, 2, 4);
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
        place(SUSPENDED, 0, 13);
        place(TERMINATED, 0, 15);
    }

    private ApprovalFlowchart() {
    }

    /** The chart as a standalone SVG element, texts in {@code locale} (Chinese unless English). */
    public static String svg(String tenantName, RuleSet rules, Locale locale) {
        int width = MARGIN_LEFT * 2 + COLUMN_WIDTH * 2 + BOX_WIDTH + 40;
        int height = MARGIN_TOP + ROW_HEIGHT * 16 + 20;
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setFontFunction(family -> FONTS);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString(Texts.get(locale, "flowchart.title", tenantName), MARGIN_LEFT, 36);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(Texts.get(locale, "flowchart.subtitle", rules.versionLabel(), rules.date().toString()),
                MARGIN_LEFT, 58);

        for (Edge e : edges(rules, locale)) {
            arrow(g, e);
        }
        for (Map.Entry<ProjectStatus, int[]> node : LAYOUT.entrySet()) {
            box(g, node.getKey(), locale);
        }
        for (Map.Entry<ProjectStatus, String> note : notes(rules, locale).entrySet()) {
            Rectangle2D r = bounds(note.getKey());
            g.setColor(NOTE);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString(note.getValue(), (float) (r.getMaxX() + 8), (float) (r.getCenterY() + 4));
        }
        // A viewBox lets a page scale the chart to its width (max-width: 100%; height: auto).
        return g.getSVGElement("approval-flowchart", true, new ViewBox(0, 0, width, height), null, null);
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
        edges.add(new Edge(IMPLEMENTATION, SUSPENDED, Texts.get(locale, "flowchart.suspend")));
        edges.add(new Edge(SUSPENDED, TERMINATED, cite(locale, "R35")));
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
            case PASS_REVIEW -> Texts.get(locale, "flowchart.R10", rules.integer(RuleParameter.R9_LIBRARY_HORIZON_YEARS));
            case APPROVE -> rules.flag(RuleParameter.R8_10_SECURITY_OPINIONS_REQUIRED)
                    ? Texts.get(locale, "flowchart.R14.R8_10") : Texts.get(locale, "flowchart.R14");
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
        notes.put(DRAFT, String.join(locale.getLanguage().equals("en") ? "; " : "；", submit));
        notes.put(UNDER_CONSTRUCTION, Texts.get(locale, "flowchart.note.R19",
                rules.integer(RuleParameter.R19_MONTHLY_REPORT_DUE_DAY)));
        notes.put(OPERATION_MAINTENANCE, Texts.get(locale, "flowchart.note.R32",
                rules.monthDay(RuleParameter.R32_OM_ASSESSMENT_DUE).getMonthValue(),
                rules.monthDay(RuleParameter.R32_OM_ASSESSMENT_DUE).getDayOfMonth()));
        if (rules.flag(RuleParameter.R33_SANCTIONS_ENFORCED)) {
            notes.put(SUBMITTED, Texts.get(locale, "flowchart.note.R33"));
        }
        return notes;
    }

    private static void box(SVGGraphics2D g, ProjectStatus stage, Locale locale) {
        Rectangle2D r = bounds(stage);
        g.setColor(LAYOUT.get(stage)[0] == 1 ? MAIN : SIDE);
        RoundRectangle2D shape = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 12, 12);
        g.fill(shape);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(shape);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        String label = stage.label(locale);
        g.drawString(label, (float) (r.getCenterX() - textWidth(label, 13) / 2), (float) (r.getCenterY() + 5));
    }

    private static void arrow(SVGGraphics2D g, Edge e) {
        Rectangle2D a = bounds(e.from());
        Rectangle2D b = bounds(e.to());
        Point2D start = clip(a, center(b));
        Point2D end = clip(b, center(a));
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(1.1f));
        g.draw(new Line2D.Double(start, end));
        double angle = Math.atan2(end.getY() - start.getY(), end.getX() - start.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(end.getX(), end.getY());
        head.lineTo(end.getX() - 9 * Math.cos(angle - 0.4), end.getY() - 9 * Math.sin(angle - 0.4));
        head.lineTo(end.getX() - 9 * Math.cos(angle + 0.4), end.getY() - 9 * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
        if (!e.label().isEmpty()) {
            double x = (start.getX() + end.getX()) / 2 + 6;
            double y = (start.getY() + end.getY()) / 2 + 4;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(new Rectangle2D.Double(x - 2, y - 11, textWidth(e.label(), 11) + 4, 15));
            g.setColor(NOTE);
            g.drawString(e.label(), (float) x, (float) y);
        }
    }

    private static Rectangle2D bounds(ProjectStatus stage) {
        int[] cell = LAYOUT.get(stage);
        return new Rectangle2D.Double(MARGIN_LEFT + cell[0] * COLUMN_WIDTH, MARGIN_TOP + cell[1] * ROW_HEIGHT,
                BOX_WIDTH, BOX_HEIGHT);
    }

    private static Point2D center(Rectangle2D r) {
        return new Point2D.Double(r.getCenterX(), r.getCenterY());
    }

    /** Where the line from the box's centre towards {@code target} leaves the box. */
    private static Point2D clip(Rectangle2D box, Point2D target) {
        double dx = target.getX() - box.getCenterX();
        double dy = target.getY() - box.getCenterY();
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (box.getWidth() / 2) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (box.getHeight() / 2) / Math.abs(dy));
        return new Point2D.Double(box.getCenterX() + dx * scale, box.getCenterY() + dy * scale);
    }

    /** Chinese characters are about as wide as the font is high, Latin ones a little over half. */
    private static double textWidth(String text, int size) {
        return text.codePoints().mapToDouble(c -> c > 0x2E80 ? size : size * 0.58).sum();
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
