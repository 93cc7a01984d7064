package cn.govit.core.compliance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A sanction as shown; {@code liftedAt} is {@code null} while it is in force. */
public record SanctionView(UUID id, String ownerUnit, String reason, String imposedBy, OffsetDateTime imposedAt,
                           String liftedBy, OffsetDateTime liftedAt) {
}
