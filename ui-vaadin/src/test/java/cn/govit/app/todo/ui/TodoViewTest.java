package cn.govit.app.todo.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import cn.govit.app.KaribuViewTest;
import cn.govit.app.project.ui.ProjectDetailView;
import cn.govit.core.application.Application;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.project.ProjectView;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.testsupport.SampleApplications;
import cn.govit.core.todo.TodoItem;
import org.junit.jupiter.api.Test;

/**
 * 我的待办, the landing page of every role: exactly what waits for that role's step or its authority's
 * opinion, created through the services as the regulation's roles would, overdue first.
 */
class TodoViewTest extends KaribuViewTest {

    @Test
    void theLandingPageIsTheToDoListOfTheUser() {
        as("dh-dept", "donghu", () -> {
            open("");
            _assertOne(TodoView.class);
            assertThat(_get(H2.class, spec -> spec.withText("我的待办")).getText()).isEqualTo("我的待办");
            assertThat(UI.getCurrent().getInternals().getTitle()).contains("东湖区");
        });
    }

    @Test
    void art4_theOwnerOfficerSeesItsOwnUnitsDraftToSubmitAndNotWhatWaitsForOthers() {
        ProjectView draft = create("donghu", unique("东湖区待办草稿"));
        ProjectView submitted = submit("donghu", create("donghu", complete(unique("东湖区已申报项目"), "2860000.00")));

        as("dh-officer", "donghu", () -> {
            open("");
            assertThat(todoRow(draft.title())).contains("提交申报", "草稿", "东湖区数据资源管理局", "10.00", "R8 · 第八条");
            assertThat(titles()).doesNotContain(submitted.title());
        });
        logout();
        // Art. 4: another unit's officer has nothing to do on it, though its role could submit.
        as("dh-edu-officer", "donghu", () -> {
            open("");
            assertThat(titles()).doesNotContain(draft.title(), submitted.title());
        });
    }

    @Test
    void art8_theCompetentDepartmentSeesTheSubmittedProjectToEndorseAndARowOpensIt() {
        ProjectView draft = create("donghu", unique("东湖区未申报草稿"));
        ProjectView submitted = submit("donghu", create("donghu", complete(unique("东湖区待审核项目"), "2860000.00")));

        as("dh-dept", "donghu", () -> {
            open("");
            assertThat(todoRow(submitted.title())).contains("主管部门审核同意，报送技术评审", "已申报", "286.00");
            assertThat(titles()).doesNotContain(draft.title());
            assertThat(titles().stream().filter(submitted.title()::equals)).hasSize(1);

            Grid<TodoItem> grid = todoGrid();
            _clickItem(grid, IntStream.range(0, _size(grid)).filter(i -> _getFormattedRow(grid, i).get(3)
                    .equals(submitted.title())).findFirst().orElseThrow());
            _assertOne(ProjectDetailView.class);
            assertThat(_get(H2.class, spec -> spec.withId("detail-title")).getText()).isEqualTo(submitted.title());
        });
    }

