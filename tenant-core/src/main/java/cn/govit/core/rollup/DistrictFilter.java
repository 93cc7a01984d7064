package cn.govit.core.rollup;

import cn.govit.core.library.Library;
import cn.govit.core.project.ProjectStatus;

/** Filters of a district's project list in the city's drill-down; {@code null} means any. */
public record DistrictFilter(Stage stage, ProjectStatus status, RiskColour risk, Library library, Integer planYear,
                             String text) {

    public static final DistrictFilter ALL = new DistrictFilter(null, null, null, null, null, null);
}
