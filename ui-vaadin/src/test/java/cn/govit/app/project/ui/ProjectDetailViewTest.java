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
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
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
    private LifecycleService lifecycle;
    @Autowired
    private DocumentService documents;

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
        UUID id = submitted(unique("东湖区社区治理平台"));

        asDonghuOfficer(() -> {
            open("projects/" + id);
            tab(1);
            _assertNone(Button.class, spec -> spec.withId("action-ENDORSE"));
            _assertOne(Button.class, spec -> spec.withId("action-FILE_UPWARD"));
        });
        logout();
        as("dh-dept", "donghu", () -> {
            open("projects/" + id);
            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("已申报");
            tab(1);
            assertThat(_get(Button.class, spec -> spec.withId("action-ENDORSE")).getText())
                    .isEqualTo("主管部门审核同意，报送技术评审");
            _assertOne(Button.class, spec -> spec.withId("action-RETURN_FOR_REVISION"));
        });
    }

    @Test
    void aReturnWithoutExplanationIsRefusedInTheDialogAndWithOneTheProjectIsReturned() {
        UUID id = submitted(unique("东湖区数字档案馆"));
        as("dh-dept", "donghu", () -> {
            open("projects/" + id);
            tab(1);
            _click(_get(Button.class, spec -> spec.withId("action-RETURN_FOR_REVISION")));
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            Div refusal = _get(Div.class, spec -> spec.withId("step-refusal"));
            assertThat(refusal.getText()).contains("退回修改").contains("R10");
            _assertOne(Div.class, spec -> spec.withId("finding-R10"));

            enter(_get(TextArea.class, spec -> spec.withId("step-explanation")), "请补充绩效指标的测算依据");
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("退回修改");
            tab(4);
            assertThat(_get(Div.class, spec -> spec.withId("timeline-0")).getElement().getTextRecursively())
                    .contains("退回修改", "dh-dept", "请补充绩效指标的测算依据");
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
            _assertOne(Div.class, spec -> spec.withId("finding-R8-4"));
            _assertOne(Button.class, spec -> spec.withId("detail-edit"));
        });
    }

    @Test
    void aStepNeedingADocumentIsRefusedWithoutItKeepsWhatWasUploadedAndSucceedsOnceItIsThere() {
        UUID id = underReview(unique("东湖区数据中台"));
        as("dh-bureau", "donghu", () -> {
            open("projects/" + id);
            tab(1);
            _click(_get(Button.class, spec -> spec.withId("action-PASS_REVIEW")));
            StepDialog dialog = _get(StepDialog.class);
            dialog.received(DocumentType.OTHER, "评审会签到表.txt", "text/plain", "专家签到".getBytes(StandardCharsets.UTF_8));
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            assertThat(_get(Div.class, spec -> spec.withId("step-refusal")).getText()).contains("技术评审通过");
            assertThat(_get(Div.class, spec -> spec.withId("finding-R10")).getElement().getTextRecursively())
                    .contains("缺少材料：技术评审意见");
            assertThat(documents.list(id)).extracting(DocumentView::filename).containsExactly("评审会签到表.txt");

            dialog.received(DocumentType.TECHNICAL_REVIEW_OPINION, "技术评审意见.pdf", "application/pdf",
                    "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            _assertNone(StepDialog.class);
            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("储备库");
            tab(3);
            @SuppressWarnings("unchecked")
            Grid<DocumentView> grid = _get(Grid.class, spec -> spec.withId("detail-documents"));
            assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> (Anchor) _getCellComponent(grid, i, "filename")))
                    .extracting(Anchor::getText).containsExactlyInAnyOrder("评审会签到表.txt", "技术评审意见.pdf")
                    .hasSize(2);
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> documents.list(id))).hasSize(2)
                .allSatisfy(d -> assertThat(d.stepId()).isNotNull());
    }

    private UUID underReview(String title) {
        UUID id = submitted(title);
        TenantContext.callAs(tenant("donghu"), () -> lifecycle.take(id, new StepRequest(LifecycleAction.ENDORSE,
                projects.find(id).orElseThrow().version(), null, null, List.of()), "dh-dept",
                Set.of("department-officer")));
        return id;
    }

    private UUID submitted(String title) {
        ProjectView draft = create("donghu", SampleApplications.completeConstruction(title, "2860000.00"));
        TenantContext.callAs(tenant("donghu"), () -> lifecycle.take(draft.id(),
                new StepRequest(LifecycleAction.SUBMIT, draft.version(), null, null, List.of()), "dh-officer",
                Set.of("owner-officer")));
        return draft.id();
    }

    private static void tab(int index) {
        _get(TabSheet.class, spec -> spec.withId("detail-tabs")).setSelectedIndex(index);
    }
}
