package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectEditableByUser;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import cn.govit.app.GovitApplication;
import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.testsupport.OnRealServices;
import cn.govit.core.web.CurrentUser;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The project registry as an officer uses it, without a browser: the real application context
 * against the real PostgreSQL and Keycloak, and the user a real Keycloak token verified by the app.
 */
@SpringBootTest(classes = GovitApplication.class)
class ProjectRegistryViewTest implements OnRealServices {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.govit.app");

    @Autowired
    private ApplicationContext ctx;
    @Autowired
    private TenantRegistry registry;
    @Autowired
    private ProjectService projects;
    @Autowired
    private JwtDecoder jwtDecoder;

    @AfterEach
    void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void donghuSeesItsOwnProjectsInChineseAndNotThoseOfXihu() {
        String ours = unique("东湖区智慧城管平台");
        String theirs = unique("西湖区政务云扩容");
        create("donghu", ours);
        create("xihu", theirs);

        asDonghuOfficer(() -> {
            assertThat(_get(H2.class).getText()).isEqualTo("项目登记簿");
            assertThat(_get(Button.class, spec -> spec.withId("new-project")).getText()).isEqualTo("新建项目");
            assertThat(_get(Span.class, spec -> spec.withId("current-tenant")).getText()).isEqualTo("东湖区");
            assertThat(_get(ProjectRegistryView.class).getPageTitle()).contains("东湖区");
            assertThat(titlesInGrid()).contains(ours).doesNotContain(theirs);
        });
    }

    @Test
    void savingAnEmptyFormShowsTheRequiredMessageAndCreatesNothing() {
        asDonghuOfficer(() -> {
            int before = projects.list().size();
            _click(_get(Button.class, spec -> spec.withId("new-project")));
            _click(_get(Button.class, spec -> spec.withId("project-save")));

            _expectInvalid(_get(TextField.class, spec -> spec.withId("project-title")), "此项为必填项");
            _expectInvalid(_get(TextField.class, spec -> spec.withId("project-owner-unit")), "此项为必填项");
            _expectInvalid(_get(BigDecimalField.class, spec -> spec.withId("project-investment")), "此项为必填项");
            assertThat(projects.list()).hasSize(before);
        });
    }

    @Test
    void savedProjectAppearsInTheGridInWanYuanAsDraftOfDonghuOnly() {
        String title = unique("东湖区城市大脑二期");
        asDonghuOfficer(() -> {
            fillAndSave(title, new BigDecimal("2860000"));

            _assertNone(NewProjectDialog.class);
            List<String> row = rowOf(title);
            assertThat(row).contains("286.0000", "草稿", "dh-officer");
            assertThat(projects.list()).extracting(ProjectView::title).contains(title);
        });
        assertThat(TenantContext.callAs(tenant("xihu"), () -> projects.list())).extracting(ProjectView::title).doesNotContain(title);
    }

    @Test
    void investmentFinerThanFenIsRefused() {
        String title = unique("东湖区网格化管理系统");
        asDonghuOfficer(() -> {
            fillAndSave(title, new BigDecimal("1.001"));

            _expectInvalid(_get(BigDecimalField.class, spec -> spec.withId("project-investment")), "金额最多精确到分（两位小数）");
            _assertOne(NewProjectDialog.class);
            assertThat(projects.list()).extracting(ProjectView::title).doesNotContain(title);
        });
    }

    @Test
    void userWithoutTenantIsToldWhyAndCannotCreateProjects() {
        authenticate("platform-admin");
        startUi();

        assertThat(_get(Paragraph.class).getText()).startsWith("您的账号未归属任何已开通的租户");
        assertThat(_get(Span.class, spec -> spec.withId("current-tenant")).getText()).isEqualTo("未归属租户");
        _assertNone(Button.class, spec -> spec.withId("new-project"));
    }

    /** What the production filters do per request: authenticate the real token, then act as the token's organization. */
    private void asDonghuOfficer(Runnable work) {
        authenticate("dh-officer");
        TenantContext.callAs(tenant("donghu"), () -> {
            startUi();
            work.run();
            return null;
        });
    }

    private void authenticate(String username) {
        String token = Tokens.password(TestServices.keycloak(), username);
        SecurityContextHolder.getContext().setAuthentication(CurrentUser.fromKeycloakToken().convert(jwtDecoder.decode(token)));
    }

    /** Opens the app at its root route, which is the registry view. */
    private void startUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
    }

    private void fillAndSave(String title, BigDecimal investment) {
        _click(_get(Button.class, spec -> spec.withId("new-project")));
        enter(_get(TextField.class, spec -> spec.withId("project-title")), title);
        enter(_get(TextField.class, spec -> spec.withId("project-owner-unit")), "东湖区数据资源管理局");
        enter(_get(BigDecimalField.class, spec -> spec.withId("project-investment")), investment);
        _click(_get(Button.class, spec -> spec.withId("project-save")));
    }

    /**
     * Karibu's {@code _setValue} without its reflection: 2.6.2 looks for a private Vaadin 25.1 method
     * that 25.2 no longer has (NoSuchMethodException; 2.7.0 looks for the 25.2 one). The binder
     * validates on save either way, so a server-side set with the same editability check suffices.
     */
    private static <F extends Component & HasValue<?, V>, V> void enter(F field, V value) {
        _expectEditableByUser(field);
        field.setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProjectView> grid() {
        return _get(Grid.class, spec -> spec.withId("project-grid"));
    }

    private static List<String> titlesInGrid() {
        Grid<ProjectView> grid = grid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i).getFirst()).toList();
    }

    private static List<String> rowOf(String title) {
        Grid<ProjectView> grid = grid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i))
                .filter(row -> row.getFirst().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title + " in " + titlesInGrid()));
    }

    private void create(String tenantCode, String title) {
        TenantContext.callAs(tenant(tenantCode), () -> projects.create(
                Application.draft(title, ProjectKind.CONSTRUCTION, "数据资源管理局", new BigDecimal("100000.00")), "test"));
    }

    private Tenant tenant(String code) {
        return registry.find(code).orElseThrow();
    }

    /** Tests share the database; a suffix keeps one test's projects apart from another's. */
    private static String unique(String title) {
        return title + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
