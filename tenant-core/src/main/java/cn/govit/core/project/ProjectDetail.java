package cn.govit.core.project;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;

/**
 * One project with its whole application and what the tenant's rules in force today find about it;
 * {@code omFundingWithheld}: a sanction is in force on its owner unit, 市财政不再安排项目（系统）运维经费 (第三十三条).
 */
public record ProjectDetail(ProjectView project, Application application, List<Finding> findings,
                            boolean omFundingWithheld) {
}
