package cn.govit.core.lifecycle;

import static cn.govit.core.project.ProjectStatus.ANNUAL_PLAN;
import static cn.govit.core.project.ProjectStatus.APPROVED;
import static cn.govit.core.project.ProjectStatus.CONTRACT_FILED;
import static cn.govit.core.project.ProjectStatus.DRAFT;
import static cn.govit.core.project.ProjectStatus.EXCEPTIONAL_APPROVED;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionRequest;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.core.testsupport.SampleApplications;
import cn.govit.core.testsupport.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The lifecycle of DOMAIN.md as a property of the real service on the real database: whatever steps
 * officers of any role try, in any order, a project only ever moves along an arrow of the lifecycle,
 * and a refused step leaves it exactly as it was. Each run is a seeded random walk (JUnit's own
 * parameters, one replayed alone with {@code -Dgovit.fuzz.seed=<seed>}); every authority has consented
 * beforehand, so the walk can reach every stage.
 */
class LifecycleStateMachinePropertyTest extends CoreIntegrationTest {

    /** The arrows of DOMAIN.md's lifecycle, written down independently of {@link LifecycleAction}. */
    private static final Map<ProjectStatus, Set<ProjectStatus>> ARROWS = new EnumMap<>(ProjectStatus.class);
    /** One demo login per role of 东湖区 (the city supervisor's account belongs to the city). */
    private static final List<String> USERS = List.of("dh-officer", "dh-dept", "dh-bureau", "dh-approval", "dh-finance",
            "dh-secrecy", "dh-expert", "dh-admin", "nc-bureau");
    private static final int RUNS = 40;
    private static final int MAX_ATTEMPTS = 30;

    static {
        arrows(DRAFT, SUBMITTED);
        // Art. 8: the owner unit may withdraw an application nobody has acted on, back to its draft.
        arrows(SUBMITTED, UNDER_REVIEW, RETURNED, SELF_SUPERVISED, EXCEPTIONAL_REQUESTED, DRAFT);
        arrows(RETURNED, SUBMITTED);
        arrows(UNDER_REVIEW, RESERVE, RETURNED, EXCEPTIONAL_REQUESTED);
        arrows(RESERVE, ANNUAL_PLAN);
        arrows(EXCEPTIONAL_REQUESTED, EXCEPTIONAL_APPROVED, RETURNED);
        arrows(EXCEPTIONAL_APPROVED, APPROVED);
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

    @Autowired
    private ProjectService projects;
    @Autowired
    private LifecycleService lifecycle;
    @Autowired
    private DocumentService documents;
    @Autowired
    private OpinionService opinions;
    @Autowired
    private JwtDecoder jwtDecoder;

    /** One officer's attempt: a step chosen among those of the current stage (or any at all), by one user. */
    record Attempt(int choice, boolean anyStep, String user, boolean explains) {
    }

    static LongStream seeds() {
        return Seeds.orGiven(LongStream.rangeClosed(1, RUNS).map(i -> 20_261_201L * i));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noSequenceOfStepsLeavesTheLifecycleAndRefusedStepsChangeNothing(long seed) {
        Random random = new Random(seed);
        String investment = random.nextBoolean() ? "120000.00" : "880000.00"; // both sides of Art. 7's threshold
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 1 + random.nextInt(MAX_ATTEMPTS); i > 0; i--) {
            attempts.add(new Attempt(random.nextInt(1000), random.nextInt(5) == 0, USERS.get(random.nextInt(USERS.size())),
                    random.nextInt(5) != 0));
        }
        Tenant donghu = registry.find("donghu").orElseThrow();
        TenantContext.callAs(donghu, () -> {
            ProjectView project = Logins.as(jwtDecoder, "dh-officer", () -> projects.create(
                    SampleApplications.completeConstruction("状态机性质测试", investment)));
            attachEveryKindOfDocumentAndConsent(project.id());
            ProjectStatus suspendedFrom = null;
            for (Attempt attempt : attempts) {
                ProjectView before = projects.find(project.id()).orElseThrow();
                LifecycleAction action = pick(attempt, before.status());
                int stepsBefore = lifecycle.steps(project.id()).size();
                try {
                    Logins.run(jwtDecoder, attempt.user(), () -> lifecycle.take(project.id(), new StepRequest(action,
                            before.version(), null, attempt.explains() ? "书面说明：依据办法办理" : null, List.of())));
                    ProjectView after = projects.find(project.id()).orElseThrow();
                    // Art. 35: resuming leads back to the stage the project was suspended from, an arrow of its own.
                    Set<ProjectStatus> arrows = EnumSet.copyOf(ARROWS.get(before.status()));
                    if (before.status() == SUSPENDED && suspendedFrom != null) {
                        arrows.add(suspendedFrom);
                    }
                    assertThat(arrows).as("seed %d: %s by %s from %s", seed, action, attempt.user(), before.status())
                            .contains(after.status());
                    if (action == LifecycleAction.RESUME) {
                        assertThat(after.status()).isEqualTo(suspendedFrom);
                    }
                    suspendedFrom = after.status() == SUSPENDED ? before.status() : suspendedFrom;
                    assertThat(lifecycle.steps(project.id())).hasSize(stepsBefore + 1);
                } catch (RuntimeException refused) {
                    ProjectView after = projects.find(project.id()).orElseThrow();
                    assertThat(after.status()).as("seed %d: refused %s: %s", seed, action, refused.getMessage())
                            .isEqualTo(before.status());
                    assertThat(after.version()).isEqualTo(before.version());
                    assertThat(after.suspendedFrom()).isEqualTo(before.suspendedFrom());
                    assertThat(lifecycle.steps(project.id())).hasSize(stepsBefore);
                }
            }
            return null;
        });
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

    /** Every document type, each uploaded by a holder of its issuing role, and every authority's 同意. */
    private void attachEveryKindOfDocumentAndConsent(UUID projectId) {
        Map<DocumentType, UUID> uploaded = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            String user = type.reserved() ? userOf(type.issuers().iterator().next()) : "dh-officer";
            uploaded.put(type, Logins.as(jwtDecoder, user, () -> documents.attach(projectId, type,
                    type.name().toLowerCase() + ".pdf", "application/pdf",
                    "%PDF-1.4\n%测试材料\n%%EOF\n".getBytes(StandardCharsets.UTF_8))).id());
        }
        for (OpinionKind kind : OpinionKind.values()) {
            Logins.run(jwtDecoder, userOf(kind.authority().issuer()), () -> opinions.issue(projectId,
                    new OpinionRequest(kind, Verdict.APPROVED, null, null, uploaded.get(kind.documentType()))));
        }
    }

    private static String userOf(Role role) {
        return switch (role) {
            case BUREAU_OFFICER -> "dh-bureau";
            case APPROVAL_OFFICER -> "dh-approval";
            case DEPARTMENT_OFFICER -> "dh-dept";
            case FINANCE_OFFICER -> "dh-finance";
            case NDRC_OFFICER -> "dh-ndrc";
            case SECRECY_OFFICER -> "dh-secrecy";
            case STATE_SECURITY_OFFICER -> "dh-statesecurity";
            case CIVIL_AIR_DEFENCE_OFFICER -> "dh-airdefence";
            case CYBERSPACE_OFFICER -> "dh-cyber";
            case EXPERT -> "dh-expert";
            default -> throw new IllegalArgumentException("no demo user for " + role);
        };
    }

    private static void arrows(ProjectStatus from, ProjectStatus... to) {
        ARROWS.computeIfAbsent(from, k -> EnumSet.noneOf(ProjectStatus.class)).addAll(List.of(to));
    }
}
