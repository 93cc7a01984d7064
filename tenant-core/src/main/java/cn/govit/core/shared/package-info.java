/** 共享 — texts in Chinese and English, the business time zone. */
@ApplicationModule(displayName = "shared", allowedDependencies = {})
package cn.govit.core.shared;

import org.springframework.modulith.ApplicationModule;
