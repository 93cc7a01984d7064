package cn.govit.app.rules.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectEditableByUser;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectNotEditableByUser;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import cn.govit.devstack.RealmUsers;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rule set, its editor, the districts' differences and the approval flowchart as their users see
 * them, without a browser: the real application context, database and Keycloak tokens. Rule-set versions
 * are shared by every test of the database, so 西湖区's rules go back to the baseline after each test.
 */
class RuleSetViewTest extends KaribuViewTest {

    private static final RuleParameter R7 = RuleParameter.R7_SELF_SUPERVISION_THRESHOLD;
    private static final RuleParameter R8_5 = RuleParameter.R8_5_MIN_FREE_OM_YEARS;
    private static final RuleParameter R8_1 = RuleParameter.R8_1_NO_MACHINE_ROOM_OR_HARDWARE;

    @Autowired
    private RuleSetService rules;
    @Autowired
    private Clock clock;

    @BeforeEach
    void xihuStartsFromTheBaseline() {
        restoreXihu();
    }

    @AfterEach
    void restoreXihuAfterwards() {
        restoreXihu();
    }

    @Test
    void xihuAdminRaisesTheSelfSupervisionThresholdWhichShowsAsLocalAdjustmentInXihuOnly() {
        as("xh-admin", "xihu", () -> {
            UI.getCurrent().navigate(RuleSetView.class);
            assertThat(row(R7)).contains("30 万元");
            assertThat(String.join(" ", row(R7))).doesNotContain("本地调整");

            enter(_get(Checkbox.class, spec -> spec.withId("inherit-" + R7.name())), false);
            enter(_get(BigDecimalField.class, spec -> spec.withId("rule-" + R7.name())), new BigDecimal("500000"));
            _click(_get(Button.class, spec -> spec.withId("rules-publish")));

            ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("rules-confirm"));
            assertThat(textOf(confirm)).contains("R7", "继承", "→ 50 万元");
            _fireConfirm(confirm);

            assertThat(row(R7)).contains("R7 第七条", "50 万元", "30 万元");
            assertThat(String.join(" ", row(R7))).contains("本地调整");
            assertThat(String.join(" ", row(R8_5))).doesNotContain("本地调整");
            assertThat(rowsOf("rules-versions").getFirst()).anyMatch(cell -> cell.contains("R7") && cell.contains("50 万元"));
        });
        assertThat(TenantContext.callAs(tenant("xihu"), () -> rules.current()).value(R7)).isEqualTo("500000.00");

