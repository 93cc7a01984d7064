package cn.govit.app.project.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectEditableByUser;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

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
import com.vaadin.flow.component.grid.Grid;

import cn.govit.app.GovitApplication;
import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.testsupport.OnRealServices;
import cn.govit.core.security.CurrentUser;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Views as officers use them, without a browser: the real application context against the real
 * PostgreSQL and Keycloak, and the user a real Keycloak token verified by the app.
 */
@SpringBootTest(classes = GovitApplication.class)
abstract class KaribuViewTest implements OnRealServices {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.govit.app");

    @Autowired
    private ApplicationContext ctx;
    @Autowired
    private TenantRegistry registry;
    @Autowired
    private JwtDecoder jwtDecoder;
    @Autowired
    protected ProjectService projects;

    @AfterEach
    void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** What the production filters do per request: authenticate the real token, then act as the token's organization. */
    protected void as(String username, String tenantCode, Runnable work) {
        authenticate(username);
        TenantContext.callAs(tenant(tenantCode), () -> {
            startUi();
            work.run();
            return null;
        });
    }

    protected void asDonghuOfficer(Runnable work) {
        as("dh-officer", "donghu", work);
    }

    protected void authenticate(String username) {
        String token = Tokens.password(TestServices.keycloak(), username);
        SecurityContextHolder.getContext().setAuthentication(CurrentUser.fromKeycloakToken().convert(jwtDecoder.decode(token)));
    }

    /** Opens the app at its root route, which is the registry view. */
    protected void startUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
    }

    protected static void open(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * Karibu's {@code _setValue} without its reflection: 2.6.2 looks for a private Vaadin 25.1 method
     * that 25.2 no longer has (NoSuchMethodException; 2.7.0 looks for the 25.2 one). A server-side set
     * with the same editability check fires the same value-change listeners.
     */
    protected static <F extends Component & HasValue<?, V>, V> void enter(F field, V value) {
        _expectEditableByUser(field);
        field.setValue(value);
    }

    @SuppressWarnings("unchecked")
    protected static Grid<ProjectView> registryGrid() {
        return _get(Grid.class, spec -> spec.withId("project-grid"));
    }

    protected static List<String> titlesInGrid() {
        Grid<ProjectView> grid = registryGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i).getFirst()).toList();
    }

    protected static List<String> rowOf(String title) {
        Grid<ProjectView> grid = registryGrid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i))
                .filter(row -> row.getFirst().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title + " in " + titlesInGrid()));
    }

    protected ProjectView create(String tenantCode, Application application) {
        return TenantContext.callAs(tenant(tenantCode), () -> projects.create(application, "test"));
    }

    protected ProjectView create(String tenantCode, String title) {
        return create(tenantCode, Application.draft(title, ProjectKind.CONSTRUCTION, "数据资源管理局",
                new BigDecimal("100000.00")));
    }

    protected Tenant tenant(String code) {
        return registry.find(code).orElseThrow();
    }

    /** Tests share the database; a suffix keeps one test's projects apart from another's. */
    protected static String unique(String title) {
        return title + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