    @Test
    void art8_endorsingOnTheProjectPageLowersTheCountInTheNavigationAtOnce() {
        ProjectView submitted = submit("donghu", create("donghu", complete(unique("东湖区计数项目"), "2860000.00")));

        as("dh-dept", "donghu", () -> {
            open("projects/" + submitted.id());
            int before = Integer.parseInt(_get(Badge.class, spec -> spec.withId("todo-count")).getText());
            _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-actions")));
            _click(_get(Button.class, spec -> spec.withId("action-ENDORSE")));
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));
            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("技术评审中");
            int after = _find(Badge.class, spec -> spec.withId("todo-count")).stream().findFirst()
                    .map(b -> Integer.parseInt(b.getText())).orElse(0);
            assertThat(after).isEqualTo(before - 1);
        });
    }

    @Test
    void art10_afterEndorsementTheProjectLeavesTheDepartmentsListAndTheBureauOwesReviewAndPass() {
        ProjectView endorsed = endorse("donghu", submit("donghu", create("donghu",
                complete(unique("东湖区待评审项目"), "2860000.00"))));

        as("dh-dept", "donghu", () -> {
            open("");
            assertThat(titles()).doesNotContain(endorsed.title());
        });
        logout();
        as("dh-bureau", "donghu", () -> {
            open("");
            assertThat(rowsOf(endorsed.title())).extracting(row -> row.get(2))
                    // Art. 10: the reserve library also needs the bureau's 项目建设意见书 (or the NDRC's plan).
                    .containsExactlyInAnyOrder("技术评审意见", "项目建设意见书", "技术评审通过，纳入储备库");
        });
    }

    @Test
    void art8_10_eachSecurityAuthoritySeesTheOpinionItOwesAndOthersDoNot() {
        ProjectView submitted = submit("donghu", create("donghu", with(complete(unique("东湖区涉及国家安全项目"),
                "2860000.00"), "touchesStateSecurity", true)));

        as("dh-secrecy", "donghu", () -> {
            open("");
            assertThat(rowsOf(submitted.title())).extracting(row -> row.get(2)).containsExactly("保密审查意见");
        });
        logout();
        as("dh-finance", "donghu", () -> {
            open("");
            assertThat(titles()).doesNotContain(submitted.title());
        });
    }

    @Test
    void art19_anOverdueMonthlyReportComesFirstAndTheNavigationCountsIt() {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        ProjectView project = create("donghu", complete(unique("东湖区逾期月报项目"), "200000.00"));
        // Self-supervised (Art. 7) and under construction since months ago: the monthly report is overdue.
        LocalDate start = today.minusMonths(4);
        step("officer", project.id(), LifecycleAction.SUBMIT, start, DocumentType.APPLICATION_PLAN);
        step("dept", project.id(), LifecycleAction.SELF_SUPERVISE, start.plusDays(1));
        step("officer", project.id(), LifecycleAction.START_PROCUREMENT, start.plusDays(2));
        step("dept", project.id(), LifecycleAction.FILE_CONTRACT, start.plusDays(3), DocumentType.CONTRACT);
        step("officer", project.id(), LifecycleAction.START_CONSTRUCTION, start.plusDays(4));
        ProjectView fresh = submit("donghu", create("donghu", complete(unique("东湖区新申报项目"), "2860000.00")));

        as("dh-dept", "donghu", () -> {
            open("");
            List<String> overdueRow = todoRow(project.title());
            assertThat(overdueRow).contains("报送月度实施情况", "已逾期", "R19 · 第十九条");
            assertThat(LocalDate.parse(overdueRow.getFirst())).isBefore(today);
            assertThat(todoRow(fresh.title()).get(1)).isEmpty();
            List<Boolean> overdue = new ArrayList<>();
            Grid<TodoItem> grid = todoGrid();
            IntStream.range(0, _size(grid)).forEach(i -> overdue.add(!_getFormattedRow(grid, i).get(1).isEmpty()));
            assertThat(overdue.indexOf(false)).as("no overdue item after an item on time: %s", overdue)
                    .isGreaterThan(overdue.lastIndexOf(true));
            assertThat(_get(Paragraph.class, spec -> spec.withId("todo-summary")).getText())
                    .isEqualTo("共 " + _size(grid) + " 项待办，其中逾期 " + overdue.stream().filter(b -> b).count() + " 项");
            Badge count = _get(Badge.class, spec -> spec.withId("todo-count"));
            assertThat(count.getText()).isEqualTo(Integer.toString(_size(grid)));
        });
    }

    @Test
    void art10_aReturnedProjectShowsItsReasonOnTopAndWaitsForItsOwnerToResubmit() {
        ProjectView submitted = submit("donghu", create("donghu", complete(unique("东湖区退回项目"), "2860000.00")));
        asUser("dh-dept", "donghu", () -> lifecycle.take(submitted.id(), new StepRequest(
                LifecycleAction.RETURN_FOR_REVISION, projects.find(submitted.id()).orElseThrow().version(), null,
                "请补充数据共享分析章节", List.of())));

        as("dh-officer", "donghu", () -> {
            open("");
            assertThat(todoRow(submitted.title())).contains("修改后重新提交", "退回修改");
            open("projects/" + submitted.id());
            Div banner = _get(Div.class, spec -> spec.withId("return-reason"));
            assertThat(_get(Span.class, spec -> spec.withId("return-reason-text")).getText())
                    .isEqualTo("请补充数据共享分析章节");
            assertThat(banner.getElement().getTextRecursively()).contains("退回修改", "东湖区 项目行政主管单位经办人（东湖区项目行政主管单位）");
        });
    }

    @Test
    void art8_afterSubmissionTheProjectSaysTheCompetentDepartmentIsNext() {
        ProjectView submitted = submit("donghu", create("donghu", complete(unique("东湖区下一步项目"), "2860000.00")));
        ProjectView draft = create("donghu", unique("东湖区下一步草稿"));

        as("dh-officer", "donghu", () -> {
            open("projects/" + submitted.id());
            assertThat(_get(Paragraph.class, spec -> spec.withId("detail-next")).getText())
                    .startsWith("下一步：主管部门审核同意，报送技术评审（项目行政主管单位）");
            _assertNone(Div.class, spec -> spec.withId("return-reason"));
            open("projects/" + draft.id());
            assertThat(_get(Paragraph.class, spec -> spec.withId("detail-next")).getText())
                    .isEqualTo("下一步：提交申报（项目建设（业主）单位）");
        });
    }

    @Test
    void anotherTenantsUsersSeeNothingOfDonghusToDo() {
        ProjectView submitted = submit("donghu", create("donghu", complete(unique("东湖区本区待办"), "2860000.00")));

        as("xh-dept", "xihu", () -> {
            open("");
            assertThat(titles()).doesNotContain(submitted.title());
            assertThat(titles()).allSatisfy(t -> assertThat(t).doesNotContain("东湖区"));
        });
    }

    @Test
    void aRoleTheRegulationGivesNoStepHasAnEmptyDesk() {
        submit("donghu", create("donghu", complete(unique("东湖区管理员不办"), "2860000.00")));

        as("dh-admin", "donghu", () -> {
            open("");
            assertThat(_size(todoGrid())).isZero();
            assertThat(_get(Paragraph.class, spec -> spec.withId("todo-summary")).getText())
                    .isEqualTo("共 0 项待办，其中逾期 0 项");
            _assertNone(Badge.class, spec -> spec.withId("todo-count"));
        });
    }

    @Test
    void inEnglishTheListSpeaksEnglish() {
        ProjectView submitted = submit("donghu", create("donghu", complete(unique("东湖区英文待办"), "2860000.00")));

        as("dh-dept", "donghu", () -> {
            UI.getCurrent().getSession().setLocale(java.util.Locale.ENGLISH);
            UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
            open("");
            assertThat(_get(H2.class, spec -> spec.withText("My to-do")).getText()).isEqualTo("My to-do");
            assertThat(todoRow(submitted.title()).get(2)).doesNotContainPattern("\\p{IsHan}");
        });
    }

    private Application complete(String title, String total) {
        return SampleApplications.completeConstruction(title, total);
    }

    /** A step taken as the tenant's demo user of that kind, on a past date, with documents of the types given. */
    private void step(String kind, UUID id, LifecycleAction action, LocalDate on, DocumentType... types) {
        asUser(user("donghu", kind), "donghu", () -> {
            List<UUID> docs = new ArrayList<>();
            for (DocumentType type : types) {
                docs.add(documents.attach(id, type, type.name() + ".pdf", "application/pdf", PDF).id());
            }
            return lifecycle.take(id, new StepRequest(action, projects.find(id).orElseThrow().version(), on, null, docs));
        });
    }

    @SuppressWarnings("unchecked")
    private static Grid<TodoItem> todoGrid() {
        return _get(Grid.class, spec -> spec.withId("todo-grid"));
    }

    private static List<String> titles() {
        Grid<TodoItem> grid = todoGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i).get(3)).toList();
    }

    private static List<List<String>> rowsOf(String title) {
        Grid<TodoItem> grid = todoGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i))
                .filter(row -> row.get(3).equals(title)).toList();
    }

    private static List<String> todoRow(String title) {
        List<List<String>> rows = rowsOf(title);
        assertThat(rows).as("one to-do row for %s in %s", title, titles()).hasSize(1);
        return rows.getFirst();
    }
}
