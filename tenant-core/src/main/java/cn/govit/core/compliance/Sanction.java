package cn.govit.core.compliance;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govit.core.shared.BusinessTime;

/**
 * 合规限制 — a sanction on an owner unit that fails Art. 33 (systems not migrated, no resource
 * catalogue, no sharing interface, data not collected): until it is lifted the unit submits no new
 * or changed projects and gets no O&amp;M funds.
 */
@Entity
@Table(name = "unit_sanction")
class Sanction {

    @Id
    private UUID id;

    @Column(name = "owner_unit", nullable = false)
    private String ownerUnit;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "imposed_by", nullable = false)
    private String imposedBy;

    @Column(name = "imposed_at", nullable = false)
    private OffsetDateTime imposedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lifted_at")
    private OffsetDateTime liftedAt;

    protected Sanction() {
    }

    Sanction(String ownerUnit, String reason, String imposedBy, OffsetDateTime imposedAt) {
        this.id = UUID.randomUUID();
        this.ownerUnit = ownerUnit;
        this.reason = reason;
        this.imposedBy = imposedBy;
        this.imposedAt = imposedAt;
    }

    boolean active() {
        return liftedAt == null;
    }

    void lift(String actor, OffsetDateTime at) {
        this.liftedBy = actor;
        this.liftedAt = at;
    }

    SanctionView view() {
        return new SanctionView(id, ownerUnit, reason, imposedBy, BusinessTime.inBeijing(imposedAt), liftedBy,
                BusinessTime.inBeijing(liftedAt));
    }
}
