package cn.govit.core.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.govit.core.inventory.InventoryService;
import cn.govit.core.inventory.UnitCompliance;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.unit.OwnerUnitService;
import cn.govit.core.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 合规管理 — sanctions on owner units of the current tenant (第三十三条): the district's bureau proposes one on the
 * unit's computed failures, records the city government's consent (only then is it in force), withdraws a proposal
 * before consent, and lifts it once the computed result no longer fails (直至其相关规定落实到位). Every district user
 * reads them; the lifecycle, the project registry and the roll-up ask whether a unit is sanctioned.
 */
@Service
@Validated
public class ComplianceService {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final SanctionRepository sanctions;
    private final InventoryService inventory;
    private final OwnerUnitService ownerUnits;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ComplianceService(SanctionRepository sanctions, InventoryService inventory, OwnerUnitService ownerUnits,
                      Clock clock, ApplicationEventPublisher events) {
        this.sanctions = sanctions;
        this.inventory = inventory;
        this.ownerUnits = ownerUnits;
        this.clock = clock;
        this.events = events;
    }

    /** Whether a sanction is in force on the unit (consented, not lifted). */
    @Transactional(readOnly = true)
    public boolean sanctioned(String ownerUnit) {
        TenantContext.require();
        return ownerUnit != null && sanctions.existsByOwnerUnitAndStatus(ownerUnit.strip(), SanctionStatus.IN_FORCE);
    }

    /** The sanction in force on the unit, if any. */
    @Transactional(readOnly = true)
    public Optional<SanctionView> inForce(String ownerUnit) {
        TenantContext.require();
        return ownerUnit == null ? Optional.empty()
                : sanctions.findFirstByOwnerUnitAndStatusOrderByImposedAtDesc(ownerUnit.strip(), SanctionStatus.IN_FORCE)
                .map(Sanction::view);
    }

