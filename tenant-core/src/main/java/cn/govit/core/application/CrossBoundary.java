package cn.govit.core.application;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * 跨部门、跨地域、跨层级共建共享 (Art. 8(6)): the lead unit, co-builders, the business and data
 * flows and the system interfaces of a joint project.
 */
public record CrossBoundary(
        boolean crossDepartment,
        boolean crossRegion,
        boolean crossLevel,
        @Size(max = 200) String leadUnit,
        @Size(max = 50) List<@Size(max = 200) String> coBuilders,
        @Size(max = 4000) String flows,
        @Size(max = 100) List<@Size(max = 300) String> interfaces) {

    public static final CrossBoundary NONE = new CrossBoundary(false, false, false, null, List.of(), null, List.of());

    public CrossBoundary {
        coBuilders = coBuilders == null ? List.of() : List.copyOf(coBuilders);
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
    }

    public boolean any() {
        return crossDepartment || crossRegion || crossLevel;
    }
}
