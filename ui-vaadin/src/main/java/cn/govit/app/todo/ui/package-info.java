/** 待办 — the landing page: what waits for the user's step or opinion, overdue first (Art. 19, 27, 28, 30, 32 set the dates). */
package cn.govit.app.todo.ui;
