package cn.govit.core.unit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.govit.core.shared.BusinessTime;

/**
 * 项目建设（业主）单位 — an owner unit of the tenant (Art. 4), named as projects and the officers' tokens name
 * it; the name never changes once registered, so every project keeps pointing at its unit.
 */
@Entity
@Table(name = "owner_unit")
class OwnerUnit {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200, unique = true)
    private String name;

    /** 统一社会信用代码 (GB 32100-2015); unknown for a unit first seen in an officer's token. */
    @Column(name = "credit_code", length = 18)
    private String creditCode;

    /** 行政主管单位. */
    @Column(name = "competent_department", length = 200)
    private String competentDepartment;

    @Column(name = "contact_person", length = 100)
    private String contactPerson;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected OwnerUnit() {
    }

    OwnerUnit(OwnerUnitForm form, OffsetDateTime at, String actor) {
        this.id = UUID.randomUUID();
        this.name = form.name().strip();
        this.createdAt = at;
        this.createdBy = actor;
        apply(form, at, actor);
    }

    void apply(OwnerUnitForm form, OffsetDateTime at, String actor) {
        this.creditCode = form.creditCode();
        this.competentDepartment = form.competentDepartment();
        this.contactPerson = form.contactPerson();
        this.contactPhone = form.contactPhone();
        this.updatedAt = at;
        this.updatedBy = actor;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    OwnerUnitView view() {
        return new OwnerUnitView(id, name, creditCode, competentDepartment, contactPerson, contactPhone,
                BusinessTime.inBeijing(createdAt), createdBy, BusinessTime.inBeijing(updatedAt), updatedBy, version);
    }
}
