/** 材料 — the documents of projects; an authority's opinion types are its own to upload. */
@ApplicationModule(displayName = "documents", allowedDependencies = {"project", "security", "shared", "tenancy", "web"})
package cn.govit.core.documents;

import org.springframework.modulith.ApplicationModule;
