package cn.govit.app.review.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.OpinionView;
import cn.govit.core.project.ProjectView;
import cn.govit.core.review.MeetingView;
import cn.govit.core.review.NewExpert;
import cn.govit.core.review.ReviewService;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第十条 — the bureau's review-meeting workspace and the expert's scoring screen: a meeting batched and drawn
 * in the view, the exclusion shown, the expert scoring only their meeting's projects, the opinion issued;
 * nobody else, and no other tenant's meetings.
 */
class ReviewMeetingsViewTest extends KaribuViewTest {

    @Autowired
    private ReviewService review;
    @Autowired
    private OpinionService opinions;

    @Test
    void R10_theBureauBatchesAndDrawsTheExpertScoresAndTheOpinionIsIssuedOnTheProject() {
        String specialty = "电子政务-" + UUID.randomUUID().toString().substring(0, 6);
        asUser("dh-bureau", "donghu", () -> {
            review.addExpert(new NewExpert("东湖评审专家", "EXPERT", List.of(specialty), "江西省电子政务专家组", null, true,
                    "dh-expert"));
            return review.addExpert(new NewExpert("本单位专家", "EXPERT", List.of(specialty), ownerUnit("donghu"), null,
                    true, null));
        });
        ProjectView project = endorse("donghu", submit("donghu", create("donghu", with(
                SampleApplications.completeConstruction(unique("东湖区评审会项目"), "900000.00"), "ownerUnit",
                ownerUnit("donghu")))));
        String title = unique("东湖区第一次集中评审会");

        as("dh-bureau", "donghu", () -> {
            open("review");
            assertThat(menu()).contains("集中评审");
            _get(TextField.class, spec -> spec.withId("meeting-title")).setValue(title);
            _get(TextField.class, spec -> spec.withId("meeting-place")).setValue("东湖区政务服务中心");
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<ProjectView> batch = _get(MultiSelectComboBox.class, spec -> spec.withId("meeting-projects"));
            batch.setValue(Set.of(batch.getListDataView().getItems().filter(p -> p.id().equals(project.id()))
                    .findFirst().orElseThrow()));
            _get(TextField.class, spec -> spec.withId("meeting-specialties")).setValue(specialty);
            _get(IntegerField.class, spec -> spec.withId("meeting-officials")).setValue(1);
            _get(IntegerField.class, spec -> spec.withId("meeting-alternates")).setValue(0);
            _click(_get(Button.class, spec -> spec.withId("meeting-create")));

            _get(TextField.class, spec -> spec.withId("draw-seed")).setValue("20261201");
            _click(_get(Button.class, spec -> spec.withId("draw")));

            assertThat(_get(Paragraph.class, spec -> spec.withId("draw-result")).getText()).contains("20261201");
            assertThat(rows("review-panel")).singleElement().asString().contains("东湖评审专家", "正式", "参会");
            assertThat(rows("review-exclusions")).singleElement().asString()
                    .contains("本单位专家", "建设（业主）单位", "回避");
        });
        logout();

        as("dh-expert", "donghu", () -> {
            open("review");
            assertThat(rows("review-meetings")).hasSize(1).first().asString().contains(title);
            _get(Grid.class, spec -> spec.withId("review-meetings")).select(review.meetings().getFirst());
            for (int position = 1; position <= 4; position++) {
                String id = "score-" + project.id() + "-" + position;
                _get(BigDecimalField.class, spec -> spec.withId(id)).setValue(new BigDecimal(position == 1 ? "80" : "88"));
            }
            _get(TextArea.class, spec -> spec.withId("score-opinion-" + project.id())).setValue("方案可行");
            _click(_get(Button.class, spec -> spec.withId("score-save-" + project.id())));

            // 80×30% + 88×70% against the default criteria
            assertThat(_get(Paragraph.class, spec -> spec.withId("review-project-heading-" + project.id())).getText())
                    .contains("85.60");
            assertThat(_get(Paragraph.class, spec -> spec.withId("review-criteria-" + project.id())).getText())
                    .contains("必要性（权重 30）：80.00", "安全保障（权重 15）：88.00");
            _assertNone(Grid.class, spec -> spec.withId("review-panel"));
        });
        logout();

        as("dh-bureau", "donghu", () -> {
            open("review");
            MeetingView meeting = review.meetings().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
            _get(Grid.class, spec -> spec.withId("review-meetings")).select(meeting);
            _click(_get(Button.class, spec -> spec.withId("conclusion-issue-" + project.id())));

            assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("review-message")).getText()).isEmpty();
            List<OpinionView> issued = opinions.history(project.id());
            assertThat(issued).extracting(OpinionView::kind).contains(OpinionKind.TECHNICAL_REVIEW);
            assertThat(issued.getFirst().documentFilename()).endsWith(".pdf");
        });
    }

    @Test
    void R10_anOwnerUnitsOfficerHasNoReviewInTheMenuAndIsToldWhoseItIs() {
        asDonghuOfficer(() -> {
            assertThat(menu()).doesNotContain("集中评审");
            open("review");

            assertThat(_get(Paragraph.class, spec -> spec.withId("review-forbidden")).getText()).contains("第十条");
            _assertNone(Grid.class);
        });
    }

    @Test
    void anotherDistrictsBureauDoesNotSeeTheMeeting() {
        String title = unique("东湖区隔离评审会");
        ProjectView project = submit("donghu", create("donghu", with(
                SampleApplications.completeConstruction(unique("东湖区隔离评审项目"), "500000.00"), "ownerUnit",
                ownerUnit("donghu"))));
        asUser("dh-bureau", "donghu", () -> review.createMeeting(new cn.govit.core.review.ReviewRequests.NewMeeting(
                title, LocalDate.now(BusinessTime.ZONE), "东湖区", List.of(project.id()), List.of(), 1, 0)));
        as("xh-bureau", "xihu", () -> {
            open("review");

            assertThat(rows("review-meetings")).noneMatch(r -> r.contains(title));
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<ProjectView> batch = _get(MultiSelectComboBox.class, spec -> spec.withId("meeting-projects"));
            assertThat(batch.getListDataView().getItems().map(ProjectView::id)).doesNotContain(project.id());
        });
    }

    private static List<String> rows(String gridId) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, _size(grid)).mapToObj(i -> String.join(" ", _getFormattedRow(grid, i))).toList();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
