package cn.govit.core.inventory;

/** What an import did: systems created, changed, and rows that matched the inventory as it was. */
public record ImportResult(int created, int updated, int unchanged) {
}
