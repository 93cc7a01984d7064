/**
 * 租户管理 — the platform administrator's screens: the tenants by hierarchy with their state, onboarding with
 * the progress of each step, suspension and resumption, and the audit of every admin action (Art. 38–41: the
 * city, its counties, districts and development zones each on the one platform).
 */
package cn.govit.app.admin.ui;
