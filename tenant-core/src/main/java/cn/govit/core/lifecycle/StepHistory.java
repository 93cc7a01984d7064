package cn.govit.core.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The steps already taken on a project, oldest first — what the articles' time limits count from. */
public record StepHistory(List<Taken> steps) {

    /** One step as the rules see it: what was done, on which date and, where known, when it was recorded. */
    public record Taken(LifecycleAction action, LocalDate occurredOn, OffsetDateTime recordedAt) {

        public Taken(LifecycleAction action, LocalDate occurredOn) {
            this(action, occurredOn, null);
        }
    }

    public StepHistory {
        steps = List.copyOf(steps);
    }

    public static StepHistory of(Taken... steps) {
        return new StepHistory(List.of(steps));
    }

    /** The latest of these steps, if any was taken. */
    public Optional<Taken> last(LifecycleAction... actions) {
        Set<LifecycleAction> wanted = Set.of(actions);
        return steps.reversed().stream().filter(s -> wanted.contains(s.action())).findFirst();
    }

    public boolean contains(LifecycleAction action) {
        return steps.stream().anyMatch(s -> s.action() == action);
    }

    /** Whether a step of {@code action} was taken in {@code year}. */
    public boolean takenIn(LifecycleAction action, int year) {
        return steps.stream().anyMatch(s -> s.action() == action && s.occurredOn().getYear() == year);
    }
}
