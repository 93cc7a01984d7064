package cn.govit.core.inventory;

import java.util.List;
import java.util.Map;

/**
 * 单位合规情况 — one owner unit's standing under Art. 33, computed from its systems of the inventory: per criterion
 * the names of the systems that fail it (empty: met), and the exempt systems left out (涉密 / 有特殊情况及要求).
 * A unit whose systems are all exempt complies and is {@code exempt}.
 */
public record UnitCompliance(String ownerUnit, Map<Criterion, List<String>> failing, List<Exemptee> exempted,
                             int systems) {

    public boolean complies() {
        return failing.values().stream().allMatch(List::isEmpty);
    }

    public boolean meets(Criterion criterion) {
        return failing.getOrDefault(criterion, List.of()).isEmpty();
    }

    /** Every system of the unit is exempt. */
    public boolean exempt() {
        return !exempted.isEmpty() && exempted.size() == systems;
    }

    /** An exempt system with its reason and who approved it. */
    public record Exemptee(String system, Exemption exemption, String reason, String approver) {
    }
}
