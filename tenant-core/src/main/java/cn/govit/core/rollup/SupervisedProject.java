package cn.govit.core.rollup;

import java.util.List;

import cn.govit.core.lifecycle.Deadline;
import cn.govit.core.lifecycle.StepView;
import cn.govit.core.project.ProjectDetail;

/** One project of a district as the city's supervisor reads it (Art. 40): read from the district, never writable. */
public record SupervisedProject(String tenantCode, String tenantName, ProjectDetail project, List<StepView> steps,
                                List<Deadline> deadlines) {
}
