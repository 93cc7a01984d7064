package cn.govit.provisioning.onboarding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new district's rule set starts as the city baseline (Art. 41: local measures "with reference to" the
 * city's): version 1 without overrides, so the district sees where its rules come from and its first own
 * change is version 2. The city's own versions are the baseline; it inherits nothing.
 */
@Component
class RuleSetInheritance {

    static final String CITY = "city";

    private final JdbcClient jdbc;

    RuleSetInheritance(javax.sql.DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** True when this call recorded the inherited version. */
    boolean inheritBaseline(String tenantCode, String actor) {
        if (CITY.equals(tenantCode)) {
            return false;
        }
        return jdbc.sql("""
                        INSERT INTO platform.rule_set_version (tenant_code, version, effective_from, overrides, note, created_by, created_at)
                        VALUES (?, 1, (now() AT TIME ZONE 'Asia/Shanghai')::date, '{}'::jsonb, '开通时继承市级基准（第四十一条）', ?, now())
                        ON CONFLICT (tenant_code, version) DO NOTHING""")
                .params(tenantCode, actor).update() == 1;
    }
}
