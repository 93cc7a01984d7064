package cn.govit.core.compliance;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 合规管理 — sanctions on owner units of the current tenant (Art. 33), at {@code /api/v1/compliance/sanctions}.
 * The bureau imposes and lifts them; the lifecycle asks whether a unit is sanctioned.
 */
@Service
@RestController
public class ComplianceService {

    private final SanctionRepository sanctions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ComplianceService(SanctionRepository sanctions, Clock clock, ApplicationEventPublisher events) {
        this.sanctions = sanctions;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean sanctioned(String ownerUnit) {
        TenantContext.require();
        return ownerUnit != null && sanctions.existsByOwnerUnitAndLiftedAtIsNull(ownerUnit.strip());
    }

    @GetMapping("/api/v1/compliance/sanctions")
    @Transactional(readOnly = true)
    public List<SanctionView> list() {
        TenantContext.require();
        return sanctions.findAllByOrderByImposedAtDesc().stream().map(Sanction::view).toList();
    }

    /** Art. 33: the bureau imposes a sanction, with the city government's consent on paper. */
    @PostMapping("/api/v1/compliance/sanctions")
    @Transactional
    ResponseEntity<SanctionView> impose(@Valid @RequestBody NewSanction sanction) {
        TenantContext.require();
        CurrentUser.actor().require("R33", Role.BUREAU_OFFICER);
        SanctionView created = sanctions.save(new Sanction(sanction.ownerUnit().strip(), sanction.reason().strip(),
                CurrentUser.name(), OffsetDateTime.now(clock))).view();
        events.publishEvent(new SanctionsChanged(TenantContext.require().code(), created.ownerUnit(), true,
                CurrentUser.name()));
        return ResponseEntity.created(URI.create("/api/v1/compliance/sanctions/" + created.id())).body(created);
    }

    @DeleteMapping("/api/v1/compliance/sanctions/{id}")
    @Transactional
    public SanctionView lift(@PathVariable UUID id) {
        TenantContext.require();
        CurrentUser.actor().require("R33", Role.BUREAU_OFFICER);
        Sanction sanction = sanctions.findById(id).orElseThrow(() -> ApiProblem.notFound("problem.notFound"));
        if (sanction.active()) {
            sanction.lift(CurrentUser.name(), OffsetDateTime.now(clock));
            events.publishEvent(new SanctionsChanged(TenantContext.require().code(), sanction.view().ownerUnit(), false,
                    CurrentUser.name()));
        }
        return sanction.view();
    }
}
