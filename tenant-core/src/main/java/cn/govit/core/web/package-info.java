/** 接口 — RFC 9457 Problem Details for every refusal, the one handler that writes them. */
@ApplicationModule(displayName = "web", allowedDependencies = {"shared", "tenancy"})
package cn.govit.core.web;

import org.springframework.modulith.ApplicationModule;
