package cn.govit.app.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.govit.app.KaribuViewTest;
import cn.govit.app.project.ui.ProjectDetailView;
import cn.govit.core.project.ProjectView;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;

/**
 * 消息提醒 in the navigation bar: the bell counts what is new for the user's role and unit, lists it with the
 * unread in bold, opens the project on a click and counts it read; 全部标为已读 clears the count.
 */
class NotificationBellTest extends KaribuViewTest {

    @Test
    void art8_theDepartmentsBellCountsTheSubmittedProjectAndAClickOpensItAndReadsIt() {
        ProjectView submitted = submit("donghu", create("donghu", SampleApplications.completeConstruction(
                unique("东湖区铃铛提醒项目"), "2860000.00")));

        as("dh-dept", "donghu", () -> {
            open("");
            long before = count();
            assertThat(before).isPositive();
            Div entry = entryAbout(submitted.title());
            assertThat(entry.getElement().getAttribute("data-read")).isEqualTo("false");
            assertThat(entry.getElement().getTextRecursively()).contains("主管部门审核同意");
            assertThat(_find(entry, Span.class).getFirst().getClassNames()).contains("font-bold");

            _click(entry);

            _assertOne(ProjectDetailView.class);
            assertThat(_get(H2.class, spec -> spec.withId("detail-title")).getText()).isEqualTo(submitted.title());
            assertThat(count()).isEqualTo(before - 1);
            assertThat(entryAbout(submitted.title()).getElement().getAttribute("data-read")).isEqualTo("true");
        });
    }

    @Test
    void markingAllReadClearsTheCountAndUnboldsTheList() {
        submit("donghu", create("donghu", SampleApplications.completeConstruction(unique("东湖区全部已读项目"),
                "2860000.00")));

        as("dh-dept", "donghu", () -> {
            open("");
            assertThat(count()).isPositive();
            _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));

            assertThat(count()).isZero();
            assertThat(entries()).allMatch(e -> "true".equals(e.getElement().getAttribute("data-read")));
        });
    }

    @Test
    void art4_anotherUnitsOfficerAndAnotherDistrictSeeNothingOfIt() {
        ProjectView submitted = submit("donghu", create("donghu", SampleApplications.completeConstruction(
                unique("东湖区他人无提醒项目"), "2860000.00")));

        for (String[] who : new String[][] {{"dh-edu-officer", "donghu"}, {"xh-dept", "xihu"}}) {
            as(who[0], who[1], () -> {
                open("");
                assertThat(entries()).noneMatch(e -> e.getElement().getTextRecursively().contains(submitted.title()));
            });
            logout();
        }
    }

    private static long count() {
        return _find(Badge.class, spec -> spec.withId("notification-count")).stream().filter(Badge::isVisible)
                .findFirst().map(b -> Long.parseLong(b.getText())).orElse(0L);
    }

    private static List<Div> entries() {
        return _find(_get(VerticalLayout.class, spec -> spec.withId("notification-list")), Div.class).stream()
                .filter(d -> d.getId().filter(id -> id.startsWith("notification-")).isPresent()).toList();
    }

    private static Div entryAbout(String title) {
        return entries().stream().filter(e -> e.getElement().getTextRecursively().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no notification about " + title));
    }
}
