/**
 * 信息系统台账与迁移 — the inventory of existing government information systems, their migration to the city's gov
 * cloud and integrated data centre (Art. 15, 38, 40), district clouds' consolidation (Art. 38), Excel import and
 * export, and each owner unit's Art. 33 compliance computed from it ({@link cn.govit.core.inventory.InventoryService#compliance()},
 * event {@link cn.govit.core.inventory.InventoryChanged}).
 */
@ApplicationModule(displayName = "inventory", allowedDependencies = {"security", "shared", "tenancy", "unit", "web"})
package cn.govit.core.inventory;

import org.springframework.modulith.ApplicationModule;
