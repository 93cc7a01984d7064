package cn.govit.core.project;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The project registry of the current tenant. Every call requires a tenant; none crosses tenants. */
@Service
@Validated
public class ProjectService {

    private final ProjectRepository projects;
    private final Clock clock;

    ProjectService(ProjectRepository projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Transactional
    public ProjectView create(@Valid NewProject draft, String actor) {
        TenantContext.require();
        Project project = new Project(draft.title().strip(), draft.kind(), draft.ownerUnit().strip(),
                draft.totalInvestment().setScale(2, RoundingMode.UNNECESSARY), OffsetDateTime.now(clock), actor);
        return projects.save(project).view();
    }

    @Transactional(readOnly = true)
    public List<ProjectView> list() {
        TenantContext.require();
        return projects.findAllByOrderByCreatedAtDesc().stream().map(Project::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ProjectView> find(UUID id) {
        TenantContext.require();
        return projects.findById(id).map(Project::view);
    }
}
