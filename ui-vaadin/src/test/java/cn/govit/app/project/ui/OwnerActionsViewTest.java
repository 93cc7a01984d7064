package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectView;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;

/**
 * What only the owner unit's officer does on its project page: withdraw an application nobody has acted on
 * (Art. 8), confirmed with its reason, and add application material (Art. 4, 8) — no other unit or role sees either.
 */
class OwnerActionsViewTest extends KaribuViewTest {

    @Test
    void art8_theOwnerWithdrawsItsUntouchedApplicationWithTheReasonAndItIsADraftAgain() {
        ProjectView submitted = submitted("东湖区页面撤回项目");

        asDonghuOfficer(() -> {
            open("projects/" + submitted.id());
            actionsTab();
            _click(_get(Button.class, spec -> spec.withId("action-" + LifecycleAction.WITHDRAW.name())));
            enter(_get(TextArea.class, spec -> spec.withId("step-explanation")), "投资概算需调整，撤回修改");
            _click(_get(Button.class, spec -> spec.withId("step-confirm")));

            assertThat(_get(Span.class, spec -> spec.withId("detail-status")).getText()).isEqualTo("草稿");
        });
        assertThat(asUser("dh-officer", "donghu", () -> lifecycle.steps(submitted.id())).getLast().explanation())
                .isEqualTo("投资概算需调整，撤回修改");
    }

    @Test
    void art4_noOtherUnitOrRoleIsOfferedTheWithdrawal() {
        ProjectView submitted = submitted("东湖区页面他人不能撤回项目");

        for (String user : new String[] {"dh-edu-officer", "dh-dept", "dh-bureau"}) {
            as(user, "donghu", () -> {
                open("projects/" + submitted.id());
                actionsTab();
                _assertNone(Button.class, spec -> spec.withId("action-" + LifecycleAction.WITHDRAW.name()));
            });
            logout();
        }
    }

    @Test
    void art8_afterTheEndorsementTheOwnerIsNoLongerOfferedTheWithdrawal() {
        ProjectView endorsed = endorse("donghu", submitted("东湖区页面已审核项目"));

        asDonghuOfficer(() -> {
            open("projects/" + endorsed.id());
            actionsTab();
            _assertNone(Button.class, spec -> spec.withId("action-" + LifecycleAction.WITHDRAW.name()));
        });
    }

    @Test
    void art8_theOwnerUploadsApplicationMaterialOnTheDocumentsTabOfItsTypesOnly() {
        ProjectView draft = create("donghu", unique("东湖区页面上传材料项目"));

        asDonghuOfficer(() -> {
            open("projects/" + draft.id());
            documentsTab();
            _get(Upload.class, spec -> spec.withId("document-upload"));
            @SuppressWarnings("unchecked")
            Select<DocumentType> type = _get(Select.class, spec -> spec.withId("document-upload-type"));
            assertThat(type.getListDataView().getItems().toList()).containsExactlyInAnyOrder(
                    DocumentType.APPLICATION_PLAN, DocumentType.NDRC_APPLICATION_FORM, DocumentType.OTHER);

            _get(ProjectDetailView.class).uploaded(draft, DocumentType.NDRC_APPLICATION_FORM, "项目申请表.pdf",
                    "application/pdf", PDF);
        });
        assertThat(asUser("dh-officer", "donghu", () -> documents.list(draft.id())))
                .extracting(DocumentView::type, DocumentView::filename, DocumentView::uploadedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentType.NDRC_APPLICATION_FORM,
                        "项目申请表.pdf", "dh-officer"));
    }

    @Test
    void art4_aReservedTypeIsRefusedByTheServiceAndNothingIsStored() {
        ProjectView draft = create("donghu", unique("东湖区页面不能上传意见项目"));

        asDonghuOfficer(() -> {
            open("projects/" + draft.id());
            documentsTab();
            _get(ProjectDetailView.class).uploaded(draft, DocumentType.SECRECY_OPINION, "保密意见.pdf",
                    "application/pdf", PDF);
        });
        assertThat(asUser("dh-officer", "donghu", () -> documents.list(draft.id()))).isEmpty();
    }

    @Test
    void art4_noOtherUnitOrRoleGetsTheUpload() {
        ProjectView draft = create("donghu", unique("东湖区页面他人不能上传项目"));

        for (String user : new String[] {"dh-edu-officer", "dh-dept", "dh-secrecy"}) {
            as(user, "donghu", () -> {
                open("projects/" + draft.id());
                documentsTab();
                _assertNone(Upload.class, spec -> spec.withId("document-upload"));
            });
            logout();
        }
    }

    private ProjectView submitted(String title) {
        return submit("donghu", create("donghu", SampleApplications.completeConstruction(unique(title), "2860000.00")));
    }

    private static void actionsTab() {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-actions")));
    }

    private static void documentsTab() {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-documents")));
    }
}
