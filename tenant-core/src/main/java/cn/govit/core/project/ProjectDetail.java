package cn.govit.core.project;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;

/**
 * One project with its whole application and what the tenant's rules in force today find about it.
 */
public record ProjectDetail(ProjectView project, Application application, List<Finding> findings) {
}
