package cn.govit.app.plan.ui;

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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import cn.govit.app.KaribuViewTest;
import cn.govit.app.base.ui.WanYuanField;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionRequest;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.Verdict;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.plan.LeadingGroupMeetingView;
import cn.govit.core.todo.TodoItem;
import cn.govit.core.plan.PlanService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第四条、第十二条 — the leading group's screen and the annual plan page: the bureau records a meeting on reserve
 * projects, its minutes and an inclusion with priority and funds; the finance bureau enters the arrangement
 * and reads what remains in 万元; an owner's officer has neither in the menu; another district sees none of it.
 */
class PlanViewsTest extends KaribuViewTest {

    private final int thisYear = LocalDate.now(BusinessTime.ZONE).getYear();

    @Autowired
    private OpinionService opinions;
    @Autowired
    private PlanService plans;

    @Test
    void R12_theBureauRecordsTheMeetingAndTheInclusionAndTheFinanceBureauEntersTheArrangement() {
        ProjectView project = inReserve("donghu", unique("东湖区领导小组界面项目"), "3000000.00");
        String title = unique("东湖区领导小组第四季度会议");

        as("dh-bureau", "donghu", () -> {
            open("leading-group");
            assertThat(menu()).contains("领导小组审议", "年度计划");
            _get(TextField.class, spec -> spec.withId("plan-meeting-title")).setValue(title);
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<ProjectView> agenda = _get(MultiSelectComboBox.class,
                    spec -> spec.withId("plan-meeting-projects"));
            agenda.setValue(Set.of(agenda.getListDataView().getItems().filter(p -> p.id().equals(project.id()))
                    .findFirst().orElseThrow()));
            _click(_get(Button.class, spec -> spec.withId("plan-meeting-create")));
            assertThat(rows("plan-meetings")).anyMatch(r -> r.contains(title) && r.contains("未上传"));

            LeadingGroupMeetingView meeting = plans.meetings().stream().filter(m -> m.title().equals(title))
                    .findFirst().orElseThrow();
            String id = project.id().toString();
            _get(IntegerField.class, spec -> spec.withId("plan-priority-" + id)).setValue(priority());
            wan("plan-funded-" + id, "120");
            _click(_get(Button.class, spec -> spec.withId("plan-decide-" + id)));
            assertThat(_get(Div.class, spec -> spec.withId("plan-message")).getText()).contains("会议纪要", "第十二条");

            plans.uploadMinutes(meeting.id(), "纪要.pdf", "application/pdf", PDF);
            open("leading-group");
            _get(Grid.class, spec -> spec.withId("plan-meetings")).select(plans.meeting(meeting.id()));
            _get(IntegerField.class, spec -> spec.withId("plan-priority-" + id)).setValue(priority());
            wan("plan-funded-" + id, "120");
            _click(_get(Button.class, spec -> spec.withId("plan-decide-" + id)));

            assertThat(_get(Div.class, spec -> spec.withId("plan-message")).getText()).isEmpty();
            assertThat(_get(Paragraph.class, spec -> spec.withId("plan-item-decision-" + id)).getText())
                    .contains("列入年度计划", String.valueOf(thisYear), "120.00");
            assertThat(projects.find(project.id()).orElseThrow().status()).isEqualTo(ProjectStatus.ANNUAL_PLAN);
        });
        logout();

        as("dh-finance", "donghu", () -> {
            open("annual-plan");
            assertThat(rows("plan-entries")).anyMatch(r -> r.contains(project.title()) && r.contains("120.00"));
            _assertNone(Button.class, spec -> spec.withId("plan-meeting-create"));
            wan("plan-arrangement", "90,000");
            _click(_get(Button.class, spec -> spec.withId("plan-arrangement-save")));

            assertThat(_get(Paragraph.class, spec -> spec.withId("plan-totals")).getText())
                    .contains("资金安排 90,000.00 万元", "结余");
            assertThat(rows("plan-periods")).hasSize(4);
        });
        logout();

        as("dh-bureau", "donghu", () -> {
            open("annual-plan");
            _assertNone(WanYuanField.class, spec -> spec.withId("plan-arrangement"));
        });
    }

    @Test
    void R12_anOwnerUnitsOfficerHasNoPlanInTheMenuAndAnotherDistrictSeesNoneOfIt() {
        ProjectView project = inReserve("donghu", unique("东湖区计划隔离界面项目"), "500000.00");
        String title = unique("东湖区隔离领导小组会议");
        asUser("dh-bureau", "donghu", () -> plans.createMeeting(new cn.govit.core.plan.PlanRequests.NewMeeting(title,
                LocalDate.now(BusinessTime.ZONE), List.of(project.id()))));
        asDonghuOfficer(() -> {
            assertThat(menu()).doesNotContain("领导小组审议", "年度计划");
            open("annual-plan");
            assertThat(_get(Paragraph.class, spec -> spec.withId("plan-forbidden")).getText()).contains("第十二条");
            _assertNone(Grid.class);
        });
        logout();
        as("xh-bureau", "xihu", () -> {
            open("leading-group");
            assertThat(rows("plan-meetings")).noneMatch(r -> r.contains(title));
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<ProjectView> agenda = _get(MultiSelectComboBox.class,
                    spec -> spec.withId("plan-meeting-projects"));
            assertThat(agenda.getListDataView().getItems().map(ProjectView::id)).doesNotContain(project.id());
        });
    }

    @Test
    void R12_aReserveProjectOnTheBureausDeskOpensTheLeadingGroupsPageWhereItsInclusionIsDecided() {
        ProjectView project = inReserve("donghu", unique("东湖区待列入年度计划项目"), "800000.00");

        as("dh-bureau", "donghu", () -> {
            open("");
            @SuppressWarnings("unchecked")
            Grid<TodoItem> desk = _get(Grid.class, spec -> spec.withId("todo-grid"));
            int row = IntStream.range(0, _size(desk)).filter(i -> _getFormattedRow(desk, i).contains(project.title())
                    && String.join(" ", _getFormattedRow(desk, i)).contains("列入年度计划")).findFirst().orElseThrow();
            _clickItem(desk, row);

            _assertOne(LeadingGroupView.class);
        });
    }

    private ProjectView inReserve(String tenant, String title, String total) {
        ProjectView underReview = endorse(tenant, submit(tenant, create(tenant, with(
                SampleApplications.completeConstruction(title, total), "ownerUnit", ownerUnit(tenant)))));
        return asUser(user(tenant, "bureau"), tenant, () -> {
            for (OpinionKind kind : List.of(OpinionKind.TECHNICAL_REVIEW, OpinionKind.CONSTRUCTION_OPINION_LETTER)) {
                UUID document = documents.attach(underReview.id(), kind.documentType(), kind.name() + ".pdf",
                        "application/pdf", PDF).id();
                opinions.issue(underReview.id(), new OpinionRequest(kind, Verdict.APPROVED, null, null, document));
            }
            lifecycle.take(underReview.id(), new StepRequest(LifecycleAction.PASS_REVIEW,
                    projects.find(underReview.id()).orElseThrow().version(), null, null, List.of()));
            return projects.find(underReview.id()).orElseThrow();
        });
    }

    private static int priority() {
        return 5000 + (int) (Math.random() * 4000);
    }

    private static List<String> rows(String gridId) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, _size(grid)).mapToObj(i -> String.join(" ", _getFormattedRow(grid, i))).toList();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** Types an amount in 万元 as an officer does. */
    private static void wan(String id, String typed) {
        _get(_get(WanYuanField.class, spec -> spec.withId(id)), TextField.class, spec -> { }).setValue(typed);
    }
}
