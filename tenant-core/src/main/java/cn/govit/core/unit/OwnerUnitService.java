package cn.govit.core.unit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 项目建设单位名录 — the owner units of the current tenant. Every user of the tenant reads it; the district's
 * big-data bureau, which runs the project management system (第四条), and the tenant administrator, who keeps
 * the district's own data, maintain it. A unit named in an owner officer's token enters it by name the first
 * time the platform sees that officer ({@link #registerOnSight}); the bureau completes its credit code,
 * competent department and contact.
 */
@Service
@Validated
public class OwnerUnitService {

    /** Who maintains the registry (第四条: the bureau builds and runs the project management system). */
    private static final Role[] MAINTAINERS = {Role.BUREAU_OFFICER, Role.TENANT_ADMIN};
    public static final int MAX_PAGE_SIZE = 200;

    private final OwnerUnitRepository units;
    private final Clock clock;

    OwnerUnitService(OwnerUnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** Every registered unit of the tenant, by name. */
    @Transactional(readOnly = true)
    public List<OwnerUnitView> all() {
        TenantContext.require();
        return units.findAllByOrderByName().stream().map(OwnerUnit::view).toList();
    }

    /** The registered unit of that name, if any. */
    @Transactional(readOnly = true)
    public Optional<OwnerUnitView> find(String name) {
        TenantContext.require();
        return name == null ? Optional.empty() : units.findByName(name.strip()).map(OwnerUnit::view);
    }

    /** One page (from 0) of the units whose name, credit code or competent department contains {@code q}. */
    @Transactional(readOnly = true)
    public OwnerUnitPage page(String q, int page, int size) {
        TenantContext.require();
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        var found = units.search(pattern(q), PageRequest.of(Math.max(page, 0), pageSize)).map(OwnerUnit::view);
        return new OwnerUnitPage(found.getContent(), found.getNumber(), pageSize, found.getTotalElements());
    }

    /** How many units match {@code q}. */
    @Transactional(readOnly = true)
    public long count(String q) {
        return page(q, 0, 1).total();
    }

    @Transactional(readOnly = true)
    public OwnerUnitView get(UUID id) {
        TenantContext.require();
        // Another tenant's id is absent from this tenant's schema: 404, so ids leak nothing.
        return units.findById(id).map(OwnerUnit::view).orElseThrow(() -> ApiProblem.notFound("unit.notFound", id));
    }

    /**
     * The units the request's user may name in an application: an owner officer only its own (第四条), as
     * registered; anyone else the whole registry.
     */
    @Transactional(readOnly = true)
    public List<OwnerUnitView> selectable() {
        Actor actor = CurrentUser.actor();
        TenantContext.require();
        return actor.has(Role.OWNER_OFFICER)
                ? units.findByNameInOrderByName(actor.ownerUnits()).stream().map(OwnerUnit::view).toList()
                : all();
    }

    /** Whether the request's user may create and edit units (views ask before they offer it). */
    public boolean maintainableByCurrentUser() {
        return CurrentUser.actor().hasAny(java.util.Set.of(MAINTAINERS));
    }

    /**
     * Refuses 422 on {@code ownerUnit} unless the unit is registered: a project is proposed and filed by a
     * registered owner unit (第四条、第八条).
     */
    @Transactional(readOnly = true)
    public void requireRegistered(String name) {
        if (find(name).isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "unit.unknown", "R4", "ownerUnit",
                    name == null ? "" : name.strip());
        }
    }

    @Transactional
    public OwnerUnitView create(@Valid OwnerUnitForm form) {
        Actor actor = maintainer();
        OwnerUnitForm f = validated(form.normalized(), null);
        if (units.findByName(f.name()).isPresent()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "unit.nameTaken", "R4", "name", f.name());
        }
        return units.saveAndFlush(new OwnerUnit(f, OffsetDateTime.now(clock), actor.name())).view();
    }

    /** Completes or corrects a unit; its name stays (projects and tokens name it), and 409 if someone saved in between. */
    @Transactional
    public OwnerUnitView update(UUID id, @Valid OwnerUnitForm form) {
        Actor actor = maintainer();
        OwnerUnit unit = units.findById(id).orElseThrow(() -> ApiProblem.notFound("unit.notFound", id));
        OwnerUnitForm f = validated(form.normalized(), id);
        if (!unit.name().equals(f.name())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "unit.nameFixed", "R4", "name", unit.name());
        }
        if (f.version() == null || unit.version() != f.version()) {
            throw new OptimisticLockingFailureException("owner unit " + id + " is at version " + unit.version());
        }
        unit.apply(f, OffsetDateTime.now(clock), actor.name());
        units.flush();
        return unit.view();
    }

    /**
     * Registers by name the units an owner officer's token says it acts for, as the platform first sees the
     * officer (called once per change of the officer's token, not per request); units already there are kept.
     */
    @Transactional
    public void registerOnSight(Collection<String> names, String seenUser) {
        TenantContext.require();
        OffsetDateTime now = OffsetDateTime.now(clock);
        names.stream().map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 200)
                .forEach(n -> units.registerName(UUID.randomUUID(), n, now, seenUser));
    }

    private OwnerUnitForm validated(OwnerUnitForm f, UUID self) {
        if (f.creditCode() != null) {
            if (!CreditCode.isValid(f.creditCode())) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "unit.creditCodeInvalid", null, "creditCode",
                        f.creditCode());
            }
            units.findByCreditCode(f.creditCode()).filter(u -> !u.view().id().equals(self)).ifPresent(u -> {
                throw new ApiProblem(HttpStatus.CONFLICT, "unit.creditCodeTaken", null, "creditCode", f.creditCode(),
                        u.name());
            });
        }
        return f;
    }

    private static Actor maintainer() {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R4", MAINTAINERS);
        return actor;
    }

    /** A LIKE pattern for {@code q}, its wildcards taken literally; null for no filter. */
    private static String pattern(String q) {
        return q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
