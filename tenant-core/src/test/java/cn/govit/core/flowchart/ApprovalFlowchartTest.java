package cn.govit.core.flowchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import javax.xml.parsers.DocumentBuilderFactory;

import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * 审批服务流程图: two districts with different rules get different charts, each a well-formed SVG with the
 * district's name. The charts are also written to {@code target/flowchart/} (and rendered to PNG where a
 * headless Chromium is installed) so that a person can look at the layout.
 */
class ApprovalFlowchartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Path OUT = Path.of("target", "flowchart");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final RuleSet CITY_RULES = RuleSet.regulation("donghu", TODAY);
    private static final RuleSet XIHU_RULES = new RuleSet("xihu", TODAY, 0, 1, Map.of(
            RuleParameter.R7_SELF_SUPERVISION_THRESHOLD, "500000.00",
            RuleParameter.R27_ACCEPTANCE_DOCUMENTS_DAYS, "10"));

    @Test
    void chartsOfDistrictsWithDifferentRulesShowTheirOwnThresholdsAndPeriods() throws Exception {
        String donghu = ApprovalFlowchart.svg("东湖区", CITY_RULES, Locale.SIMPLIFIED_CHINESE);
        String xihu = ApprovalFlowchart.svg("西湖区", XIHU_RULES, Locale.SIMPLIFIED_CHINESE);
        render("donghu", donghu);
        render("xihu", xihu);
        render("xihu-en", ApprovalFlowchart.svg("Xihu District", XIHU_RULES, Locale.ENGLISH));

        assertThat(texts(donghu)).anyMatch(t -> t.contains("30 万元")).noneMatch(t -> t.contains("50 万元"))
                .anyMatch(t -> t.contains("15 天")).noneMatch(t -> t.contains("10 天"));
        assertThat(texts(xihu)).anyMatch(t -> t.contains("50 万元")).noneMatch(t -> t.contains("30 万元"))
                .anyMatch(t -> t.contains("10 天")).noneMatch(t -> t.contains("15 天"));
        assertThat(texts(donghu)).anyMatch(t -> t.contains("东湖区"));
        assertThat(texts(xihu)).anyMatch(t -> t.contains("西湖区")).noneMatch(t -> t.contains("东湖区"));
        assertThat(texts(xihu)).anyMatch(t -> t.contains("《办法》原定值、本级第 1 版")).noneMatch(t -> t.contains("xihu@1"));
        assertThat(texts(donghu)).anyMatch(t -> t.contains("入储备库，3 年滚动"));

    }

    @Test
    void chartScalesToItsContainerAndNamesChineseFonts() throws Exception {
        String svg = ApprovalFlowchart.svg("东湖区", CITY_RULES, Locale.SIMPLIFIED_CHINESE);
        Document doc = parse(svg);

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).matches("0(\\.0)? 0(\\.0)? [0-9.]+ [0-9.]+");
        assertThat(svg).contains("Noto Sans CJK SC");
    }

    /** Parsing it is the well-formedness check: a stray {@code &} or unclosed element fails here. */
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(String svg) throws Exception {
        NodeList nodes = parse(svg).getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void pngAndPdfOfTheChartShowTheDistrictsOwnRulesForPrinting() throws Exception {
        byte[] png = ApprovalFlowchart.png("西湖区", XIHU_RULES, Locale.SIMPLIFIED_CHINESE);
        byte[] pdf = ApprovalFlowchart.pdf("西湖区", XIHU_RULES, Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("xihu-server.png"), png);
        Files.write(OUT.resolve("xihu-server.pdf"), pdf);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(2000);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        // The title is ink on white near the top left: some of its pixels are dark.
        long dark = IntStream.range(60, 600).boxed().flatMap(x -> IntStream.range(40, 80).mapToObj(y -> image.getRGB(x, y)))
                .filter(rgb -> (rgb & 0xff) < 100).count();
        assertThat(dark).isGreaterThan(200);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("西湖区").contains("50 万元").doesNotContain("30 万元");
        }
    }

    private static void render(String name, String svg) throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".svg").toAbsolutePath();
        Files.writeString(file, svg);
        if (!Files.isExecutable(CHROMIUM)) {
            return;
        }
        Path png = OUT.resolve(name + ".png").toAbsolutePath();
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--screenshot=" + png, "--window-size=1000,1474", file.toUri().toString())
                .redirectErrorStream(true).redirectOutput(OUT.resolve(name + ".chromium.log").toFile()).start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
        }
    }
}
