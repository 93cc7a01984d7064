/**
 * The frame every view shares — layout, navigation, i18n, formats (元/万元, dates) — open to all
 * UI features.
 */
@NamedInterface("ui")
package cn.govit.app.base.ui;

import org.springframework.modulith.NamedInterface;
