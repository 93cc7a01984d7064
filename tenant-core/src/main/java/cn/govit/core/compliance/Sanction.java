package cn.govit.core.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govit.core.inventory.Criterion;
import cn.govit.core.shared.BusinessTime;

/**
 * 合规限制 — a sanction on an owner unit that fails Art. 33 (systems not migrated, no resource catalogue, no sharing
 * interface, data not collected): proposed by the bureau on the computed grounds, in force once the city
 * government consents (经市大数据发展管理局报市政府同意后), and until lifted the unit submits no new or changed projects
 * and gets no O&amp;M funds. Every step stays on the row: who proposed, consented, withdrew or lifted, and when.
 */
@Entity
@Table(name = "unit_sanction")
class Sanction {

    private static final String LIST = "、";

    @Id
    private UUID id;

    @Column(name = "owner_unit", nullable = false)
    private String ownerUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SanctionStatus status;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(length = 4000)
    private String grounds;

    @Column(name = "imposed_by", nullable = false)
    private String imposedBy;

    @Column(name = "imposed_at", nullable = false)
    private OffsetDateTime imposedAt;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Column(name = "consent_number")
    private String consentNumber;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "consent_file")
    private byte[] consentFile;

    @Column(name = "consent_file_name")
    private String consentFileName;

    @Column(name = "consent_content_type")
    private String consentContentType;

    @Column(name = "consent_file_size")
    private Long consentFileSize;

    @Column(name = "consent_sha256")
    private String consentSha256;

    @Column(name = "consent_recorded_by")
    private String consentRecordedBy;

    @Column(name = "consent_recorded_at")
    private OffsetDateTime consentRecordedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lifted_at")
    private OffsetDateTime liftedAt;

    @Column(name = "lift_note")
    private String liftNote;

    protected Sanction() {
    }

    /** A proposal, its grounds the failing systems per criterion as computed when proposed. */
    Sanction(String ownerUnit, String reason, Map<Criterion, List<String>> failing, String proposedBy,
             OffsetDateTime proposedAt) {
        this.id = UUID.randomUUID();
        this.ownerUnit = ownerUnit;
        this.status = SanctionStatus.PROPOSED;
        this.reason = reason;
        this.grounds = failing.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().name() + "=" + String.join(LIST, e.getValue()))
                .collect(Collectors.joining("\n"));
        this.imposedBy = proposedBy;
        this.imposedAt = proposedAt;
    }

    SanctionStatus status() {
        return status;
    }

    String ownerUnit() {
        return ownerUnit;
    }

    void consent(Consent consent, StoredFile file, String actor, OffsetDateTime at) {
        this.consentDate = consent.date();
        this.consentNumber = consent.documentNumber().strip();
        this.consentFile = file.content();
        this.consentFileName = file.name();
        this.consentContentType = file.contentType();
        this.consentFileSize = (long) file.content().length;
        this.consentSha256 = file.sha256();
        this.consentRecordedBy = actor;
        this.consentRecordedAt = at;
        this.status = SanctionStatus.IN_FORCE;
    }

    void withdraw(String actor, OffsetDateTime at) {
        this.withdrawnBy = actor;
        this.withdrawnAt = at;
        this.status = SanctionStatus.WITHDRAWN;
    }

    void lift(String actor, OffsetDateTime at, String note) {
        this.liftedBy = actor;
        this.liftedAt = at;
        this.liftNote = note;
        this.status = SanctionStatus.LIFTED;
    }

    byte[] consentFile() {
        return consentFile;
    }

    SanctionView view() {
        Map<Criterion, List<String>> failing = new EnumMap<>(Criterion.class);
        if (grounds != null && !grounds.isBlank()) {
            for (String line : grounds.split("\n")) {
                String[] parts = line.split("=", 2);
                failing.put(Criterion.valueOf(parts[0]), Arrays.asList(parts[1].split(LIST)));
            }
        }
        SanctionView.ConsentFile file = consentFileName == null ? null
                : new SanctionView.ConsentFile(consentFileName, consentContentType, consentFileSize, consentSha256);
        return new SanctionView(id, ownerUnit, status, reason, Map.copyOf(failing), imposedBy,
                BusinessTime.inBeijing(imposedAt), consentDate, consentNumber, file, consentRecordedBy,
                BusinessTime.inBeijing(consentRecordedAt), withdrawnBy, BusinessTime.inBeijing(withdrawnAt), liftedBy,
                BusinessTime.inBeijing(liftedAt), liftNote);
    }
}
