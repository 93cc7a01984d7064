package cn.govit.core.project;

import java.util.UUID;

/**
 * 项目已登记或修改 — an owner unit saved a new application or edited one (Art. 4, 8). Status changes are the
 * lifecycle's {@code ProjectStepTaken}; this is everything else a project's registry row shows.
 */
public record ProjectChanged(String tenant, UUID projectId, boolean created, String actor) {
}
