package cn.govit.app;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectEditableByUser;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.People;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.testsupport.OnRealServices;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Views as officers use them, without a browser: the real application context against the real
 * PostgreSQL and Keycloak, and the user a real Keycloak token verified by the app. Data is arranged
 * through the services as the demo user whose role the regulation gives the step.
 */
@SpringBootTest(classes = GovitApplication.class)
public abstract class KaribuViewTest implements OnRealServices {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.govit.app");
    /** Tokens live ten minutes, longer than a test class; one login per demo user and JVM. */
    private static final Map<String, Authentication> LOGINS = new ConcurrentHashMap<>();
    /** The demo users' prefix per tenant: {@code dh-officer}, {@code xh-dept}, … */
    private static final Map<String, String> PREFIX = Map.of("donghu", "dh", "xihu", "xh", "city", "nc");
    /** An owner unit the tenant's demo owner-officer acts for (its {@code owner_unit} claim). */
    private static final Map<String, String> OWNER_UNIT = Map.of("donghu", "东湖区数据资源管理局",
            "xihu", "西湖区数据资源管理局", "city", "南昌市大数据发展管理局");
    protected static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    private ApplicationContext ctx;
    @Autowired
    private TenantRegistry registry;
    @Autowired
    private JwtDecoder jwtDecoder;
    @Autowired
    protected ProjectService projects;
    @Autowired
    protected LifecycleService lifecycle;
    @Autowired
    protected DocumentService documents;
    @Autowired
    private People people;

    @AfterEach
    protected void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** What the production filters do per request: authenticate the real token, then act as the token's organization. */
    protected void as(String username, String tenantCode, Runnable work) {
        authenticate(username);
        TenantContext.callAs(tenant(tenantCode), () -> {
            people.remember(SecurityContextHolder.getContext().getAuthentication());
            startUi();
            work.run();
            return null;
        });
    }

    protected void asDonghuOfficer(Runnable work) {
        as("dh-officer", "donghu", work);
    }

    /** Calls the services as that demo user in that tenant, then restores whoever was acting before. */
    protected <T> T asUser(String username, String tenantCode, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        authenticate(username);
        try {
            return TenantContext.callAs(tenant(tenantCode), () -> {
                people.remember(SecurityContextHolder.getContext().getAuthentication());
                return work.get();
            });
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    protected void authenticate(String username) {
        SecurityContextHolder.getContext().setAuthentication(LOGINS.computeIfAbsent(username, u ->
                CurrentUser.fromKeycloakToken().convert(jwtDecoder.decode(Tokens.password(TestServices.keycloak(), u)))));
    }

    /** Opens the app, then the registry view (the root route is the user's to-do list). */
    protected void startUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
        UI.getCurrent().navigate("projects");
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

    /** A draft saved by the tenant's demo owner-officer (Art. 4: the owner unit proposes it). */
    protected ProjectView create(String tenantCode, Application application) {
        return asUser(user(tenantCode, "officer"), tenantCode, () -> projects.create(application));
    }

    protected ProjectView create(String tenantCode, String title) {
        return create(tenantCode, Application.draft(title, ProjectKind.CONSTRUCTION, ownerUnit(tenantCode),
                new BigDecimal("100000.00")));
    }

    /** Submitted by its owner-officer with the plan Art. 8 asks for; the project as it is then. */
    protected ProjectView submit(String tenantCode, ProjectView draft) {
        return asUser(user(tenantCode, "officer"), tenantCode, () -> {
            UUID plan = documents.attach(draft.id(), DocumentType.APPLICATION_PLAN, "建设方案.pdf", "application/pdf",
                    PDF).id();
            lifecycle.take(draft.id(), new StepRequest(LifecycleAction.SUBMIT, draft.version(), null, null,
                    List.of(plan)));
            return projects.find(draft.id()).orElseThrow();
        });
    }

    /** Endorsed by the competent department into technical review (Art. 8, 10). */
    protected ProjectView endorse(String tenantCode, ProjectView submitted) {
        return asUser(user(tenantCode, "dept"), tenantCode, () -> {
            lifecycle.take(submitted.id(), new StepRequest(LifecycleAction.ENDORSE,
                    projects.find(submitted.id()).orElseThrow().version(), null, null, List.of()));
            return projects.find(submitted.id()).orElseThrow();
        });
    }

    /** The tenant's demo user of that kind, e.g. {@code user("xihu", "secrecy")} is {@code xh-secrecy}. */
    protected static String user(String tenantCode, String kind) {
        return PREFIX.get(tenantCode) + "-" + kind;
    }

    protected static String ownerUnit(String tenantCode) {
        return OWNER_UNIT.get(tenantCode);
    }

    /** The application with one of its components changed, e.g. {@code with(a, "touchesStateSecurity", true)}. */
    protected static Application with(Application application, String component, Object value) {
        RecordComponent[] components = Application.class.getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component))) {
            throw new IllegalArgumentException("no component " + component + " of Application");
        }
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(application);
            }
            return Application.class.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Tenant tenant(String code) {
        return registry.find(code).orElseThrow();
    }

    /** Tests share the database; a suffix keeps one test's projects apart from another's. */
    protected static String unique(String title) {
        return title + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
