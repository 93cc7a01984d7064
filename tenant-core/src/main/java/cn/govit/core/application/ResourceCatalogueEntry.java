package cn.govit.core.application;

import jakarta.validation.constraints.Size;

/**
 * 政务信息资源目录条目 — one entry with every attribute Art. 8(3) names: classification,
 * responsible party, format, attributes, update frequency, sharing type, sharing method and usage
 * requirements.
 */
public record ResourceCatalogueEntry(
        @Size(max = 200) String name,
        @Size(max = 100) String classification,
        @Size(max = 200) String responsibleParty,
        @Size(max = 50) String format,
        @Size(max = 1000) String attributes,
        @Size(max = 50) String updateFrequency,
        SharingType sharingType,
        @Size(max = 100) String sharingMethod,
        @Size(max = 500) String usageRequirements) {
}
