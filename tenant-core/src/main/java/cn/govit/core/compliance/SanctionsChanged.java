package cn.govit.core.compliance;

/** 限制措施变化 — a sanction on an owner unit was proposed, consented to, withdrawn or lifted (Art. 33); {@code inForce}: whether the unit is now sanctioned. */
public record SanctionsChanged(String tenant, String ownerUnit, boolean inForce, String actor) {
}
