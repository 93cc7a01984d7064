package cn.govit.core.inventory;

/** Narrows the inventory: owner unit, where it runs, migration status, only the flagged (overdue or unplanned). */
public record SystemFilter(String ownerUnit, SystemLocation location, MigrationStatus status, boolean flaggedOnly) {

    public static final SystemFilter ALL = new SystemFilter(null, null, null, false);

    boolean accepts(SystemView s) {
        return (ownerUnit == null || ownerUnit.isBlank() || ownerUnit.strip().equals(s.ownerUnit()))
                && (location == null || location == s.location())
                && (status == null || s.plan() != null && status == s.plan().status())
                && (!flaggedOnly || s.overdue() || s.unplanned());
    }
}
