package cn.govit.core.lifecycle;

import static cn.govit.core.project.ProjectStatus.ANNUAL_PLAN;
import static cn.govit.core.project.ProjectStatus.APPROVED;
import static cn.govit.core.project.ProjectStatus.CONTRACT_FILED;
import static cn.govit.core.project.ProjectStatus.DRAFT;
import static cn.govit.core.project.ProjectStatus.EXCEPTIONAL_REQUESTED;
import static cn.govit.core.project.ProjectStatus.FINAL_ACCEPTED;
import static cn.govit.core.project.ProjectStatus.IMPLEMENTATION;
import static cn.govit.core.project.ProjectStatus.INITIAL_ACCEPTED;
import static cn.govit.core.project.ProjectStatus.IN_OPERATION;
import static cn.govit.core.project.ProjectStatus.OPERATION_MAINTENANCE;
import static cn.govit.core.project.ProjectStatus.PROCUREMENT;
import static cn.govit.core.project.ProjectStatus.RECTIFICATION;
import static cn.govit.core.project.ProjectStatus.RESERVE;
import static cn.govit.core.project.ProjectStatus.RETIRED;
import static cn.govit.core.project.ProjectStatus.RETURNED;
import static cn.govit.core.project.ProjectStatus.SECURITY_ASSESSED;
import static cn.govit.core.project.ProjectStatus.SELF_SUPERVISED;
import static cn.govit.core.project.ProjectStatus.SUBMITTED;
import static cn.govit.core.project.ProjectStatus.SUSPENDED;
import static cn.govit.core.project.ProjectStatus.TERMINATED;
import static cn.govit.core.project.ProjectStatus.UNDER_CONSTRUCTION;
import static cn.govit.core.project.ProjectStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.testsupport.SampleApplications;
import cn.govit.core.testsupport.TenantCoreTestApplication;
import cn.govit.devstack.TestServices;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The lifecycle of DOMAIN.md as a property of the real service on the real database: whatever
 * steps officers of any role try, in any order, a project only ever moves along an arrow of the
 * lifecycle, and a refused step leaves it exactly as it was.
 */
class LifecycleStateMachinePropertyTest {

    /** The arrows of DOMAIN.md's lifecycle, written down independently of {@link LifecycleAction}. */
    private static final Map<ProjectStatus, Set<ProjectStatus>> ARROWS = new EnumMap<>(ProjectStatus.class);
    private static final List<String> ROLES = List.of("owner-officer", "department-officer", "bureau-officer",
            "approval-officer", "finance-officer", "security-officer", "expert", "tenant-admin", "city-supervisor");

    static {
        arrows(DRAFT, SUBMITTED);
        arrows(SUBMITTED, UNDER_REVIEW, RETURNED, SELF_SUPERVISED, EXCEPTIONAL_REQUESTED);
        arrows(RETURNED, SUBMITTED);
        arrows(UNDER_REVIEW, RESERVE, RETURNED, EXCEPTIONAL_REQUESTED);
        arrows(RESERVE, ANNUAL_PLAN, EXCEPTIONAL_REQUESTED);
        arrows(EXCEPTIONAL_REQUESTED, IMPLEMENTATION, RETURNED);
        arrows(ANNUAL_PLAN, APPROVED);
        arrows(APPROVED, IMPLEMENTATION);
        arrows(SELF_SUPERVISED, PROCUREMENT);
        arrows(IMPLEMENTATION, PROCUREMENT);
        arrows(PROCUREMENT, CONTRACT_FILED);
        arrows(CONTRACT_FILED, UNDER_CONSTRUCTION);
        arrows(UNDER_CONSTRUCTION, SECURITY_ASSESSED);
        arrows(SECURITY_ASSESSED, INITIAL_ACCEPTED);
        arrows(INITIAL_ACCEPTED, FINAL_ACCEPTED, RECTIFICATION);
        arrows(RECTIFICATION, FINAL_ACCEPTED, RECTIFICATION);
        arrows(FINAL_ACCEPTED, IN_OPERATION);
        arrows(IN_OPERATION, OPERATION_MAINTENANCE, RETIRED);
        arrows(OPERATION_MAINTENANCE, RETIRED);
        arrows(TERMINATED);
        arrows(RETIRED);
        // Art. 28, 35: any live stage after submission may be suspended or terminated; steps recorded in place stay.
        for (ProjectStatus s : ProjectStatus.values()) {
            ARROWS.computeIfAbsent(s, k -> EnumSet.noneOf(ProjectStatus.class)).add(s);
            if (s != DRAFT && s != TERMINATED && s != RETIRED && s != ProjectStatus.CLASSIFIED) {
                ARROWS.get(s).add(TERMINATED);
                if (s != SUSPENDED) {
                    ARROWS.get(s).add(SUSPENDED);
                }
            }
        }
    }

    private static ConfigurableApplicationContext context;

