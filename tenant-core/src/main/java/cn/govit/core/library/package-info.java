/**
 * 项目库 — the reserve library (储备库, Art. 10) and the implementation library (实施库, Art. 13) on the
 * three-year rolling horizon of Art. 9, kept from the lifecycle's steps, which does not know this feature.
 */
@ApplicationModule(displayName = "library", allowedDependencies = {"lifecycle", "project", "rules", "security", "shared", "tenancy", "web"})
package cn.govit.core.library;

import org.springframework.modulith.ApplicationModule;
