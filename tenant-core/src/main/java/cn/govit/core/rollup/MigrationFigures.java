package cn.govit.core.rollup;

/**
 * 迁移进度与单位合规 — a tenant's systems on their way to the city's gov cloud and data centre (Art. 40), its district
 * clouds' consolidation (Art. 38) and how many of its owner units meet the four duties of Art. 33, from the read
 * model's unit rows; see {@link UnitRow} for what each count holds.
 */
public record MigrationFigures(int systems, int migrated, int inProgress, int reported, int verified, int overdue,
                               int unplanned, int districtClouds, int cloudsConsolidated, int units,
                               int unitsNotCompliant, int unitsExempt, int unitsSanctioned) {

    static final MigrationFigures NONE = new MigrationFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Not yet migrated, neither overdue nor without a plan: on its way within its plan's date (or exempt). */
    public int onPlan() {
        return Math.max(0, systems - migrated - overdue - unplanned);
    }

    MigrationFigures plus(MigrationFigures o) {
        return new MigrationFigures(systems + o.systems, migrated + o.migrated, inProgress + o.inProgress,
                reported + o.reported, verified + o.verified, overdue + o.overdue, unplanned + o.unplanned,
                districtClouds + o.districtClouds, cloudsConsolidated + o.cloudsConsolidated, units + o.units,
                unitsNotCompliant + o.unitsNotCompliant, unitsExempt + o.unitsExempt,
                unitsSanctioned + o.unitsSanctioned);
    }
}
