package cn.govit.core.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 云服务目录条目 — one offering of a tenant's cloud service catalogue, requested by unit (Art. 8(1)). */
@Entity
@Table(name = "cloud_offering")
class CloudOffering {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "unit_zh", nullable = false)
    private String unitZh;

    @Column(name = "unit_en", nullable = false)
    private String unitEn;

    @Column(nullable = false)
    private String category;

    protected CloudOffering() {
    }

    CloudOfferingView view() {
        return new CloudOfferingView(code, nameZh, nameEn, unitZh, unitEn, category);
    }
}
