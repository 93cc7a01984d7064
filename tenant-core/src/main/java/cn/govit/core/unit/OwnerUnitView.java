package cn.govit.core.unit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 项目建设单位 as the registry shows it; {@code creditCode} and the contact are null until the bureau enters them. */
public record OwnerUnitView(UUID id, String name, String creditCode, String competentDepartment, String contactPerson,
                            String contactPhone, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
                            String updatedBy, long version) {
}
