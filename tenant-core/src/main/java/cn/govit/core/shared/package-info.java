/** 共享 — texts in Chinese and English, the business time zone, the layout of a bureau's workbooks. */
@ApplicationModule(displayName = "shared", allowedDependencies = {})
package cn.govit.core.shared;

import org.springframework.modulith.ApplicationModule;
