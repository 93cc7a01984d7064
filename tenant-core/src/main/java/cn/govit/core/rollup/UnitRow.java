package cn.govit.core.rollup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.govit.core.inventory.Criterion;

/**
 * One owner unit of a tenant in the city's read model: its systems and their migration (Art. 40) — {@code migrated}
 * run on the city's gov cloud or integrated data centre, {@code inProgress} / {@code reported} / {@code verified} by
 * their plan's status, {@code overdue} past their plan's date unverified on the day it is read (from
 * {@code planDates}, the unverified plans' dates), {@code unplanned} outside the city without a plan — and the four duties of Art. 33 with the names of the systems failing each ({@code failing}; none: met),
 * whether every system is exempt, whether it complies and whether a sanction is in force against it.
 */
public record UnitRow(String tenantCode, String ownerUnit, int systems, int migrated, int inProgress, int reported,
                      int verified, int overdue, int unplanned, List<LocalDate> planDates,
                      Map<Criterion, List<String>> failing, boolean exempt, boolean complies, boolean sanctioned,
                      OffsetDateTime asOf) {

    public boolean meets(Criterion criterion) {
        return failing.getOrDefault(criterion, List.of()).isEmpty();
    }

    public List<String> failingSystems(Criterion criterion) {
        return failing.getOrDefault(criterion, List.of());
    }
}
