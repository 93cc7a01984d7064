package cn.govit.core.project;

import java.util.UUID;

/**
 * 草稿已删除 — an owner unit withdrew a draft it never submitted (Art. 4: the unit proposes, and so may
 * withdraw, its own applications). Published inside the deletion's transaction: features holding rows of
 * the project remove theirs first; the audit records it once committed.
 */
public record DraftDeleted(String tenant, UUID projectId, String title, String ownerUnit, String actor) {
}
