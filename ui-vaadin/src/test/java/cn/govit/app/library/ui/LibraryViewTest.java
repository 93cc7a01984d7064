package cn.govit.app.library.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
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
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionRequest;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.library.LibraryBoard;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.project.ProjectView;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.testsupport.SampleApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第九条、第十条 — the library board as the bureau, the finance bureau and the NDRC read it, by plan year with
 * totals in 万元; the yearly adjustment once a year; nobody else, and no other tenant's projects. The
 * adjustment runs in 西湖区 only; the boards are read in 东湖区.
 */
class LibraryViewTest extends KaribuViewTest {

    private final int thisYear = LocalDate.now(BusinessTime.ZONE).getYear();

    @Autowired
    private OpinionService opinions;

    @Test
    void R10_theBureauSeesAReserveProjectUnderItsPlanYearWithTheYearsTotalInWanYuan() {
        ProjectView project = inReserve("donghu", unique("东湖区库看板项目"), "1234567.89");
        as("dh-bureau", "donghu", () -> {
            open("libraries");

            assertThat(menu()).contains("项目库");
            assertThat(_get(Paragraph.class, spec -> spec.withId("library-horizon")).getText())
                    .contains(thisYear + "—" + (thisYear + 2), "第九条");
            assertThat(_find(H3.class).stream().map(H3::getText).filter(t -> t.matches("\\d{4} 年.*")))
                    .hasSize(3);
            Grid<LibraryBoard.Row> grid = yearGrid(thisYear);
            int row = rowOf(grid, project.title());
            assertThat(_getFormattedRow(grid, row)).contains("123.46", "东湖区数据资源管理局", "储备库");
            assertThat(_get(H3.class, spec -> spec.withId("library-year-heading-" + thisYear)).getText())
                    .contains("合计").contains("万元");

            _get(TextField.class, spec -> spec.withId("library-ownerUnit")).setValue("西湖区教育体育局");
            assertThat(titles(yearGrid(thisYear))).doesNotContain(project.title());
        });
    }

    @Test
    void R9_theFinanceBureauReadsTheBoardButDoesNotAdjustIt() {
        ProjectView project = inReserve("donghu", unique("东湖区财政查阅项目"), "500000.00");
        as("dh-finance", "donghu", () -> {
            open("libraries");

            assertThat(titles(yearGrid(thisYear))).contains(project.title());
            _assertNone(Button.class, spec -> spec.withId("library-adjust"));
        });
    }

    @Test
    void R9_anOwnerUnitsOfficerHasNoLibraryInTheMenuAndIsToldWhoseItIs() {
        asDonghuOfficer(() -> {
            assertThat(menu()).doesNotContain("项目库");
            open("libraries");

            assertThat(_get(Paragraph.class, spec -> spec.withId("library-forbidden")).getText()).contains("第九条");
            _assertNone(Grid.class);
        });
    }

    @Test
    void anotherDistrictsBureauDoesNotSeeTheProjectInItsBoard() {
        ProjectView project = inReserve("donghu", unique("东湖区库隔离项目"), "500000.00");
        as("xh-bureau", "xihu", () -> {
            open("libraries");

            // Whatever horizon 西湖区 has rolled to: none of its plan years shows the project.
            @SuppressWarnings("unchecked")
            List<Grid<LibraryBoard.Row>> grids = _find(Grid.class).stream().map(g -> (Grid<LibraryBoard.Row>) g).toList();
            assertThat(grids).hasSizeGreaterThanOrEqualTo(3);
            grids.forEach(grid -> assertThat(titles(grid)).doesNotContain(project.title()));
        });
    }

    @Test
    void R9_theBureauRollsTheHorizonOnceAndASecondRunIsRefusedCitingTheArticle() {
        ProjectView project = inReserve("xihu", unique("西湖区顺延项目"), "500000.00");
        as("xh-bureau", "xihu", () -> {
            open("libraries");
            _click(_get(Button.class, spec -> spec.withId("library-adjust")));
            _click(_get(Button.class, spec -> spec.withId("adjust-confirm")));

            _assertNone(AdjustmentDialog.class);
            assertThat(_get(Paragraph.class, spec -> spec.withId("library-horizon")).getText())
                    .contains((thisYear + 1) + "—" + (thisYear + 3), "最近一次年度调整：" + (thisYear + 1));
            assertThat(titles(yearGrid(thisYear + 1))).contains(project.title());

            _click(_get(Button.class, spec -> spec.withId("library-adjust")));
            _click(_get(Button.class, spec -> spec.withId("adjust-confirm")));
            _assertOne(AdjustmentDialog.class);
            assertThat(_get(Div.class, spec -> spec.withId("adjust-refusal")).getText()).contains("每年调整一次", "第九条");
        });
    }

    /** Through the services as each role does it: submitted, endorsed, both Art. 10 records, review passed. */
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

    @SuppressWarnings("unchecked")
    private static Grid<LibraryBoard.Row> yearGrid(int year) {
        return _get(Grid.class, spec -> spec.withId("library-year-" + year));
    }

    private static List<String> titles(Grid<LibraryBoard.Row> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> ((Anchor) _getCellComponent(grid, i, "title")).getText())
                .toList();
    }

    private static int rowOf(Grid<LibraryBoard.Row> grid, String title) {
        return titles(grid).indexOf(title);
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
