/** 项目建设单位 — the district's register of owner units (Art. 4), kept by its bureau and tenant administrator. */
package cn.govit.app.unit.ui;
