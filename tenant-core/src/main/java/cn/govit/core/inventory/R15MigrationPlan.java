package cn.govit.core.inventory;

import java.time.LocalDate;

/**
 * 第十五条 — systems in use migrate from business private networks to the government network and, by physical move,
 * application move or disaster-recovery copy, to the city's gov cloud (Art. 38: the city's integrated data centre).
 * A system outside them with no plan is flagged; a plan whose date has passed before the city verified it is overdue.
 */
final class R15MigrationPlan {

    private R15MigrationPlan() {
    }

    static boolean unplanned(SystemLocation location, MigrationPlan plan) {
        return plan == null && !location.inCity();
    }

    /** Overdue from the day after its planned date (the date is the last day), until the city verifies it. */
    static boolean overdue(MigrationPlan plan, LocalDate today) {
        return plan != null && plan.status() != MigrationStatus.VERIFIED && today.isAfter(plan.plannedOn());
    }
}
