package cn.govit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionRequest;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.project.ApplicationUpdate;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.core.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The services themselves refuse a role the regulation does not name — whoever calls them, a view as
 * much as the API. Each call runs as a real demo user (a Keycloak token the app's decoder verified).
 */
class ServiceAuthorizationTest extends CoreIntegrationTest {

    @Autowired
    private ProjectService projects;
    @Autowired
    private LifecycleService lifecycle;
    @Autowired
    private DocumentService documents;
    @Autowired
    private OpinionService opinions;
    @Autowired
    private RuleSetService rules;
    @Autowired
    private JwtDecoder jwtDecoder;

    @Test
    void R4_onlyAnOwnerOfficerOfTheUnitCreatesOrEditsItsApplication() {
        Application draft = Application.draft("东湖区服务层授权项目", ProjectKind.CONSTRUCTION, "东湖区数据资源管理局",
                new BigDecimal("500000.00"));
        for (String user : List.of("dh-bureau", "dh-dept", "dh-expert", "dh-secrecy", "dh-admin")) {
            refusedAs(user, "donghu", 403, "R4", () -> projects.create(draft));
        }
        refusedAs("dh-edu-officer", "donghu", 403, "R4", () -> projects.create(draft));

        ProjectView created = as("dh-officer", "donghu", () -> projects.create(draft));
        ApplicationUpdate update = new ApplicationUpdate(created.version(), draft);
        refusedAs("dh-edu-officer", "donghu", 403, "R4", () -> projects.update(created.id(), update));
        refusedAs("dh-dept", "donghu", 403, "R4", () -> projects.update(created.id(), update));
        Application movedToAnotherUnit = Application.draft(draft.title(), draft.kind(), "东湖区教育体育局",
                draft.totalInvestment());
        refusedAs("dh-officer", "donghu", 403, "R4",
                () -> projects.update(created.id(), new ApplicationUpdate(created.version(), movedToAnotherUnit)));
        assertThat(as("dh-officer", "donghu", () -> projects.find(created.id())).orElseThrow().version())
                .isEqualTo(created.version());
    }

    @Test
    void R8_aStepIsJudgedByTheRolesOfTheRequestsUserNotByTheCaller() {
        ProjectView created = as("dh-officer", "donghu", () -> projects.create(Application.draft("东湖区服务层步骤项目",
                ProjectKind.CONSTRUCTION, "东湖区数据资源管理局", new BigDecimal("500000.00"))));

        refusedAs("dh-dept", "donghu", 403, "R8", () -> lifecycle.take(created.id(),
                new StepRequest(LifecycleAction.SUBMIT, created.version(), null, null, List.of())));
        assertThat(as("dh-dept", "donghu", () -> lifecycle.available(created.id()))).doesNotContain(LifecycleAction.SUBMIT);
        assertThat(as("dh-officer", "donghu", () -> lifecycle.available(created.id()))).contains(LifecycleAction.SUBMIT);
    }

    @Test
    void R4_anAuthoritysDocumentAndOpinionAreItsOwn() {
        ProjectView created = as("dh-officer", "donghu", () -> projects.create(Application.draft("东湖区服务层意见项目",
                ProjectKind.CONSTRUCTION, "东湖区数据资源管理局", new BigDecimal("500000.00"))));
        byte[] pdf = "%PDF-1.4\n%意见\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

        refusedAs("dh-officer", "donghu", 403, "R4", () -> documents.attach(created.id(), DocumentType.SECRECY_OPINION,
                "保密意见.pdf", "application/pdf", pdf));
        UUID file = as("dh-secrecy", "donghu", () -> documents.attach(created.id(), DocumentType.SECRECY_OPINION,
                "保密意见.pdf", "application/pdf", pdf)).id();
        OpinionRequest consent = new OpinionRequest(OpinionKind.SECRECY, Verdict.APPROVED, null, null, file);
        refusedAs("dh-statesecurity", "donghu", 403, "R8.10", () -> opinions.issue(created.id(), consent));
        refusedAs("dh-officer", "donghu", 403, "R8.10", () -> opinions.issue(created.id(), consent));

        assertThat(as("dh-secrecy", "donghu", () -> opinions.issue(created.id(), consent)).issuedBy()).isEqualTo("dh-secrecy");
    }

    @Test
    void R41_onlyTheDistrictsAdministratorPublishesItsRules() {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        for (String user : List.of("dh-officer", "dh-bureau", "nc-bureau")) {
            refusedAs(user, "donghu", 403, "R41", () -> rules.publish(today, Map.of(), "越权发布"));
        }
        assertThat(rules.versions("donghu")).noneMatch(v -> "越权发布".equals(v.note()));
    }

    @Test
    void R40_onlyTheCitysSupervisorReadsEveryDistrictsDifferences() {
        refusedAs("dh-bureau", "donghu", 403, "R40", () -> rules.differencesOfAllTenants());
        refusedAs("dh-admin", "donghu", 403, "R40", () -> rules.differencesOfAllTenants());
        // The supervisor role alone is not enough: supervision is the city tenant's (Art. 40).
        refusedAs("nc-bureau", "donghu", 403, "R40", () -> rules.differencesOfAllTenants());

        assertThat(as("nc-bureau", "city", () -> rules.differencesOfAllTenants())).containsKeys("donghu", "xihu");
    }

    private <T> T as(String user, String tenant, Callable<T> work) {
        return TenantContext.callAs(registry.find(tenant).orElseThrow(), () -> Logins.as(jwtDecoder, user, work));
    }

    private void refusedAs(String user, String tenant, int status, String article, Callable<?> work) {
        assertThatThrownBy(() -> as(user, tenant, work)).as(user).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status().value()).isEqualTo(status);
            assertThat(p.article()).isEqualTo(article);
        });
    }
}
