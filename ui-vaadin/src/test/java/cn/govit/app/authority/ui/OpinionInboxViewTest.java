package cn.govit.app.authority.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionRequest;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.OpinionView;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.lifecycle.AwaitedOpinion;
import cn.govit.core.project.ProjectView;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.SampleApplications;
import cn.govit.core.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * 待出具意见 and 出具意见 as the authorities' officers use them (Art. 4): the secrecy bureau's inbox of
 * projects that touch state security (第八条第（十）项), its opinion with the signed document, and the
 * opinion as the project detail then shows it.
 */
class OpinionInboxViewTest extends KaribuViewTest {

    @Autowired
    private OpinionService opinions;
    @Autowired
    private Clock clock;

    @Test
    void R8_10_theSecrecyBureauSeesAStateSecurityProjectOfItsOwnDistrictOnly() {
        ProjectView ours = touchingStateSecurity("donghu", unique("东湖区雪亮工程"));
        ProjectView theirs = touchingStateSecurity("xihu", unique("西湖区雪亮工程"));
        as("dh-secrecy", "donghu", () -> {
            open("opinions");

            assertThat(menu()).contains("待出具意见");
            AwaitedOpinion row = row(ours, OpinionKind.SECRECY);
            assertThat(row.article()).isEqualTo("R8.10");
            assertThat(((Anchor) _getCellComponent(inbox(), index(ours, OpinionKind.SECRECY), "project")).getHref())
                    .isEqualTo("projects/" + ours.id());
            assertThat(((Span) _getCellComponent(inbox(), index(ours, OpinionKind.SECRECY), "article")).getText())
                    .isEqualTo("R8.10 · 第八条第（十）项");
            assertThat(inbox().getListDataView().getItems().map(a -> a.project().id())).doesNotContain(theirs.id());
            // 国家安全局's opinion on the same project is not the secrecy bureau's to give.
            assertThat(inbox().getListDataView().getItems().filter(a -> a.project().id().equals(ours.id())))
                    .extracting(AwaitedOpinion::kind).containsExactly(OpinionKind.SECRECY);
        });
    }

    @Test
    void R8_10_theSecrecyBureauConsentsWithItsSignedPdfAndTheProjectShowsTheOpinion() {
        ProjectView project = touchingStateSecurity("donghu", unique("东湖区智慧安防"));
        as("dh-secrecy", "donghu", () -> {
            open("opinions");
            _click((Button) _getCellComponent(inbox(), index(project, OpinionKind.SECRECY), "issue"));
            OpinionDialog dialog = _get(OpinionDialog.class);
            enter(verdict(), Verdict.APPROVED);
            dialog.received("保密审查意见.pdf", "application/pdf", PDF);
            _click(_get(Button.class, spec -> spec.withId("opinion-confirm")));

            _assertNone(OpinionDialog.class);
            assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                    .anyMatch(t -> t.contains("保密审查意见") && t.contains("同意"));
            assertThat(inbox().getListDataView().getItems().map(a -> a.project().id())).doesNotContain(project.id());

            open("projects/" + project.id());
            tab("tab-opinions");
            Grid<OpinionView> grid = opinionGrid();
            assertThat(grid.getListDataView().getItems().toList()).singleElement().satisfies(o -> {
                assertThat(o.kind()).isEqualTo(OpinionKind.SECRECY);
                assertThat(o.issuedBy()).isEqualTo("dh-secrecy");
            });
            Badge verdict = (Badge) _getCellComponent(grid, 0, "verdict");
            assertThat(verdict.getText()).isEqualTo("同意");
            assertThat(verdict.getElement().getThemeList()).contains("success");
            assertThat(((Badge) _getCellComponent(grid, 0, "current")).getText()).isEqualTo("现行");
            assertThat(((Anchor) _getCellComponent(grid, 0, "document")).getText()).isEqualTo("保密审查意见.pdf");
            _assertOne(Button.class, spec -> spec.withId("issue-SECRECY"));
            _assertNone(Button.class, spec -> spec.withId("issue-STATE_SECURITY"));
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> documents.list(project.id())))
                .filteredOn(d -> d.type() == DocumentType.SECRECY_OPINION).extracting(DocumentView::uploadedBy)
                .containsExactly("dh-secrecy");
    }

