package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import cn.govit.app.base.ui.UiLocale;
import cn.govit.core.application.Application;
import cn.govit.core.project.ApplicationUpdate;
import cn.govit.core.project.ProjectFilter;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;

/** 项目申报向导 as an owner-unit officer fills it in, with the live findings of the tenant's rules. */
class ApplicationWizardTest extends KaribuViewTest {

    @Test
    void R8_4_findingShowsWithoutIndicatorsAndDisappearsOnceANumericOneIsAdded() {
        asDonghuOfficer(() -> {
            open("projects/new");
            _assertOne(Div.class, spec -> spec.withId("findings-panel"));
            Div finding = _get(Div.class, spec -> spec.withId("finding-R8-4"));
            assertThat(finding.getElement().getAttribute("data-severity")).isEqualTo("BLOCKING");
            assertThat(finding.getElement().getTextRecursively()).contains("R8.4 · 第八条第（四）项", "定量指标");

            step(2);
            _click(_get(Button.class, spec -> spec.withId("indicator-add")));
            enter(_get(TextField.class, spec -> spec.withId("indicator-name-0")), "政务服务事项网上可办率");
            _assertOne(Div.class, spec -> spec.withId("finding-R8-4"));
            enter(_get(BigDecimalField.class, spec -> spec.withId("indicator-target-0")), new BigDecimal("95"));
            enter(_get(TextField.class, spec -> spec.withId("indicator-unit-0")), "%");

            _assertNone(Div.class, spec -> spec.withId("finding-R8-4"));
        });
    }

    @Test
    void savingAnEmptyFormShowsTheRequiredMessageAndCreatesNothing() {
        asDonghuOfficer(() -> {
            int before = projects.list().size();
            open("projects/new");
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            _expectInvalid(_get(TextField.class, spec -> spec.withId("app-title")), "此项为必填项");
            _expectInvalid(_get(TextField.class, spec -> spec.withId("app-owner-unit")), "此项为必填项");
            _expectInvalid(_get(BigDecimalField.class, spec -> spec.withId("app-investment")), "此项为必填项");
            assertThat(projects.list()).hasSize(before);
        });
    }

