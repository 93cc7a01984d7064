package cn.govit.core.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.govit.core.project.ProjectStatus;
import cn.govit.core.rules.RuleSet;

/**
 * 时限 — one article's time limit: the window in which a step must be taken, counted from an earlier
 * step under the rules in force when that clock started. The same window gives the deadline shown on
 * the project and the lateness recorded on the step.
 */
public interface TimeLimit {

    /** The article, e.g. {@code R27}. */
    String article();

    /** The stages in which the project faces this limit. */
    Set<ProjectStatus> runsIn();

    /** The step that meets the limit. */
    LifecycleAction metBy();

    /**
     * The window as it stands on {@code reference} (today for a deadline, the step's date for lateness),
     * or empty if this article's clock is not running.
     *
     * @param rulesOn the tenant's rules in force on a date
     */
    Optional<Window> window(StepHistory history, Function<LocalDate, RuleSet> rulesOn, LocalDate reference);

    /** When the step may first be taken ({@code null}: at once) and when it is due. */
    record Window(LocalDate opensOn, LocalDate dueOn) {

        public boolean missedOn(LocalDate date) {
            return date.isAfter(dueOn);
        }
    }
}
