package cn.govit.core.authority;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;

/**
 * An opinion as shown: {@code current} is false once a later opinion of the same kind superseded it;
 * {@code supersedes} names the opinion it replaced.
 */
public record OpinionView(UUID id, UUID projectId, OpinionKind kind, Authority authority, Verdict verdict,
                          String conditions, LocalDate issuedOn, String issuedBy, Role issuerRole, UUID documentId,
                          String documentFilename, UUID supersedes, boolean current, OffsetDateTime recordedAt) {

    public OpinionView {
        recordedAt = BusinessTime.inBeijing(recordedAt);
    }

    public boolean positive() {
        return verdict.positive();
    }
}
