/** 项目库 — the reserve and implementation libraries by plan year (Art. 9, 10, 13) and their yearly adjustment. */
package cn.govit.app.library.ui;
