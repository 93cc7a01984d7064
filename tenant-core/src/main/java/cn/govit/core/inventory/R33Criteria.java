package cn.govit.core.inventory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 第三十三条 — what a system fails of 未按期完成系统迁移、未编制信息资源目录、未提供数据共享开放接口和归集数据. Data is
 * collected at its update frequency when the last collection to the city sharing library is no older than the
 * period of its most frequent catalogue entry. 涉密或有特殊情况及要求的除外: the caller leaves exempt systems out.
 */
final class R33Criteria {

    private R33Criteria() {
    }

    static Set<Criterion> failing(boolean migrationLate, List<ResourceEntry> resources, boolean sharingInterface,
                                  LocalDate lastCollectedOn, LocalDate today) {
        Set<Criterion> failing = EnumSet.noneOf(Criterion.class);
        if (migrationLate) {
            failing.add(Criterion.MIGRATED);
        }
        if (resources.isEmpty()) {
            failing.add(Criterion.CATALOGUED);
        }
        if (!sharingInterface) {
            failing.add(Criterion.SHARING_INTERFACE);
        }
        if (!collected(resources, lastCollectedOn, today)) {
            failing.add(Criterion.COLLECTED);
        }
        return failing;
    }

    private static boolean collected(List<ResourceEntry> resources, LocalDate lastCollectedOn, LocalDate today) {
        Optional<UpdateFrequency> most = resources.stream().map(ResourceEntry::frequency)
                .min(Comparator.naturalOrder());
        return most.isPresent() && lastCollectedOn != null
                && !lastCollectedOn.plus(most.get().period()).isBefore(today);
    }
}