    @Test
    void R8_10_aConditionalConsentWithoutItsConditionsIsRefusedInTheDialogAndNothingIsRecorded() {
        ProjectView project = touchingStateSecurity("donghu", unique("东湖区应急指挥"));
        as("dh-secrecy", "donghu", () -> {
            open("opinions");
            _click((Button) _getCellComponent(inbox(), index(project, OpinionKind.SECRECY), "issue"));
            enter(verdict(), Verdict.APPROVED_WITH_CONDITIONS);
            _get(OpinionDialog.class).received("保密审查意见.pdf", "application/pdf", PDF);
            _click(_get(Button.class, spec -> spec.withId("opinion-confirm")));

            TextArea conditions = _get(TextArea.class, spec -> spec.withId("opinion-conditions"));
            assertThat(conditions.isInvalid()).isTrue();
            assertThat(conditions.getErrorMessage()).isEqualTo("“有条件同意”须写明所附条件");
            _assertOne(OpinionDialog.class);
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> opinions.history(project.id()))).isEmpty();
        assertThat(TenantContext.callAs(tenant("donghu"), () -> documents.list(project.id())))
                .extracting(DocumentView::type).doesNotContain(DocumentType.SECRECY_OPINION);
    }

    @Test
    void anOpinionTheServiceRefusesIsExplainedInTheDialogWhichKeepsWhatWasEnteredAndUploaded() {
        ProjectView project = touchingStateSecurity("donghu", unique("东湖区涉密终端管理"));
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        as("dh-secrecy", "donghu", () -> {
            open("opinions");
            _click((Button) _getCellComponent(inbox(), index(project, OpinionKind.SECRECY), "issue"));
            enter(verdict(), Verdict.APPROVED_WITH_CONDITIONS);
            enter(_get(TextArea.class, spec -> spec.withId("opinion-conditions")), "涉密数据不得上云");
            DatePicker issuedOn = _get(DatePicker.class, spec -> spec.withId("opinion-issued-on"));
            enter(issuedOn, today.minusYears(3));
            _get(OpinionDialog.class).received("保密审查意见.pdf", "application/pdf", PDF);
            _click(_get(Button.class, spec -> spec.withId("opinion-confirm")));

            assertThat(_get(Div.class, spec -> spec.withId("opinion-refusal")).getText()).contains("2 年前");
            assertThat(_get(TextArea.class, spec -> spec.withId("opinion-conditions")).getValue())
                    .isEqualTo("涉密数据不得上云");

            enter(issuedOn, today);
            _click(_get(Button.class, spec -> spec.withId("opinion-confirm")));

            _assertNone(OpinionDialog.class);
        });
        assertThat(TenantContext.callAs(tenant("donghu"), () -> opinions.current(project.id())).get(OpinionKind.SECRECY))
                .satisfies(o -> {
                    assertThat(o.verdict()).isEqualTo(Verdict.APPROVED_WITH_CONDITIONS);
                    assertThat(o.conditions()).isEqualTo("涉密数据不得上云");
                });
        // The file stored at the first try is the one the opinion rests on, not a second copy.
        assertThat(TenantContext.callAs(tenant("donghu"), () -> documents.list(project.id())))
                .filteredOn(d -> d.type() == DocumentType.SECRECY_OPINION).hasSize(1);
    }

