/**
 * 项目申报书 — the content of a project application as Article 8 lists it: plain values, no
 * persistence and no behaviour beyond what the values themselves mean.
 */
@ApplicationModule(displayName = "application", allowedDependencies = {})
package cn.govit.core.application;

import org.springframework.modulith.ApplicationModule;
