/** 集中评审 — the bureau's review-meeting workspace and the experts' scoring screen (Art. 10, 11). */
package cn.govit.app.review.ui;
