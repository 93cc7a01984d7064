package cn.govit.core.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.core.inventory.Criterion;

/**
 * A sanction as shown, with its whole history (Art. 33): the proposal and its computed grounds (the failing systems
 * per criterion), the city government's consent (date, 文号, the signed document), a withdrawal or the lifting.
 */
public record SanctionView(UUID id, String ownerUnit, SanctionStatus status, String reason,
                           Map<Criterion, List<String>> grounds, String imposedBy, OffsetDateTime imposedAt,
                           LocalDate consentDate, String consentNumber, ConsentFile consentFile,
                           String consentRecordedBy, OffsetDateTime consentRecordedAt,
                           String withdrawnBy, OffsetDateTime withdrawnAt,
                           String liftedBy, OffsetDateTime liftedAt, String liftNote) {

    /** In force: the unit's new and changed projects are refused and its O&amp;M funds withheld. */
    public boolean inForce() {
        return status == SanctionStatus.IN_FORCE;
    }

    /** The signed consent document as stored: name, type, size and SHA-256. */
    public record ConsentFile(String name, String contentType, long size, String sha256) {
    }
}
