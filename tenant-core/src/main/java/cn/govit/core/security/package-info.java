/** 身份 — the realm roles, who acts in a request, and the app's resource-server security. */
@ApplicationModule(displayName = "security", allowedDependencies = {"web", "tenancy", "shared"})
package cn.govit.core.security;

import org.springframework.modulith.ApplicationModule;
