package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionRequest;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 项目详情: the application, the steps the user's roles may take, deadlines, documents and timeline. */
class ProjectDetailViewTest extends KaribuViewTest {

    @Autowired
    private OpinionService opinions;

    @Test
    void anotherTenantsProjectIsNotFound() {
        UUID theirs = create("xihu", unique("西湖区政务云扩容")).id();
        asDonghuOfficer(() -> {
            open("projects/" + theirs);

            assertThat(_get(Paragraph.class, spec -> spec.withId("project-not-found")).getText()).isEqualTo("未找到该项目");
            _assertNone(TabSheet.class);
        });
    }

    @Test
    void anIdThatIsNoProjectIdIsNotFoundEither() {
        asDonghuOfficer(() -> {
            open("projects/not-a-project");
            _assertOne(Paragraph.class, spec -> spec.withId("project-not-found"));
        });
    }

    @Test
    void departmentOfficerMayEndorseASubmittedProjectAndTheOwnerMayNot() {
        UUID id = submitted(unique("东湖区社区治理平台")).id();

        asDonghuOfficer(() -> {
            open("projects/" + id);
            tab("tab-actions");
            _assertNone(Button.class, spec -> spec.withId("action-ENDORSE"));
            _assertOne(Button.class, spec -> spec.withId("action-FILE_UPWARD"));
        });
        logout();
        as("dh-dept", "donghu", () -> {
            open("projects/" + id);
            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("已申报");
            tab("tab-actions");
            assertThat(_get(Button.class, spec -> spec.withId("action-ENDORSE")).getText())
                    .isEqualTo("主管部门审核同意，报送技术评审");
            _assertOne(Button.class, spec -> spec.withId("action-RETURN_FOR_REVISION"));
        });
    }

    @Test
    void aReturnWithoutExplanationIsRefusedInTheDialogAndWithOneTheProjectIsReturned() {
        UUID id = submitted(unique("东湖区数字档案馆")).id();
        as("dh-dept", "donghu", () -> {
            open("projects/" + id);
            tab("tab-actions");
            _click(_get(Button.class, spec -> spec.withId("action-RETURN_FOR_REVISION")));
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            Div refusal = _get(Div.class, spec -> spec.withId("step-refusal"));
            assertThat(refusal.getText()).contains("退回修改").contains("R10");
            _assertOne(Div.class, spec -> spec.withId("finding-R10"));

            enter(_get(TextArea.class, spec -> spec.withId("step-explanation")), "请补充绩效指标的测算依据");
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("退回修改");
            tab("tab-timeline");
            assertThat(_get(Div.class, spec -> spec.withId("timeline-0")).getElement().getTextRecursively())
                    .contains("退回修改", "东湖区 项目行政主管单位经办人（东湖区项目行政主管单位）", "请补充绩效指标的测算依据");
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> projects.find(id)).orElseThrow().status())
                .isEqualTo(ProjectStatus.RETURNED);
    }

    @Test
    void applicationTabShowsTheSummaryAndTheCurrentFindings() {
        String title = unique("东湖区智慧停车");
        UUID id = create("donghu", title).id();
        asDonghuOfficer(() -> {
            open("projects/" + id);
            assertThat(_get(H2.class, spec -> spec.withId("detail-title")).getText()).isEqualTo(title);
            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("草稿");
            assertThat(_get(Div.class, spec -> spec.withId("finding-R8-2")).getElement().getTextRecursively())
                    .contains("R8.2 · 第八条第（二）项", "网络部署");
            _assertOne(Button.class, spec -> spec.withId("detail-edit"));
        });
    }

    @Test
    void R4_theEditButtonIsOnlyForAnOfficerOfTheProjectsOwnerUnit() {
        UUID id = create("donghu", unique("东湖区数据资源目录")).id();
        as("dh-edu-officer", "donghu", () -> {
            open("projects/" + id);
            _assertOne(TabSheet.class);
            _assertNone(Button.class, spec -> spec.withId("detail-edit"));
        });
    }

