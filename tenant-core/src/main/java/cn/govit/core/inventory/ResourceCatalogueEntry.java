package cn.govit.core.inventory;

/**
 * 信息资源目录 — one information resource of a system as the open-data interface publishes it (Art. 33, 39): the
 * system, its owner unit, the resource, how often it is updated, whether it is shared and whether the system offers
 * a sharing interface. Classified systems are never in it (Art. 42).
 */
public record ResourceCatalogueEntry(String system, String ownerUnit, String resource, UpdateFrequency frequency,
                                     boolean shared, boolean sharingInterface) {
}