    @Test
    void R8_10_aLaterOpinionIssuedFromTheDetailSupersedesTheEarlierWhichStaysListed() {
        ProjectView project = touchingStateSecurity("donghu", unique("东湖区人口库"));
        asUser("dh-secrecy", "donghu", () -> opinions.issue(project.id(), new OpinionRequest(OpinionKind.SECRECY,
                Verdict.APPROVED, null, null, documents.attach(project.id(), DocumentType.SECRECY_OPINION,
                        "保密审查意见（初）.pdf", "application/pdf", PDF).id())));
        as("dh-secrecy", "donghu", () -> {
            open("projects/" + project.id());
            tab("tab-opinions");
            _click(_get(Button.class, spec -> spec.withId("issue-SECRECY")));
            enter(verdict(), Verdict.REJECTED);
            enter(_get(TextArea.class, spec -> spec.withId("opinion-conditions")), "涉及核心要害部位，不宜联网");
            _get(OpinionDialog.class).received("保密审查意见（复）.pdf", "application/pdf", PDF);
            _click(_get(Button.class, spec -> spec.withId("opinion-confirm")));

            _assertNone(OpinionDialog.class);
            assertThat(_get(TabSheet.class, spec -> spec.withId("detail-tabs")).getSelectedTab().getId())
                    .contains("tab-opinions");
            Grid<OpinionView> grid = opinionGrid();
            assertThat(grid.getListDataView().getItems().map(OpinionView::verdict))
                    .containsExactly(Verdict.REJECTED, Verdict.APPROVED);
            Badge rejected = (Badge) _getCellComponent(grid, 0, "verdict");
            assertThat(rejected.getText()).isEqualTo("不同意");
            assertThat(rejected.getElement().getThemeList()).contains("error");
            assertThat(((Badge) _getCellComponent(grid, 0, "current")).getText()).isEqualTo("现行");
            assertThat(((Badge) _getCellComponent(grid, 1, "current")).getText()).isEqualTo("已被取代");
        });
    }

    @Test
    void R4_anOwnerUnitsOfficerHasNoInboxInTheMenuAndIsToldWhoseItIs() {
        asDonghuOfficer(() -> {
            assertThat(menu()).contains("项目登记簿").doesNotContain("待出具意见");
            open("opinions");

            assertThat(_get(Paragraph.class, spec -> spec.withId("opinions-forbidden")).getText())
                    .contains("保密局", "第四条");
            _assertNone(Grid.class);
        });
    }

    @Test
    void R4_theDetailOffersEachAuthorityOnlyItsOwnOpinions() {
        ProjectView project = touchingStateSecurity("donghu", unique("东湖区政法协同"));
        as("dh-bureau", "donghu", () -> {
            open("projects/" + project.id());
            tab("tab-opinions");
            _assertOne(Button.class, spec -> spec.withId("issue-TECHNICAL_REVIEW"));
            _assertNone(Button.class, spec -> spec.withId("issue-SECRECY"));
        });
        logout();
        asDonghuOfficer(() -> {
            open("projects/" + project.id());
            tab("tab-opinions");
            assertThat(_find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("issue-"))).isEmpty();
        });
    }

    @Test
    void anotherDistrictsSecrecyOfficerFindsNoSuchProjectAndCannotIssue() {
        ProjectView project = touchingStateSecurity("donghu", unique("东湖区网格治理"));
        as("xh-secrecy", "xihu", () -> {
            open("projects/" + project.id());

            assertThat(_get(Paragraph.class, spec -> spec.withId("project-not-found")).getText()).isEqualTo("未找到该项目");
            _assertNone(TabSheet.class);
        });
        assertThatThrownBy(() -> asUser("xh-secrecy", "xihu", () -> opinions.issue(project.id(),
                new OpinionRequest(OpinionKind.SECRECY, Verdict.APPROVED, null, null, UUID.randomUUID()))))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(TenantContext.callAs(tenant("donghu"), () -> opinions.history(project.id()))).isEmpty();
    }

    /** A project of the tenant touching state security, submitted with its plan and endorsed (Art. 8, 8(10)). */
    private ProjectView touchingStateSecurity(String tenantCode, String title) {
        var application = with(with(SampleApplications.completeConstruction(title, "2860000.00"), "ownerUnit",
                ownerUnit(tenantCode)), "touchesStateSecurity", true);
        return endorse(tenantCode, submit(tenantCode, create(tenantCode, application)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AwaitedOpinion> inbox() {
        return _get(Grid.class, spec -> spec.withId("opinion-inbox"));
    }

    private static int index(ProjectView project, OpinionKind kind) {
        List<AwaitedOpinion> rows = inbox().getListDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).project().id().equals(project.id()) && rows.get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " row for " + project.title() + " in the inbox");
    }

    private static AwaitedOpinion row(ProjectView project, OpinionKind kind) {
        return inbox().getListDataView().getItems().toList().get(index(project, kind));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Verdict> verdict() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("opinion-verdict"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<OpinionView> opinionGrid() {
        return _get(Grid.class, spec -> spec.withId("detail-opinions"));
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static void tab(String id) {
        _get(TabSheet.class, spec -> spec.withId("detail-tabs")).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }
}
