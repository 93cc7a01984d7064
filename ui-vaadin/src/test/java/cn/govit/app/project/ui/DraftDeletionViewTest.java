package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.project.ProjectView;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;

/** 删除草稿 on the project page (Art. 4): the owner unit's officer, its drafts only, asked once more. */
class DraftDeletionViewTest extends KaribuViewTest {

    @Test
    void art4_theOwnerOfficerDeletesItsDraftAfterConfirmingAndCancellingKeepsIt() {
        ProjectView draft = create("donghu", unique("东湖区要删除的草稿"));

        asDonghuOfficer(() -> {
            open("projects/" + draft.id());
            _click(_get(Button.class, spec -> spec.withId("detail-delete")));
            _click(_get(Button.class, spec -> spec.withId("delete-cancel")));
            _assertNone(Dialog.class, spec -> spec.withId("delete-dialog"));
            assertThat(projects.find(draft.id())).isPresent();

            _click(_get(Button.class, spec -> spec.withId("detail-delete")));
            assertThat(_get(Dialog.class, spec -> spec.withId("delete-dialog")).getHeaderTitle()).isEqualTo("删除草稿");
            _click(_get(Button.class, spec -> spec.withId("delete-confirm")));

            _assertOne(ProjectRegistryView.class);
            assertThat(projects.find(draft.id())).isEmpty();
        });
    }

    @Test
    void art4_anotherUnitsOfficerAndOtherRolesGetNoDeleteButton() {
        ProjectView draft = create("donghu", unique("东湖区别人不能删的草稿"));

        for (String user : new String[] {"dh-edu-officer", "dh-dept", "dh-bureau"}) {
            as(user, "donghu", () -> {
                open("projects/" + draft.id());
                _assertNone(Button.class, spec -> spec.withId("detail-delete"));
            });
            logout();
        }
    }

    @Test
    void art8_aSubmittedApplicationHasNoDeleteButton() {
        ProjectView submitted = submit("donghu", create("donghu", SampleApplications.completeConstruction(
                unique("东湖区已提交的项目"), "2860000.00")));

        asDonghuOfficer(() -> {
            open("projects/" + submitted.id());
            _assertNone(Button.class, spec -> spec.withId("detail-delete"));
        });
    }
}
