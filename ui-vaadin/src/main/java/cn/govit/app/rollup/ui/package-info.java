/** 市级监管 — the city supervisors' dashboard of every district, its drill-down and the read-only project (Art. 40). */
package cn.govit.app.rollup.ui;
