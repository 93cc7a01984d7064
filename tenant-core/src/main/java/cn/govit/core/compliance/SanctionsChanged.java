package cn.govit.core.compliance;

/** 限制措施变化 — a sanction on an owner unit was imposed or lifted (Art. 33). */
public record SanctionsChanged(String tenant, String ownerUnit, boolean inForce, String actor) {
}
