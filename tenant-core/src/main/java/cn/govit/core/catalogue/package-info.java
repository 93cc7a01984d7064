/** 云服务目录 — the city's cloud service catalogue (Art. 8(1), 38). */
@ApplicationModule(displayName = "catalogue", allowedDependencies = {"tenancy"})
package cn.govit.core.catalogue;

import org.springframework.modulith.ApplicationModule;
