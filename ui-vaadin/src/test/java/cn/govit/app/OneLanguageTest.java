package cn.govit.app;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;

import cn.govit.core.inventory.InventoryService;
import cn.govit.core.inventory.SystemFilter;
import cn.govit.core.project.ProjectView;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One language: every view rendered in 简体中文 shows no English words, and in English no Chinese
 * characters — apart from user data (titles, units, names of tenants and people), which stay as entered.
 */
class OneLanguageTest extends KaribuViewTest {

    @Autowired
    private TenantRegistry tenants;
    @Autowired
    private InventoryService inventory;

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    /** Words a Chinese UI writes in Latin letters too: the language switch, file kinds and sizes, the checksum's name. */
    private static final Set<String> LATIN_IN_CHINESE = Set.of("English", "PDF", "SVG", "PNG", "Excel", "KB", "MB",
            "GB", "TB", "SHA");
    /** What the English UI writes in Chinese on purpose: the switch back. */
    private static final Set<String> HAN_IN_ENGLISH = Set.of("中文");
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "title",
            "errorMessage", "emptyStateText", "ariaLabel");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    void everyViewSpeaksTheLanguageOfTheUiOnly(String language) {
        ProjectView project = submit("donghu", create("donghu",
                SampleApplications.completeConstruction(unique("东湖区一种语言项目"), "2860000.00")));
        List<String> userData = new ArrayList<>(List.of(project.title(), project.ownerUnit(), "东湖区", "西湖区",
                "南昌市", "东湖区行政审批局", "东湖区民政局", "东湖区城市管理局", "dh-officer", "dh-dept", "dh-bureau",
                // The demo people's names as the realm spells them.
                "东湖区 业主单位经办人", "东湖区 项目行政主管单位经办人", "东湖区 大数据局审核员", "东湖区 信息化主管部门管理员",
                "东湖区 评审专家", "平台 管理员", "市大数据局 监管员"));
        asUser("dh-officer", "donghu", () -> projects.application(project.id())).ifPresent(a -> {
            if (a.competentDepartment() != null) {
                userData.add(a.competentDepartment());
            }
            a.budget().forEach(b -> userData.add(b.item()));
            a.indicators().forEach(i -> userData.add(i.name()));
            a.resourceCatalogue().forEach(e -> {
                userData.add(e.name());
                userData.add(e.responsibleParty());
                userData.add(e.updateFrequency());
            });
            for (String text : new String[] {a.background(), a.technicalSolution(), a.dataSharingNeeds(),
                    a.sharingAnalysis(), a.supportingSoftware(), a.omCostBasis(), a.hardwareExemption()}) {
                if (text != null) {
                    userData.add(text);
                }
            }
        });
        // The districts' own names, as the admin tree lists them.
        tenants.all().forEach(t -> userData.addAll(Arrays.asList(t.nameZh(), t.shortName(), t.code())));
        // What other tests of this JVM registered shows in the lists too: their titles and units are user data.
        asUser("dh-bureau", "donghu", () -> projects.list()).forEach(p -> userData.addAll(List.of(p.title(), p.ownerUnit())));
        // The systems of the inventory (信息系统台账) other tests registered, with their units and district clouds.
        asUser("dh-bureau", "donghu", () -> inventory.systems(SystemFilter.ALL)).forEach(s -> userData.addAll(
                Arrays.asList(s.name(), s.ownerUnit(), s.districtCloud())));
        asUser("dh-bureau", "donghu", () -> inventory.districtClouds()).forEach(c -> userData.add(c.name()));
        asUser("nc-bureau", "city", () -> projects.list()).forEach(p -> userData.addAll(List.of(p.title(), p.ownerUnit())));
        userData.removeIf(d -> d == null || d.isBlank());
        String supervised = "supervision/donghu/projects/" + project.id();
        for (String user : List.of("dh-officer", "dh-dept", "dh-bureau", "dh-expert", "dh-admin", "platform-admin",
                "nc-bureau")) {
            // The city's supervisor works in the city's tenant (Art. 40); the others in 东湖区.
            as(user, user.startsWith("nc-") ? "city" : "donghu", () -> {
                if ("en".equals(language)) {
                    // The officer's way: the switch in the navigation bar, which reloads the page in English.
                    _click(_get(Button.class, spec -> spec.withId("switch-language")));
                }
                assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo(language);
                for (String route : List.of("", "projects", "projects/new", "projects/" + project.id(), "opinions",
                        "libraries", "review", "leading-group", "annual-plan", "inventory", "compliance", "rules", "rules/districts",
                        "rules/flowchart", "admin/tenants", "admin/audit", "supervision", "supervision/donghu",
                        supervised, "no-such-page")) {
                    open(route);
                    // Visible texts of the project's own (user) data set aside, with the longest first.
                    List<String> texts = visibleTexts(UI.getCurrent());
                    List<String> offending = texts.stream()
                            .map(t -> strip(t, userData))
                            .flatMap(t -> foreign(t, language).stream().map(w -> w + "  ⟵  " + t))
                            .distinct().toList();
                    assertThat(offending).as("%s as %s in %s", route, user, language).isEmpty();
                }
                logout();
            });
        }
    }

    private static String strip(String text, List<String> userData) {
        String rest = text;
        for (String datum : userData.stream().sorted(Comparator.comparing(String::length).reversed()).toList()) {
            rest = rest.replace(datum, " ");
        }
        // Suffixed test titles, login ids and document names are user data too.
        rest = rest.replaceAll("[0-9a-f]{64}", " ");
        return rest.replaceAll("\\S*-[0-9a-f]{8}", " ").replaceAll("\\b[a-z]{2}-[a-z-]+\\b", " ")
                .replaceAll("[^\\s]+\\.(pdf|PDF|png|docx?)", " ");
    }

    private static List<String> foreign(String text, String language) {
        Matcher m = ("en".equals(language) ? HAN : LATIN_WORD).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            String word = m.group();
            if (!("en".equals(language) ? HAN_IN_ENGLISH : LATIN_IN_CHINESE).contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** The text nodes, the user-facing properties, grid headers and rows of every visible component, every tab opened. */
    private static List<String> visibleTexts(UI ui) {
        List<String> texts = new ArrayList<>();
        collect(ui, texts);
        return texts;
    }

    private static final Pattern COMPONENT_CELL = Pattern.compile("^[A-Z][A-Za-z]*\\[.*]$", Pattern.DOTALL);
    private static final Pattern QUOTED_TEXT = Pattern.compile("(?:text|@title)='([^']*)'");

    /** A component column's cell reads as the component's description; its text and tooltip are what a user sees. */
    private static String cellText(String cell) {
        if (!COMPONENT_CELL.matcher(cell).matches()) {
            return cell;
        }
        Matcher m = QUOTED_TEXT.matcher(cell);
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(m.group(1));
        }
        return String.join(" ", shown);
    }

    private static void collect(Component component, List<String> texts) {
        if (component.getElement().isTextNode()) {
            texts.add(component.getElement().getText());
            return;
        }
        if (!component.isVisible()) {
            return;
        }
        Element element = component.getElement();
        element.getChildren().filter(Element::isTextNode).map(Element::getText).filter(t -> !t.isBlank()).forEach(texts::add);
        for (String property : PROPERTIES) {
            String value = element.getProperty(property);
            if (value != null && !value.isBlank()) {
                texts.add(value);
            }
            String attribute = element.getAttribute(property);
            if (attribute != null && !attribute.isBlank()) {
                texts.add(attribute);
            }
        }
        // The web components' own words live in the browser: without i18n from the server they speak English.
        if (component instanceof Upload upload && upload.getI18n() == null) {
            texts.add("Upload Files... Drop files here");
        }
        if (component instanceof DatePicker picker && picker.getI18n() == null) {
            texts.add("Today Cancel January Sunday");
        }
        if (component instanceof Grid<?> grid) {
            grid.getColumns().stream().map(Grid.Column::getHeaderText).filter(h -> h != null && !h.isBlank())
                    .forEach(texts::add);
            for (int i = 0; i < Math.min(_size(grid), 50); i++) {
                _getFormattedRow(grid, i).forEach(cell -> texts.add(cellText(cell)));
            }
        }
        if (component instanceof TabSheet tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                tabs.setSelectedIndex(i);
                Component content = tabs.getComponent(tabs.getTabAt(i));
                collect(content, texts);
            }
            tabs.setSelectedIndex(0);
        }
        Stream<Component> children = component.getChildren();
        children.forEach(c -> collect(c, texts));
    }
}
