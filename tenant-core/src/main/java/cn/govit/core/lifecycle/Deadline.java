package cn.govit.core.lifecycle;

import java.time.LocalDate;

/**
 * 时限 — a date the regulation sets for the project's next report or step (Art. 19, 27, 28, 30, 32).
 *
 * @param opensOn the first day the step may be taken, where the article sets one (Art. 30), else {@code null}
 * @param step    the step that meets it (a to-do list puts the date beside that step)
 */
public record Deadline(String article, String labelZh, String labelEn, LocalDate opensOn, LocalDate dueOn,
                       boolean overdue, LifecycleAction step) {
}
