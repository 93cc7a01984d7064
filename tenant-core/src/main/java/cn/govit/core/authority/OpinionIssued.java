package cn.govit.core.authority;

import java.util.UUID;

/** Event: an authority recorded an opinion on a project, e.g. the secrecy bureau's 同意 of Art. 8(10). */
public record OpinionIssued(String tenant, UUID projectId, UUID opinionId, OpinionKind kind, Verdict verdict,
                            String issuedBy) {
}
