/**
 * 待办 — what waits for the request's user: the steps its roles take next on the tenant's projects and
 * the opinions its authority owes, with the dates the articles set. Reads the lifecycle; changes nothing.
 */
@ApplicationModule(displayName = "todo", allowedDependencies = {"lifecycle", "project", "authority", "security", "shared", "tenancy"})
package cn.govit.core.todo;

import org.springframework.modulith.ApplicationModule;
