package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.project.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project registry as an officer uses it: own tenant only, filters, and the way into a project. */
class ProjectRegistryViewTest extends KaribuViewTest {

    @Test
    void donghuSeesItsOwnProjectsInChineseAndNotThoseOfXihu() {
        String ours = unique("东湖区智慧城管平台");
        String theirs = unique("西湖区政务云扩容");
        create("donghu", ours);
        create("xihu", theirs);

        asDonghuOfficer(() -> {
            assertThat(_get(H2.class).getText()).isEqualTo("项目登记簿");
            assertThat(_get(Button.class, spec -> spec.withId("new-project")).getText()).isEqualTo("新建项目");
            assertThat(_get(Span.class, spec -> spec.withId("current-tenant")).getText()).isEqualTo("东湖区");
            assertThat(_get(ProjectRegistryView.class).getPageTitle()).contains("东湖区");
            assertThat(titlesInGrid()).contains(ours).doesNotContain(theirs);
        });
    }

    @Test
    void newProjectOpensTheApplicationWizard() {
        asDonghuOfficer(() -> {
            _click(_get(Button.class, spec -> spec.withId("new-project")));

            _assertOne(ApplicationWizard.class);
            assertThat(_get(H2.class, spec -> spec.withId("wizard-heading")).getText()).isEqualTo("项目申报向导");
            _assertOne(TextField.class, spec -> spec.withId("app-title"));
        });
    }

    @Test
    void filtersNarrowTheGridByTextKindYearAndStatus() {
        String tag = unique("过滤");
        String construction = tag + "-智慧党建";
        String maintenance = tag + "-政务外网运维";
        create("donghu", construction);
        create("donghu", with(Application.draft(maintenance, ProjectKind.OPERATION_MAINTENANCE, "东湖区民政局",
                new BigDecimal("50000.00")), "plannedYear", 2031));

        asDonghuOfficer(() -> {
            enter(_get(TextField.class, spec -> spec.withId("filter-text")), tag);
            assertThat(titlesInGrid()).containsExactlyInAnyOrder(construction, maintenance);

            enter(kindFilter(), ProjectKind.OPERATION_MAINTENANCE);
            assertThat(titlesInGrid()).containsExactly(maintenance);

            enter(kindFilter(), null);
            enter(_get(IntegerField.class, spec -> spec.withId("filter-year")), 2031);
            assertThat(titlesInGrid()).containsExactly(maintenance);

            enter(_get(IntegerField.class, spec -> spec.withId("filter-year")), null);
            enter(statusFilter(), ProjectStatus.SUBMITTED);
            assertThat(titlesInGrid()).isEmpty();

            enter(statusFilter(), ProjectStatus.DRAFT);
            enter(_get(TextField.class, spec -> spec.withId("filter-text")), "民政局");
            assertThat(titlesInGrid()).contains(maintenance).doesNotContain(construction);
        });
    }

    @Test
    void R4_anOfficerSeesItsOwnUnitsProjectsFirstAndTheWholeDistrictOnRequestWithTheTotalUnderTheGrid() {
        String tag = unique("本单位");
        String ours = tag + "-城市管理";
        String school = tag + "-智慧校园";
        create("donghu", ours);
        asUser("dh-edu-officer", "donghu", () -> projects.create(Application.draft(school, ProjectKind.CONSTRUCTION,
                "东湖区教育体育局", new BigDecimal("100000.00"))));

        asDonghuOfficer(() -> {
            enter(_get(TextField.class, spec -> spec.withId("filter-text")), tag);
            assertThat(titlesInGrid()).containsExactly(ours);
            assertThat(countUnderGrid()).isEqualTo("共 1 项");

            enter(_get(Checkbox.class, spec -> spec.withId("filter-mine")), false);
            assertThat(titlesInGrid()).containsExactlyInAnyOrder(ours, school);
            assertThat(countUnderGrid()).isEqualTo("共 2 项");
        });
        as("dh-bureau", "donghu", () -> {
            _assertNone(Checkbox.class, spec -> spec.withId("filter-mine"));
            enter(_get(TextField.class, spec -> spec.withId("filter-text")), tag);
            assertThat(titlesInGrid()).containsExactlyInAnyOrder(ours, school);
        });
    }

    private static String countUnderGrid() {
        MockVaadin.clientRoundtrip(false);
        return registryGrid().getFooterRows().getFirst().getCell(registryGrid().getColumns().getFirst()).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dh-bureau", "dh-dept", "dh-expert"})
    void R4_onlyAnOwnerUnitsOfficerIsOfferedANewProject(String username) {
        as(username, "donghu", () -> {
            _assertOne(ProjectRegistryView.class);
            _assertNone(Button.class, spec -> spec.withId("new-project"));
        });
    }

    @Test
    void clickingARowOpensTheProjectDetail() {
        String title = unique("东湖区一网统管");
        create("donghu", title);
        asDonghuOfficer(() -> {
            enter(_get(TextField.class, spec -> spec.withId("filter-text")), title);
            _clickItem(registryGrid(), 0);

            _assertOne(ProjectDetailView.class);
            assertThat(_get(H2.class, spec -> spec.withId("detail-title")).getText()).isEqualTo(title);
        });
    }

    @Test
    void userWithoutTenantIsToldWhyAndCannotCreateProjects() {
        authenticate("platform-admin");
        startUi();

        assertThat(_get(_get(ProjectRegistryView.class), Paragraph.class, spec -> { }).getText()).startsWith("您的账号未归属任何已开通的租户");
        assertThat(_get(Span.class, spec -> spec.withId("current-tenant")).getText()).isEqualTo("未归属租户");
        _assertNone(Button.class, spec -> spec.withId("new-project"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ProjectKind> kindFilter() {
        return _get(ComboBox.class, spec -> spec.withId("filter-kind"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ProjectStatus> statusFilter() {
        return _get(ComboBox.class, spec -> spec.withId("filter-status"));
    }
}