    @Test
    void investmentFinerThanFenIsRefused() {
        String title = unique("东湖区网格化管理系统");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, new BigDecimal("1.001"));
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            _expectInvalid(_get(BigDecimalField.class, spec -> spec.withId("app-investment")), "金额最多精确到分（两位小数）");
            assertThat(projects.list()).extracting(ProjectView::title).doesNotContain(title);
        });
    }

    @Test
    void savedDraftAppearsInTheRegistryInWanYuanAsDraftOfDonghuOnly() {
        String title = unique("东湖区城市大脑二期");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, new BigDecimal("2860000"));
            assertThat(_get(BigDecimalField.class, spec -> spec.withId("app-investment")).getHelperText())
                    .contains("286.0000 万元");
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            _assertNone(Div.class, spec -> spec.withId("wizard-refusal"));
            open("");
            assertThat(rowOf(title)).contains("286.0000", "草稿", "dh-officer");
        });
        assertThat(TenantContext.callAs(tenant("xihu"), () -> projects.list())).extracting(ProjectView::title)
                .doesNotContain(title);
    }

    @Test
    void submittingAnIncompleteApplicationIsRefusedWithItsFindingsAndStaysADraft() {
        String title = unique("东湖区政务热线整合");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, new BigDecimal("800000"));
            _click(_get(Button.class, spec -> spec.withId("wizard-submit")));

            assertThat(_get(Div.class, spec -> spec.withId("wizard-refusal")).getText()).contains("不能执行“提交申报”");
            _assertOne(Div.class, spec -> spec.withId("finding-R8-4"));
            _assertOne(ApplicationWizard.class);
            ProjectView saved = projects.list(new ProjectFilter(null, null, null, title)).getFirst();
            assertThat(saved.status()).isEqualTo(ProjectStatus.DRAFT);
        });
    }

    @Test
    void aCompleteApplicationSubmitsAndTheDetailShowsItSubmitted() {
        String title = unique("东湖区一网通办平台");
        ProjectView draft = create("donghu", SampleApplications.completeConstruction(title, "2860000.00"));
        asDonghuOfficer(() -> {
            open("projects/" + draft.id() + "/edit");
            assertThat(_get(TextField.class, spec -> spec.withId("app-title")).getValue()).isEqualTo(title);
            assertThat(_get(Div.class, spec -> spec.withId("findings-panel")).getChildren().count()).isPositive();
            _assertNone(Div.class, spec -> spec.withId("finding-R8-4"));

            _click(_get(Button.class, spec -> spec.withId("wizard-submit")));

            _assertOne(ProjectDetailView.class);
            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("已申报");
            assertThat(_get(Span.class, spec -> spec.withId("detail-investment")).getText()).contains("286.0000");
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> projects.find(draft.id())).orElseThrow().status())
                .isEqualTo(ProjectStatus.SUBMITTED);
    }

    @Test
    void savingOverSomeoneElsesEditSaysItWasChangedMeanwhile() {
        String title = unique("东湖区电子证照");
        ProjectView draft = create("donghu", title);
        asDonghuOfficer(() -> {
            open("projects/" + draft.id() + "/edit");
            Application theirs = projects.application(draft.id()).orElseThrow();
            projects.update(draft.id(), new ApplicationUpdate(draft.version(), new Application(theirs.title(),
                    theirs.kind(), theirs.constructionType(), theirs.ownerUnit(), "东湖区人民政府办公室",
                    theirs.totalInvestment(), theirs.plannedYear(), theirs.background(), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, false, null, false, false, false, false, null,
                    false)),
                    "dh-colleague");

            enter(_get(TextField.class, spec -> spec.withId("app-department")), "东湖区数据资源管理局");
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            assertThat(_get(Div.class, spec -> spec.withId("wizard-refusal")).getText()).isEqualTo("已被他人修改，请刷新");
        });
    }

    @Test
    void editingAnotherTenantsProjectShowsNotFound() {
        UUID theirs = create("xihu", unique("西湖区智慧养老")).id();
        asDonghuOfficer(() -> {
            open("projects/" + theirs + "/edit");
            assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-unavailable"))
                    .getText()).isEqualTo("未找到该项目");
            _assertNone(Button.class, spec -> spec.withId("wizard-save"));
        });
    }

    @Test
    void inEnglishTheWizardAndItsFindingsSpeakEnglish() {
        asDonghuOfficer(() -> {
            UiLocale.choose(UI.getCurrent().getSession(), Locale.ENGLISH);
            UI.getCurrent().setLocale(Locale.ENGLISH);
            open("projects/new");

            assertThat(_get(H2.class, spec -> spec.withId("wizard-heading")).getText()).isEqualTo("Project application");
            assertThat(_get(Button.class, spec -> spec.withId("wizard-submit")).getText()).isEqualTo("Submit");
            assertThat(_get(Div.class, spec -> spec.withId("finding-R8-4")).getElement().getTextRecursively())
                    .contains("R8.4 · Art. 8(4)").doesNotContain("第八条");
        });
    }

    private static void fillBasics(String title, BigDecimal investment) {
        enter(_get(TextField.class, spec -> spec.withId("app-title")), title);
        enter(_get(TextField.class, spec -> spec.withId("app-owner-unit")), "东湖区数据资源管理局");
        enter(_get(BigDecimalField.class, spec -> spec.withId("app-investment")), investment);
    }

    /** Shows step {@code n} (1-based) of the wizard, as clicking its tab does. */
    private static void step(int n) {
        _get(Tabs.class, spec -> spec.withId("wizard-steps")).setSelectedIndex(n - 1);
    }
}
