/** 系统台账与迁移 — the district's board of its information systems and their migration (Art. 15, 33, 38, 40). */
package cn.govit.app.inventory.ui;