    @Test
    void aStepNeedingADocumentIsRefusedWithoutItKeepsWhatWasUploadedAndSucceedsOnceItIsThere() {
        UUID id = create("donghu", SampleApplications.completeConstruction(unique("东湖区数据中台"), "2860000.00")).id();
        asDonghuOfficer(() -> {
            open("projects/" + id);
            tab("tab-actions");
            _click(_get(Button.class, spec -> spec.withId("action-SUBMIT")));
            StepDialog dialog = _get(StepDialog.class);
            dialog.received(DocumentType.OTHER, "需求调研报告.txt", "text/plain", "各科室需求汇总".getBytes(StandardCharsets.UTF_8));
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            assertThat(_get(Div.class, spec -> spec.withId("step-refusal")).getText()).contains("提交申报");
            assertThat(_get(Div.class, spec -> spec.withId("finding-R8")).getElement().getTextRecursively())
                    .contains("缺少材料：项目建设（运维）方案");
            assertThat(documents.list(id)).extracting(DocumentView::filename).contains("需求调研报告.txt");

            dialog.received(DocumentType.APPLICATION_PLAN, "建设方案.pdf", "application/pdf", PDF);
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            _assertNone(StepDialog.class);
            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("已申报");
            tab("tab-documents");
            @SuppressWarnings("unchecked")
            Grid<DocumentView> grid = _get(Grid.class, spec -> spec.withId("detail-documents"));
            assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> (Anchor) _getCellComponent(grid, i, "filename")))
                    .extracting(Anchor::getText).contains("需求调研报告.txt", "建设方案.pdf");
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> documents.list(id)))
                .filteredOn(d -> d.filename().equals("需求调研报告.txt") || d.filename().equals("建设方案.pdf"))
                .hasSize(2).allSatisfy(d -> assertThat(d.stepId()).isNotNull());
    }

    @Test
    void R12_theBureauIsSentToTheLeadingGroupToPutAProjectInTheAnnualPlan() {
        UUID id = inReserve(unique("东湖区数据中台")).id();
        as("dh-bureau", "donghu", () -> {
            open("projects/" + id);
            tab("tab-actions");

            assertThat(_get(Button.class, spec -> spec.withId("action-INCLUDE_IN_ANNUAL_PLAN")).isEnabled()).isFalse();
            assertThat(_get(Div.class, spec -> spec.withId("outstanding-INCLUDE_IN_ANNUAL_PLAN")).getElement()
                    .getTextRecursively()).contains("列入年度计划须经领导小组会议审议决定（第十二条）", "R12");
            assertThat(_get(Anchor.class, spec -> spec.withId("action-leading-group")).getHref())
                    .isEqualTo("leading-group");
            assertThat(_get(Button.class, spec -> spec.withId("action-SUSPEND")).isEnabled()).isTrue();
        });
    }

    @Test
    void R8_10_theBureauSeesUnderPassReviewThatTheSecurityOpinionsAreStillMissing() {
        UUID id = endorse("donghu", submit("donghu", create("donghu", with(SampleApplications.completeConstruction(
                unique("东湖区视频共享平台"), "2860000.00"), "touchesStateSecurity", true)))).id();
        as("dh-bureau", "donghu", () -> {
            open("projects/" + id);
            tab("tab-actions");

            assertThat(_get(Div.class, spec -> spec.withId("outstanding-PASS_REVIEW")).getElement().getTextRecursively())
                    .contains("须先取得保密局的“保密审查意见”（第八条第（十）项）", "须先取得国家安全局的", "R8.10",
                            "须先取得大数据局的“技术评审意见”");
            _assertNone(Div.class, spec -> spec.withId("outstanding-RETURN_FOR_REVISION"));

            _click(_get(Button.class, spec -> spec.withId("action-PASS_REVIEW")));
            assertThat(_get(Div.class, spec -> spec.withId("step-outstanding")).getElement().getTextRecursively())
                    .contains("须先取得保密局的“保密审查意见”（第八条第（十）项）");
        });
    }

    @Test
    void R4_theStepDialogOffersOnlyDocumentTypesTheUserMayUpload() {
        UUID id = submitted(unique("东湖区便民服务")).id();
        as("dh-dept", "donghu", () -> {
            open("projects/" + id);
            tab("tab-actions");
            _click(_get(Button.class, spec -> spec.withId("action-RETURN_FOR_REVISION")));

            @SuppressWarnings("unchecked")
            Select<DocumentType> type = _get(Select.class, spec -> spec.withId("step-extra-type"));
            assertThat(type.getListDataView().getItems().toList())
                    .contains(DocumentType.OTHER, DocumentType.APPLICATION_PLAN, DocumentType.EXCEPTIONAL_APPLICATION)
                    .doesNotContain(DocumentType.SECRECY_OPINION, DocumentType.TECHNICAL_REVIEW_OPINION,
                            DocumentType.FUND_SOURCE_OPINION);
        });
    }

    /** Reserve library (Art. 10): endorsed, the bureau's technical review opinion 同意 and its construction opinion letter, review passed. */
    private ProjectView inReserve(String title) {
        ProjectView underReview = endorse("donghu", submitted(title));
        return asUser("dh-bureau", "donghu", () -> {
            UUID opinion = documents.attach(underReview.id(), DocumentType.TECHNICAL_REVIEW_OPINION, "技术评审意见.pdf",
                    "application/pdf", PDF).id();
            opinions.issue(underReview.id(), new OpinionRequest(OpinionKind.TECHNICAL_REVIEW, Verdict.APPROVED, null,
                    null, opinion));
            UUID letter = documents.attach(underReview.id(), DocumentType.CONSTRUCTION_OPINION_LETTER, "项目建设意见书.pdf",
                    "application/pdf", PDF).id();
            opinions.issue(underReview.id(), new OpinionRequest(OpinionKind.CONSTRUCTION_OPINION_LETTER,
                    Verdict.APPROVED, null, null, letter));
            lifecycle.take(underReview.id(), new StepRequest(LifecycleAction.PASS_REVIEW,
                    projects.find(underReview.id()).orElseThrow().version(), null, null, List.of()));
            return projects.find(underReview.id()).orElseThrow();
        });
    }

    private ProjectView submitted(String title) {
        return submit("donghu", create("donghu", SampleApplications.completeConstruction(title, "2860000.00")));
    }

    /** Selects the detail's tab of that id, as clicking it does. */
    private static void tab(String id) {
        _get(TabSheet.class, spec -> spec.withId("detail-tabs")).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }
}
