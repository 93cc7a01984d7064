package cn.govit.core.tenancy;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.govit.core.shared.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 开通进度 — the recorded state of each onboarding step of a tenant, read while the onboarding runs. */
public class OnboardingLog {

    /** The state of a step. */
    public enum State { RUNNING, DONE, FAILED }

    /** One step as last recorded. */
    public record StepRecord(OnboardingStep step, State state, int attempts, String error, OffsetDateTime updatedAt) {
    }

    private final JdbcClient jdbc;

    public OnboardingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every step, in order; steps not yet begun are absent. */
    public Map<OnboardingStep, StepRecord> of(String tenantCode) {
        Map<OnboardingStep, StepRecord> steps = new EnumMap<>(OnboardingStep.class);
        jdbc.sql("SELECT step, state, attempts, error, updated_at FROM platform.onboarding_step WHERE tenant_code = ?")
                .param(tenantCode)
                .query((rs, i) -> new StepRecord(OnboardingStep.valueOf(rs.getString(1)), State.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getString(4), BusinessTime.inBeijing(rs.getObject(5, OffsetDateTime.class))))
                .list().forEach(r -> steps.put(r.step(), r));
        return steps;
    }

    public boolean done(String tenantCode, OnboardingStep step) {
        StepRecord r = of(tenantCode).get(step);
        return r != null && r.state() == State.DONE;
    }

    public void started(String tenantCode, OnboardingStep step) {
        jdbc.sql("""
                        INSERT INTO platform.onboarding_step (tenant_code, step, state, attempts, error, updated_at)
                        VALUES (?, ?, 'RUNNING', 1, NULL, now())
                        ON CONFLICT (tenant_code, step) DO UPDATE
                        SET state = 'RUNNING', attempts = onboarding_step.attempts + 1, error = NULL, updated_at = now()""")
                .params(tenantCode, step.name()).update();
    }

    public void finished(String tenantCode, OnboardingStep step) {
        set(tenantCode, step, State.DONE, null);
    }

    public void failed(String tenantCode, OnboardingStep step, String error) {
        set(tenantCode, step, State.FAILED, error == null ? "?" : error.length() > 2000 ? error.substring(0, 2000) : error);
    }

    /** The tenant's steps forgotten, as when a cancelled onboarding has removed what it created. */
    public void forget(String tenantCode) {
        jdbc.sql("DELETE FROM platform.onboarding_step WHERE tenant_code = ?").param(tenantCode).update();
    }

    /** Codes of the tenants whose onboarding has a failed step, for the admin screen. */
    public List<String> failedTenants() {
        return jdbc.sql("SELECT DISTINCT tenant_code FROM platform.onboarding_step WHERE state = 'FAILED' ORDER BY 1")
                .query(String.class).list();
    }

    private void set(String tenantCode, OnboardingStep step, State state, String error) {
        jdbc.sql("""
                        INSERT INTO platform.onboarding_step (tenant_code, step, state, attempts, error, updated_at)
                        VALUES (?, ?, ?, 1, ?, now())
                        ON CONFLICT (tenant_code, step) DO UPDATE SET state = EXCLUDED.state, error = EXCLUDED.error,
                        updated_at = now()""")
                .params(tenantCode, step.name(), state.name(), error).update();
    }
}