        MockVaadin.tearDown();
        as("dh-officer", "donghu", () -> {
            UI.getCurrent().navigate(RuleSetView.class);
            assertThat(String.join(" ", row(R7))).contains("30 万元").doesNotContain("50 万元", "本地调整");
        });
    }

    @Test
    void anOfficerReadsTheRulesButHasNoEditor() {
        as("xh-officer", "xihu", () -> {
            UI.getCurrent().navigate(RuleSetView.class);
            assertThat(_size(grid("rules-grid"))).isEqualTo(RuleParameter.values().length);
            _assertNone(Button.class, spec -> spec.withId("rules-publish"));
            _assertNone(Component.class, spec -> spec.withId("rules-editor"));
            _assertOne(Component.class, spec -> spec.withId("rules-read-only"));
        });
    }

    @Test
    void aNegativeFreeOmPeriodIsRefusedInChineseAndPublishesNothing() {
        int before = rules.versions("xihu").size();
        as("xh-admin", "xihu", () -> {
            UI.getCurrent().navigate(RuleSetView.class);
            enter(_get(Checkbox.class, spec -> spec.withId("inherit-" + R8_5.name())), false);
            IntegerField years = _get(IntegerField.class, spec -> spec.withId("rule-" + R8_5.name()));
            enter(years, -1);
            _click(_get(Button.class, spec -> spec.withId("rules-publish")));

            assertThat(years.isInvalid()).isTrue();
            assertThat(years.getErrorMessage()).contains("“-1”无效", "0–10");
            assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                    .anyMatch(t -> t.startsWith("发布失败") && t.contains("新建项目免费运维服务期"));
            _assertNone(ConfirmDialog.class);
        });
        assertThat(rules.versions("xihu")).hasSize(before);
    }

    @Test
    void R38_editorShowsTheHardwareBanMayOnlyBeTightenedAndOffersNoWayToSwitchItOff() {
        int before = rules.versions("xihu").size();
        as("xh-admin", "xihu", () -> {
            UI.getCurrent().navigate(RuleSetView.class);
            assertThat(String.join(" ", row(R8_1))).contains("第三十八条：只可从严");
            assertThat(String.join(" ", row(R7))).doesNotContain("只可从严");

            Checkbox ban = _get(Checkbox.class, spec -> spec.withId("rule-" + R8_1.name()));
            assertThat(ban.getHelperText()).isEqualTo("第三十八条：只可从严");
            enter(_get(Checkbox.class, spec -> spec.withId("inherit-" + R8_1.name())), false);
            assertThat(ban.getValue()).isTrue();
            _expectNotEditableByUser(ban);

            enter(_get(Checkbox.class, spec -> spec.withId("inherit-" + R7.name())), false);
            _expectEditableByUser(_get(BigDecimalField.class, spec -> spec.withId("rule-" + R7.name())));
            assertThat(_get(BigDecimalField.class, spec -> spec.withId("rule-" + R7.name())).getHelperText())
                    .doesNotContain("第三十八条");
        });
        assertThatThrownBy(() -> publishXihu(Map.of(R8_1.name(), "false"))).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.article()).isEqualTo("R38"));
        assertThat(rules.versions("xihu")).hasSize(before);
    }

    @Test
    void citySupervisorSeesXihusDifferenceFromTheBaseline() {
        publishXihu(Map.of(R7.name(), "500000"));
        as("nc-bureau", "city", () -> {
            UI.getCurrent().navigate(RuleSetView.class);
            UI.getCurrent().navigate(_get(RouterLink.class, spec -> spec.withId("rules-districts-link")).getHref());
            _assertOne(DistrictRulesView.class);

            List<List<String>> rows = rowsOf("rules-differences");
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("西湖区", "R7 第七条", "30 万元", "50 万元"));
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("东湖区", "与市级基准一致"));
        });
    }

    @Test
    void districtDifferencesAreForCitySupervisorsOnly() {
        as("xh-admin", "xihu", () -> {
            UI.getCurrent().navigate(DistrictRulesView.class);
            _assertOne(Component.class, spec -> spec.withId("rules-districts-forbidden"));
            _assertNone(Grid.class, spec -> spec.withId("rules-differences"));
        });
    }

    @Test
    void districtDifferencesNeedTheCityTenantNotJustTheSupervisorRole() {
        RealmUsers.ensure(TestServices.keycloak(), "test-supervisor-dh", "city-supervisor", Optional.of("donghu"));
        as("test-supervisor-dh", "donghu", () -> {
            UI.getCurrent().navigate(RuleSetView.class);
            _assertNone(RouterLink.class, spec -> spec.withId("rules-districts-link"));
            UI.getCurrent().navigate(DistrictRulesView.class);
            _assertOne(Component.class, spec -> spec.withId("rules-districts-forbidden"));
            _assertNone(Grid.class, spec -> spec.withId("rules-differences"));
        });
    }

    @Test
    void flowchartShowsTheTenantsNameAndItsOwnThreshold() {
        as("xh-officer", "xihu", () -> {
            UI.getCurrent().navigate(FlowchartView.class);
            String svg = chart();
            assertThat(svg).contains("<svg", "西湖区", "30 万元", "max-width:100%").doesNotContain("50 万元");
            for (String format : new String[] {"", "-png", "-pdf"}) {
                Anchor download = _get(Anchor.class, spec -> spec.withId("flowchart-download" + format));
                assertThat(download.getHref()).isNotBlank();
                assertThat(download.getText()).startsWith("下载");
            }
        });
        publishXihu(Map.of(R7.name(), "500000"));
        MockVaadin.tearDown();
        as("xh-officer", "xihu", () -> {
            UI.getCurrent().navigate(FlowchartView.class);
            assertThat(chart()).contains("西湖区", "50 万元").doesNotContain("30 万元");
        });
    }

    private static String chart() {
        Div container = _get(Div.class, spec -> spec.withId("flowchart"));
        return ((Html) container.getChildren().findFirst().orElseThrow()).getInnerHtml();
    }

    /** 西湖区's administrator publishes (Art. 41). */
    private void publishXihu(Map<String, String> overrides) {
        asUser("xh-admin", "xihu", () -> rules.publish(today(), overrides, "RuleSetViewTest"));
    }

    /** Publishes an empty version when 西湖区 differs from the city, so other tests see the baseline. */
    private void restoreXihu() {
        if (!rules.differencesFromBaseline("xihu").isEmpty()) {
            publishXihu(Map.of());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static List<List<String>> rowsOf(String id) {
        Grid<Object> grid = grid(id);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }

    private static List<String> row(RuleParameter p) {
        return rowsOf("rules-grid").stream().filter(r -> r.getFirst().startsWith(p.article() + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + p));
    }

}
