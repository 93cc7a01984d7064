package cn.govit.core.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * 迁移进度 — how far a tenant's systems have come on their way to the city's gov cloud and integrated data centre
 * (Art. 15, 38, 40), per owner unit, and its district clouds' consolidation (Art. 38), for the city roll-up.
 */
public record MigrationProgress(List<Unit> units, int districtClouds, int consolidatedClouds) {

    /**
     * One owner unit's systems: {@code migrated} run on the city's cloud or data centre (a verified migration moved
     * them there), {@code inProgress} / {@code reported} / {@code verified} by their plan's status, {@code overdue}
     * past their plan's date unverified, {@code unplanned} outside the city without a plan; {@code planDates} the
     * dates of the plans not yet verified (exempt systems aside), so a reader on a later day finds those overdue then
     * (Art. 15: overdue from the day after the date).
     */
    public record Unit(String ownerUnit, int systems, int migrated, int inProgress, int reported, int verified,
                       int overdue, int unplanned, List<LocalDate> planDates) {
    }

    static Unit of(String ownerUnit, List<SystemView> systems) {
        return new Unit(ownerUnit, systems.size(), count(systems, s -> s.location().inCity()),
                count(systems, s -> status(s, MigrationStatus.IN_PROGRESS)),
                count(systems, s -> status(s, MigrationStatus.COMPLETION_REPORTED)),
                count(systems, s -> status(s, MigrationStatus.VERIFIED)),
                count(systems, SystemView::overdue), count(systems, SystemView::unplanned),
                systems.stream().filter(s -> !s.exempt() && s.plan() != null
                                && s.plan().status() != MigrationStatus.VERIFIED)
                        .map(s -> s.plan().plannedOn()).sorted().toList());
    }

    private static boolean status(SystemView s, MigrationStatus status) {
        return s.plan() != null && s.plan().status() == status;
    }

    private static int count(List<SystemView> systems, Predicate<SystemView> which) {
        return (int) systems.stream().filter(which).count();
    }
}