    /** One officer's attempt: a step chosen among those of the current stage (or any at all), by one role. */
    record Attempt(int choice, boolean anyStep, String role, boolean explains) {
    }

    @Property(tries = 40)
    void noSequenceOfStepsLeavesTheLifecycleAndRefusedStepsChangeNothing(
            @ForAll("attempts") List<Attempt> attempts, @ForAll("investment") String investment) {
        Tenant donghu = beans().getBean(TenantRegistry.class).find("donghu").orElseThrow();
        TenantContext.callAs(donghu, () -> {
            ProjectService projects = beans().getBean(ProjectService.class);
            LifecycleService lifecycle = beans().getBean(LifecycleService.class);
            ProjectView project = projects.create(
                    SampleApplications.completeConstruction("状态机性质测试", investment), "dh-officer");
            attachEveryKindOfDocument(project.id());
            ProjectStatus suspendedFrom = null;
            for (Attempt attempt : attempts) {
                ProjectView before = projects.find(project.id()).orElseThrow();
                LifecycleAction action = pick(attempt, before.status());
                int stepsBefore = lifecycle.steps(project.id()).size();
                try {
                    lifecycle.take(project.id(), new StepRequest(action, before.version(), null,
                            attempt.explains() ? "书面说明：依据办法办理" : null, List.of()), "tester", Set.of(attempt.role()));
                    ProjectView after = projects.find(project.id()).orElseThrow();
                    // Art. 35: resuming leads back to the stage the project was suspended from, an arrow of its own.
                    Set<ProjectStatus> arrows = EnumSet.copyOf(ARROWS.get(before.status()));
                    if (before.status() == SUSPENDED && suspendedFrom != null) {
                        arrows.add(suspendedFrom);
                    }
                    assertThat(arrows).as("%s by %s from %s", action, attempt.role(), before.status())
                            .contains(after.status());
                    if (action == LifecycleAction.RESUME) {
                        assertThat(after.status()).isEqualTo(suspendedFrom);
                    }
                    suspendedFrom = after.status() == SUSPENDED ? before.status() : suspendedFrom;
                    assertThat(lifecycle.steps(project.id())).hasSize(stepsBefore + 1);
                } catch (RuntimeException refused) {
                    ProjectView after = projects.find(project.id()).orElseThrow();
                    assertThat(after.status()).as("refused %s: %s", action, refused.getMessage()).isEqualTo(before.status());
                    assertThat(after.version()).isEqualTo(before.version());
                    assertThat(after.suspendedFrom()).isEqualTo(before.suspendedFrom());
                    assertThat(lifecycle.steps(project.id())).hasSize(stepsBefore);
                }
            }
            Statistics.label("stage reached").collect(projects.find(project.id()).orElseThrow().status());
            return null;
        });
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(false)),
                                Tuple.of(1, Arbitraries.just(true))),
                        Arbitraries.of(ROLES), Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(true)),
                                Tuple.of(1, Arbitraries.just(false))))
                .as(Attempt::new).list().ofMinSize(1).ofMaxSize(30);
    }

    /** Below and above the city's self-supervision threshold of Art. 7. */
    @Provide
    Arbitrary<String> investment() {
        return Arbitraries.of("120000.00", "880000.00");
    }

    @AfterContainer
    static void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private static LifecycleAction pick(Attempt attempt, ProjectStatus current) {
        List<LifecycleAction> fromHere = EnumSet.allOf(LifecycleAction.class).stream()
                .filter(a -> a.from().contains(current)).toList();
        if (attempt.anyStep() || fromHere.isEmpty()) {
            LifecycleAction[] all = LifecycleAction.values();
            return all[attempt.choice() % all.length];
        }
        return fromHere.get(attempt.choice() % fromHere.size());
    }

    private static void attachEveryKindOfDocument(UUID projectId) {
        DocumentService documents = beans().getBean(DocumentService.class);
        for (DocumentType type : DocumentType.values()) {
            documents.attach(projectId, type, type.name().toLowerCase() + ".pdf", "application/pdf",
                    "%PDF-1.4\n%测试材料\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "dh-officer");
        }
    }

    private static synchronized ConfigurableApplicationContext beans() {
        if (context == null) {
            Map<String, Object> properties = new LinkedHashMap<>(TestServices.springProperties());
            properties.put("server.port", "0");
            context = new SpringApplicationBuilder(TenantCoreTestApplication.class).properties(properties).run();
            TenantRegistry registry = context.getBean(TenantRegistry.class);
            registry.onboard("donghu", "东湖区", "Donghu District", TenantLevel.DISTRICT);
        }
        return context;
    }

    private static void arrows(ProjectStatus from, ProjectStatus... to) {
        ARROWS.computeIfAbsent(from, k -> EnumSet.noneOf(ProjectStatus.class)).addAll(List.of(to));
    }
}
