package cn.govit.core.inventory;

import java.util.List;
import java.util.Map;

/**
 * 单位合规情况 — one owner unit's standing under Art. 33, computed from its systems of the inventory: per criterion
 * the names of the systems that fail it (empty: met), and the exempt systems left out (涉密 / 有特殊情况及要求).
 * {@code exempt}: every system of the unit is exempt (it complies, and no sanction can reach it).
 */
public record UnitCompliance(String ownerUnit, boolean complies, boolean exempt, Map<Criterion, List<String>> failing,
                             List<Exemptee> exempted, int systems) {

    static UnitCompliance of(String ownerUnit, Map<Criterion, List<String>> failing, List<Exemptee> exempted,
                             int systems) {
        return new UnitCompliance(ownerUnit, failing.values().stream().allMatch(List::isEmpty),
                !exempted.isEmpty() && exempted.size() == systems, Map.copyOf(failing), List.copyOf(exempted), systems);
    }

    public boolean meets(Criterion criterion) {
        return failing.getOrDefault(criterion, List.of()).isEmpty();
    }

    /** An exempt system with its reason and who approved it. */
    public record Exemptee(String system, Exemption exemption, String reason, String approver) {
    }
}