    /**
     * Refuses 422 R33 while a sanction is in force on the unit: it starts or changes no project (暂停其单位新建、改建、
     * 扩建政务信息化项目), the message naming the unit and the day the sanction took effect.
     */
    @Transactional(readOnly = true)
    public void refuseIfSanctioned(String ownerUnit) {
        inForce(ownerUnit).ifPresent(s -> {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "compliance.sanctioned", "R33", "ownerUnit",
                    s.ownerUnit(), inForceSince(s).toString());
        });
    }

    /** The day a sanction took effect: the city government's consent, or the day a sanction from before was imposed. */
    public static LocalDate inForceSince(SanctionView sanction) {
        return sanction.consentDate() != null ? sanction.consentDate() : sanction.imposedAt().toLocalDate();
    }

    /** Every sanction of the district, newest first, for every user of the district. */
    @Transactional(readOnly = true)
    public List<SanctionView> list() {
        TenantContext.require();
        return sanctions.findAllByOrderByImposedAtDesc().stream().map(Sanction::view).toList();
    }

    /** One unit's sanctions, proposals, withdrawals and liftings, newest first. */
    @Transactional(readOnly = true)
    public List<SanctionView> history(String ownerUnit) {
        TenantContext.require();
        return sanctions.findByOwnerUnitOrderByImposedAtDesc(ownerUnit.strip()).stream().map(Sanction::view).toList();
    }

    @Transactional(readOnly = true)
    public SanctionView get(UUID id) {
        TenantContext.require();
        return load(id).view();
    }

    /** The signed consent document as uploaded. */
    @Transactional(readOnly = true)
    public byte[] consentDocument(UUID id) {
        TenantContext.require();
        byte[] content = load(id).consentFile();
        if (content == null) {
            throw ApiProblem.notFound("problem.notFound");
        }
        return content;
    }

    /** Whether the current user may propose, record consent, withdraw and lift (the district's bureau, Art. 33). */
    public static boolean actsOnSanctions() {
        return CurrentUser.actor().hasAny(Set.of(Role.BUREAU_OFFICER));
    }

    /**
     * 经市大数据发展管理局 — the bureau proposes a sanction for a registered owner unit, the grounds its failing criteria
     * and systems as computed now; refused 422 R33 when the unit complies or is exempt (涉密或有特殊情况及要求的除外).
     */
    @Transactional
    public SanctionView propose(@Valid Proposal proposal) {
        TenantContext.require();
        requireBureau();
        String unit = proposal.ownerUnit().strip();
        ownerUnits.requireRegistered(unit);
        UnitCompliance standing = standing(unit).orElseThrow(() -> new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY,
                "compliance.noGrounds", "R33", "ownerUnit", unit));
        if (standing.exempt()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "compliance.exempt", "R33", "ownerUnit", unit);
        }
        if (standing.complies()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "compliance.complies", "R33", "ownerUnit", unit);
        }
        if (sanctions.existsByOwnerUnitAndStatusIn(unit, EnumSet.of(SanctionStatus.PROPOSED, SanctionStatus.IN_FORCE))) {
            throw new ApiProblem(HttpStatus.CONFLICT, "compliance.alreadyOpen", "R33", "ownerUnit", unit);
        }
        Sanction sanction = sanctions.save(new Sanction(unit, reason(standing), standing.failing(), CurrentUser.name(),
                OffsetDateTime.now(clock)));
        changed(unit, false);
        return sanction.view();
    }

    /** 报市政府同意后 — the bureau records the city government's consent with the signed document: now it is in force. */
    @Transactional
    public SanctionView consent(UUID id, @Valid Consent consent, String fileName, String contentType, byte[] content) {
        TenantContext.require();
        requireBureau();
        Sanction sanction = load(id);
        requireStatus(sanction, SanctionStatus.PROPOSED);
        if (consent.date().isBefore(sanction.view().imposedAt().toLocalDate())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "compliance.consentBeforeProposal", "R33", "date");
        }
        sanction.consent(consent, StoredFile.of(fileName, contentType, content), CurrentUser.name(),
                OffsetDateTime.now(clock));
        changed(sanction.ownerUnit(), true);
        return sanction.view();
    }

    /** The bureau withdraws a proposal the city government has not consented to. */
    @Transactional
    public SanctionView withdraw(UUID id) {
        TenantContext.require();
        requireBureau();
        Sanction sanction = load(id);
        requireStatus(sanction, SanctionStatus.PROPOSED);
        sanction.withdraw(CurrentUser.name(), OffsetDateTime.now(clock));
        changed(sanction.ownerUnit(), false);
        return sanction.view();
    }

    /**
     * 直至其相关规定落实到位 — the bureau verifies and lifts a sanction in force; refused 422 R33 while the unit's computed
     * result still fails.
     */
    @Transactional
    public SanctionView lift(UUID id, @Valid Note note) {
        TenantContext.require();
        requireBureau();
        Sanction sanction = load(id);
        requireStatus(sanction, SanctionStatus.IN_FORCE);
        standing(sanction.ownerUnit()).filter(u -> !u.complies()).ifPresent(u -> {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "compliance.stillFailing", "R33", "ownerUnit",
                    u.ownerUnit(), reason(u));
        });
        sanction.lift(CurrentUser.name(), OffsetDateTime.now(clock), note == null || note.note() == null ? null
                : note.note().strip());
        changed(sanction.ownerUnit(), false);
        return sanction.view();
    }

    private void requireBureau() {
        CurrentUser.actor().require("R33", Role.BUREAU_OFFICER);
    }

    private Sanction load(UUID id) {
        return sanctions.findById(id).orElseThrow(() -> ApiProblem.notFound("problem.notFound"));
    }

    private static void requireStatus(Sanction sanction, SanctionStatus wanted) {
        if (sanction.status() != wanted) {
            throw new ApiProblem(HttpStatus.CONFLICT, "compliance.wrongStatus", "R33", "status",
                    sanction.status().label(ZH), wanted.label(ZH));
        }
    }

    private Optional<UnitCompliance> standing(String unit) {
        return inventory.compliance().stream().filter(u -> u.ownerUnit().equals(unit)).findFirst();
    }

    /** The grounds in words: each failing criterion with its systems. */
    private static String reason(UnitCompliance standing) {
        return standing.failing().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label(ZH) + "：" + String.join("、", e.getValue()))
                .collect(Collectors.joining("；"));
    }

    private void changed(String unit, boolean inForce) {
        events.publishEvent(new SanctionsChanged(TenantContext.require().code(), unit, inForce, CurrentUser.name()));
    }

    /** A proposal: the unit; its grounds are computed, never typed in. */
    public record Proposal(@NotBlank @Size(max = 200) String ownerUnit) {
    }

    /** The bureau's note on lifting: what it verified. */
    public record Note(@Size(max = 1000) String note) {
    }
}
