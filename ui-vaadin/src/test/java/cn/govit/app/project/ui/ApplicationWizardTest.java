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
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import cn.govit.app.KaribuViewTest;
import cn.govit.app.base.ui.UiLocale;
import cn.govit.app.base.ui.WanYuanField;
import cn.govit.core.application.Application;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.project.ApplicationUpdate;
import cn.govit.core.project.ProjectFilter;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 项目申报向导 as an owner-unit officer fills it in, with the live findings of the tenant's rules, the
 * material Art. 8 asks for, and closed to everyone else (Art. 4).
 */
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
            enter(ownerUnitBox(), null);
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            _expectInvalid(_get(TextField.class, spec -> spec.withId("app-title")), "此项为必填项");
            _expectInvalid(ownerUnitBox(), "此项为必填项");
            _expectInvalid(_get(WanYuanField.class, spec -> spec.withId("app-investment")), "此项为必填项");
            assertThat(projects.list()).hasSize(before);
        });
    }

    @Test
    void investmentFinerThanFenIsRefused() {
        String title = unique("东湖区网格化管理系统");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, "0.0000001");
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            _expectInvalid(_get(WanYuanField.class, spec -> spec.withId("app-investment")), "金额最多精确到分（万元小数点后六位）");
            assertThat(projects.list()).extracting(ProjectView::title).doesNotContain(title);
        });
    }

    @Test
    void investmentTypedInWanYuanWithThousandsSeparatorsIsKeptInYuan() {
        String title = unique("东湖区一网统管平台");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, "3,860.50");
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            assertThat(projects.list()).filteredOn(p -> p.title().equals(title)).singleElement()
                    .extracting(ProjectView::totalInvestment).isEqualTo(new BigDecimal("38605000.00"));
        });
    }

    @Test
    void investmentWithMisplacedSeparatorsIsRefusedWithTheReasonAndNothingIsSaved() {
        String title = unique("东湖区政务服务中台");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, "38,60.5");
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            _expectInvalid(_get(WanYuanField.class, spec -> spec.withId("app-investment")),
                    "请按万元填写数字，千分位用逗号，如 3,860.50");
            assertThat(projects.list()).extracting(ProjectView::title).doesNotContain(title);
        });
    }

    @Test
    void savedDraftAppearsInTheRegistryInWanYuanAsDraftOfDonghuOnly() {
        String title = unique("东湖区城市大脑二期");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, "286");
            assertThat(_get(WanYuanField.class, spec -> spec.withId("app-investment")).getHelperText())
                    .contains("即 2,860,000.00 元");
            _click(_get(Button.class, spec -> spec.withId("wizard-save")));

            _assertNone(Div.class, spec -> spec.withId("wizard-refusal"));
            open("projects");
            assertThat(rowOf(title)).contains("286.00", "草稿", "东湖区 业主单位经办人");
        });
        assertThat(TenantContext.callAs(tenant("xihu"), () -> projects.list())).extracting(ProjectView::title)
                .doesNotContain(title);
    }

    @Test
    void leavingTheWizardWithUnsavedEditsAsksFirstAndStayingKeepsThem() {
        String title = unique("东湖区未保存项目");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, "80");
            open("projects");

            _assertOne(ApplicationWizard.class);
            _assertOne(Dialog.class, spec -> spec.withId("wizard-leave-dialog"));
            _click(_get(Button.class, spec -> spec.withId("wizard-leave-stay")));
            _assertOne(ApplicationWizard.class);
            assertThat(_get(TextField.class, spec -> spec.withId("app-title")).getValue()).isEqualTo(title);

            open("projects");
            _click(_get(Button.class, spec -> spec.withId("wizard-leave-discard")));
            _assertOne(ProjectRegistryView.class);
            assertThat(projects.list(new ProjectFilter(null, null, null, title))).isEmpty();
        });
    }

    @Test
    void submissionAsksOnceMoreAndCancellingSubmitsNothing() {
        String title = unique("东湖区再想想项目");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, "80");
            _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
            assertThat(_get(Dialog.class, spec -> spec.withId("wizard-submit-dialog")).getHeaderTitle())
                    .isEqualTo("确认提交申报");
            _click(_get(Button.class, spec -> spec.withId("wizard-submit-cancel")));

            _assertNone(Dialog.class, spec -> spec.withId("wizard-submit-dialog"));
            assertThat(projects.list(new ProjectFilter(null, null, null, title))).isEmpty();
        });
    }

    @Test
    void submittingAnIncompleteApplicationIsRefusedWithItsFindingsAndStaysADraft() {
        String title = unique("东湖区政务热线整合");
        asDonghuOfficer(() -> {
            open("projects/new");
            fillBasics(title, "80");
            _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
            _click(_get(Button.class, spec -> spec.withId("wizard-submit-confirm")));

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

            _get(ApplicationWizard.class).received(DocumentType.APPLICATION_PLAN, "建设方案.pdf", "application/pdf", PDF);
            _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
            _click(_get(Button.class, spec -> spec.withId("wizard-submit-confirm")));

            _assertOne(ProjectDetailView.class);
            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("已申报");
            assertThat(_get(Span.class, spec -> spec.withId("detail-investment")).getText()).contains("286.00");
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> projects.find(draft.id())).orElseThrow().status())
                .isEqualTo(ProjectStatus.SUBMITTED);
        assertThat(TenantContext.callAs(tenant("donghu"), () -> documents.list(draft.id())))
                .singleElement().satisfies(d -> {
                    assertThat(d.type()).isEqualTo(DocumentType.APPLICATION_PLAN);
                    assertThat(d.stepId()).isNotNull();
                });
    }

    @Test
    void R8_submittingWithoutThePlanIsRefusedAndStaysADraft() {
        ProjectView draft = create("donghu", SampleApplications.completeConstruction(unique("东湖区智慧民政"),
                "900000.00"));
        asDonghuOfficer(() -> {
            open("projects/" + draft.id() + "/edit");
            _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
            _click(_get(Button.class, spec -> spec.withId("wizard-submit-confirm")));

            assertThat(_get(Div.class, spec -> spec.withId("wizard-refusal")).getText()).contains("不能执行“提交申报”");
            assertThat(_get(Div.class, spec -> spec.withId("finding-R8")).getElement().getTextRecursively())
                    .contains("缺少材料：项目建设（运维）方案");
            _assertOne(ApplicationWizard.class);
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> projects.find(draft.id())).orElseThrow().status())
                .isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void R8_aGovernmentInvestmentSubmissionRefusedForTheNdrcFormKeepsThePlanAndPassesOnceTheFormIsThere() {
        ProjectView draft = create("donghu", with(SampleApplications.completeConstruction(unique("东湖区城市运行中心"),
                "2860000.00"), "governmentInvestment", true));
        asDonghuOfficer(() -> {
            open("projects/" + draft.id() + "/edit");
            _assertOne(Upload.class, spec -> spec.withId("wizard-upload-NDRC_APPLICATION_FORM"));
            ApplicationWizard wizard = _get(ApplicationWizard.class);
            wizard.received(DocumentType.APPLICATION_PLAN, "建设方案.pdf", "application/pdf", PDF);
            _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
            _click(_get(Button.class, spec -> spec.withId("wizard-submit-confirm")));

            assertThat(_get(Div.class, spec -> spec.withId("finding-R8")).getElement().getTextRecursively())
                    .contains("缺少材料：项目申请表（报发改委）");
            assertThat(documents.list(draft.id())).extracting(DocumentView::filename).containsExactly("建设方案.pdf");
            assertThat(_get(Div.class, spec -> spec.withId("wizard-documents")).getElement().getTextRecursively())
                    .contains("建设方案.pdf", "东湖区 业主单位经办人（东湖区城市管理局等 4 个单位）");

            wizard.received(DocumentType.NDRC_APPLICATION_FORM, "项目申请表.pdf", "application/pdf", PDF);
            _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
            _click(_get(Button.class, spec -> spec.withId("wizard-submit-confirm")));

            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("已申报");
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> documents.list(draft.id())))
                .extracting(DocumentView::type).containsExactlyInAnyOrder(DocumentType.APPLICATION_PLAN,
                        DocumentType.NDRC_APPLICATION_FORM);
        assertThat(TenantContext.callAs(tenant("donghu"), () -> documents.list(draft.id())))
                .allSatisfy(d -> assertThat(d.stepId()).isNotNull());
    }

    @Test
    void theNdrcFormIsAskedForOnlyOnceTheProjectIsMarkedAsGovernmentInvestment() {
        asDonghuOfficer(() -> {
            open("projects/new");
            _assertOne(Upload.class, spec -> spec.withId("wizard-upload-APPLICATION_PLAN"));
            _assertNone(Upload.class, spec -> spec.withId("wizard-upload-NDRC_APPLICATION_FORM"));

            enter(_get(Checkbox.class, spec -> spec.withId("app-government-investment")), true);

            _assertOne(Upload.class, spec -> spec.withId("wizard-upload-NDRC_APPLICATION_FORM"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dh-bureau", "dh-dept", "dh-expert"})
    void R4_onlyAnOwnerUnitsOfficerWritesAnApplication(String username) {
        as(username, "donghu", () -> {
            open("projects/new");

            assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-unavailable")).getText())
                    .contains("项目建设（业主）单位", "第四条");
            _assertNone(TextField.class, spec -> spec.withId("app-title"));
            _assertNone(Button.class, spec -> spec.withId("wizard-save"));
        });
    }

    @Test
    void R4_anOfficerOfAnotherOwnerUnitCannotEditItsDraft() {
        ProjectView draft = create("donghu", unique("东湖区政务数据目录"));
        as("dh-edu-officer", "donghu", () -> {
            open("projects/" + draft.id() + "/edit");

            assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-unavailable")).getText())
                    .contains("东湖区数据资源管理局", "第四条");
            _assertNone(Button.class, spec -> spec.withId("wizard-save"));
        });
    }

    @Test
    void R4_aNewDraftStartsWithTheOwnerUnitTheOfficerActsForAndNamesThem() {
        as("dh-edu-officer", "donghu", () -> {
            open("projects/new");

            ComboBox<String> unit = ownerUnitBox();
            assertThat(unit.getValue()).isEqualTo("东湖区教育体育局");
            assertThat(unit.getHelperText()).contains("东湖区教育体育局", "第四条");
        });
    }

    @Test
    void R4_theOwnerUnitIsChosenFromTheRegisteredUnitsTheOfficerActsFor() {
        asDonghuOfficer(() -> {
            open("projects/new");

            assertThat(ownerUnitBox().getListDataView().getItems()).containsExactlyInAnyOrder("东湖区数据资源管理局",
                    "东湖区行政审批局", "东湖区民政局", "东湖区城市管理局");
        });
        as("dh-edu-officer", "donghu", () -> {
            open("projects/new");

            assertThat(ownerUnitBox().getListDataView().getItems()).containsExactly("东湖区教育体育局");
        });
    }

    @Test
    void savingOverSomeoneElsesEditSaysItWasChangedMeanwhile() {
        String title = unique("东湖区电子证照");
        ProjectView draft = create("donghu", title);
        asDonghuOfficer(() -> {
            open("projects/" + draft.id() + "/edit");
            // The same unit's officer saves in another tab meanwhile.
            Application theirs = projects.application(draft.id()).orElseThrow();
            projects.update(draft.id(), new ApplicationUpdate(draft.version(),
                    with(theirs, "competentDepartment", "东湖区人民政府办公室")));

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

    @SuppressWarnings("unchecked")
    private static ComboBox<String> ownerUnitBox() {
        return _get(ComboBox.class, spec -> spec.withId("app-owner-unit"));
    }

    /** Fills the first step; the investment typed as an officer does, in 万元. */
    private static void fillBasics(String title, String investmentWan) {
        enter(_get(TextField.class, spec -> spec.withId("app-title")), title);
        enter(ownerUnitBox(), "东湖区数据资源管理局");
        enter(_get(_get(WanYuanField.class, spec -> spec.withId("app-investment")), TextField.class, spec -> { }),
                investmentWan);
    }

    /** Shows step {@code n} (1-based) of the wizard, as clicking its tab does. */
    private static void step(int n) {
        _get(Tabs.class, spec -> spec.withId("wizard-steps")).setSelectedIndex(n - 1);
    }
}
