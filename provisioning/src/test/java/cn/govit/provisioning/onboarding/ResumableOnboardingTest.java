package cn.govit.provisioning.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import cn.govit.core.security.Role;
import cn.govit.core.tenancy.OnboardingLog;
import cn.govit.core.tenancy.OnboardingStep;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantStatus;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import cn.govit.provisioning.keycloak.KeycloakSettings;
import cn.govit.provisioning.keycloak.OrganizationDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Onboarding fails part-way on the real services — Keycloak gone between two steps, a database error in a
 * migration — and running it again resumes at the failed step and ends with exactly one organization,
 * administrator, schema and registry row.
 */
@SpringBootTest
class ResumableOnboardingTest {

    @Autowired
    TenantOnboardingService onboarding;
    @Autowired
    TenantRegistry registry;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    OnboardingLog steps;
    @Autowired
    PlatformAuditLog audit;
    @Autowired
    RuleSetInheritance rules;
    @Autowired
    KeycloakSettings keycloak;
    @Autowired
    DataSource dataSource;

    private final List<String> created = new ArrayList<>();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        TestServices.springProperties().forEach((k, v) -> properties.add(k, () -> v));
    }

    /** The service checks the caller's role itself, as behind the API. */
    @BeforeEach
    void actAsThePlatformAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "platform-admin", null, List.of(new SimpleGrantedAuthority("ROLE_" + Role.PLATFORM_ADMIN.realmName()))));
    }

    @AfterEach
    void removeWhatTheTestCreatedInTheSharedKeycloak() {
        SecurityContextHolder.clearContext();
        for (String code : created) {
            directory.removeOrganization(code);
            directory.removeUser(code + "-admin");
        }
    }

    private OnboardTenantRequest request(String code) {
        created.add(code);
        return new OnboardTenantRequest(code, "断点续开区（" + code + "）", "Resumed " + code, null, TenantLevel.DISTRICT,
                null, null, null, "Pw-" + code + "-2026", false, null);
    }

    @Test
    void keycloakStoppingAfterTheOrganizationLeavesAPendingTenantWhichTheNextRunCompletes() throws Exception {
        String code = "kcdown-" + UUID.randomUUID().toString().substring(0, 6);
        try (SeveringProxy proxy = new SeveringProxy(TestServices.KEYCLOAK_PORT)) {
            OrganizationDirectory throughProxy = new OrganizationDirectory(new KeycloakSettings(
                    "http://localhost:" + proxy.port(), keycloak.realm(), keycloak.clientId(), keycloak.clientSecret()));
            // Keycloak goes away the moment the organization is recorded, before the first admin is created.
            OnboardingLog cutAfterOrganization = new OnboardingLog(JdbcClient.create(dataSource)) {
                @Override
                public void finished(String tenantCode, OnboardingStep step) {
                    super.finished(tenantCode, step);
                    if (step == OnboardingStep.ORGANIZATION) {
                        proxy.sever();
                    }
                }
            };
            TenantOnboardingService failing = new TenantOnboardingService(throughProxy, registry, audit,
                    cutAfterOrganization, rules, new OnboardingLock(dataSource));

            assertThatThrownBy(() -> failing.onboard(request(code), "platform-admin")).isInstanceOf(RuntimeException.class);
        }

        assertThat(registry.find(code)).hasValueSatisfying(t -> assertThat(t.status()).isEqualTo(TenantStatus.PENDING));
        assertThat(steps.of(code).get(OnboardingStep.ORGANIZATION).state()).isEqualTo(OnboardingLog.State.DONE);
        assertThat(steps.of(code).get(OnboardingStep.FIRST_ADMIN).state()).isEqualTo(OnboardingLog.State.FAILED);
        // The schema does not wait for Keycloak: made beside the failing step, it is recorded done.
        assertThat(steps.of(code).get(OnboardingStep.SCHEMA).state()).isEqualTo(OnboardingLog.State.DONE);
        assertThat(steps.of(code)).doesNotContainKey(OnboardingStep.ACTIVATED);
        assertThat(directory.organizationsAliased(code)).isEqualTo(1);

        TenantOnboardingService.Outcome outcome = onboarding.onboard(request(code), "platform-admin");

        assertThat(outcome.created()).isTrue();
        assertThat(outcome.tenant().status()).isEqualTo(TenantStatus.ACTIVE);
        exactlyOneOfEverything(code);
        assertThat(steps.of(code).get(OnboardingStep.ORGANIZATION).attempts()).isEqualTo(1);
        assertThat(steps.of(code).get(OnboardingStep.FIRST_ADMIN).attempts()).isEqualTo(2);
        assertThat(steps.of(code).get(OnboardingStep.SCHEMA).attempts()).isEqualTo(1);
        assertThat(steps.of(code).values()).allSatisfy(s -> assertThat(s.state()).isEqualTo(OnboardingLog.State.DONE));
        // The first admin logs in with the organization in the token.
        String token = Tokens.password(TestServices.keycloak().issuerUri(), code + "-admin", "Pw-" + code + "-2026");
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1])))
                .contains("\"organization\":[\"" + code + "\"]");
    }

    @Test
    void aDatabaseErrorInAMigrationLeavesAPendingTenantWhichTheNextRunCompletes() {
        String code = "dberr-" + UUID.randomUUID().toString().substring(0, 6);
        String schema = "t_" + code.replace('-', '_');
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // A leftover table where the first changeset creates its own: the migration fails on it.
        jdbc.sql("CREATE SCHEMA " + schema).update();
        jdbc.sql("CREATE TABLE " + schema + ".project (leftover int)").update();

        assertThatThrownBy(() -> onboarding.onboard(request(code), "platform-admin"))
                .hasMessageContaining(schema);

        assertThat(registry.find(code)).hasValueSatisfying(t -> assertThat(t.status()).isEqualTo(TenantStatus.PENDING));
        assertThat(steps.of(code).get(OnboardingStep.SCHEMA).state()).isEqualTo(OnboardingLog.State.FAILED);
        assertThat(steps.of(code).get(OnboardingStep.SCHEMA).error()).contains("project");
        assertThat(steps.of(code)).doesNotContainKey(OnboardingStep.ACTIVATED);

        // Resuming is a repetition: with another administrator it is refused and leaves the tenant as it is.
        OnboardTenantRequest same = request(code);
        OnboardTenantRequest otherAdmin = new OnboardTenantRequest(code, same.nameZh(), same.nameEn(), null,
                TenantLevel.DISTRICT, null, null, code + "-other", same.adminPassword(), false, null);
        assertThatThrownBy(() -> onboarding.onboard(otherAdmin, "platform-admin"))
                .isInstanceOf(OnboardingConflictException.class);
        assertThat(directory.usersNamed(code + "-other")).isZero();

        jdbc.sql("DROP TABLE " + schema + ".project").update();
        TenantOnboardingService.Outcome outcome = onboarding.onboard(request(code), "platform-admin");

        assertThat(outcome.tenant().status()).isEqualTo(TenantStatus.ACTIVE);
        exactlyOneOfEverything(code);
        assertThat(steps.of(code).get(OnboardingStep.FIRST_ADMIN).attempts()).isEqualTo(1);
        assertThat(steps.of(code).get(OnboardingStep.SCHEMA).attempts()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM " + schema + ".project").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT overrides::text FROM platform.rule_set_version WHERE tenant_code = ?").param(code)
                .query(String.class).list()).containsExactly("{}");
        assertThat(audit.forTenant(code)).extracting(PlatformAuditLog.Entry::action).containsExactly(
                "TENANT_REGISTERED", "KEYCLOAK_ORGANIZATION_CREATED", "KEYCLOAK_USER_CREATED", "KEYCLOAK_ROLES_GRANTED",
                "KEYCLOAK_MEMBER_ADDED", "TENANT_SCHEMA_MIGRATED", "RULE_SET_INHERITED", "TENANT_ONBOARDED");
    }

    @Test
    void onboardingACompletedTenantAgainRunsNoStep() {
        String code = "twice-" + UUID.randomUUID().toString().substring(0, 6);
        onboarding.onboard(request(code), "platform-admin");
        var before = steps.of(code);

        TenantOnboardingService.Outcome again = onboarding.onboard(request(code), "platform-admin");

        assertThat(again.created()).isFalse();
        assertThat(steps.of(code)).isEqualTo(before);
        exactlyOneOfEverything(code);
    }

    private void exactlyOneOfEverything(String code) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(directory.organizationsAliased(code)).isEqualTo(1);
        assertThat(directory.usersNamed(code + "-admin")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.tenant WHERE code = ?").param(code).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?")
                .param("t_" + code.replace('-', '_')).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.rule_set_version WHERE tenant_code = ?").param(code)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
