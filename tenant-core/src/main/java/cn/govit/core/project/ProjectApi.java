package cn.govit.core.project;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.rules.Finding;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.web.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects} — the caller's tenant's projects; the tenant comes from the token only. */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApi {

    private final ProjectService projects;
    private final Clock clock;

    ProjectApi(ProjectService projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping
    List<ProjectView> list(@RequestParam(required = false) ProjectStatus status,
                           @RequestParam(required = false) ProjectKind kind,
                           @RequestParam(required = false) Integer plannedYear,
                           @RequestParam(required = false) String q) {
        return projects.list(new ProjectFilter(status, kind, plannedYear, q));
    }

    @GetMapping("/{id}")
    ProjectDetail get(@PathVariable UUID id) {
        // Another tenant's id is simply absent from this tenant's schema: 404, never 403, so ids leak nothing.
        return projects.detail(id).orElseThrow(() -> ApiProblem.notFound("project.notFound", id));
    }

    /** Drafts are written by the owner unit's officers (项目建设（业主）单位); the service checks the role and unit. */
    @PostMapping
    ResponseEntity<ProjectView> create(@Valid @RequestBody Application application) {
        ProjectView created = projects.create(application);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    ProjectDetail update(@PathVariable UUID id, @Valid @RequestBody ApplicationUpdate update) {
        return projects.update(id, update);
    }

    /** 删除草稿 (Art. 4): {@code DELETE /api/v1/projects/{id}?version=N}, the owner unit's officer only, drafts only. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> deleteDraft(@PathVariable UUID id, @RequestParam long version) {
        projects.deleteDraft(id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/findings")
    List<Finding> findings(@PathVariable UUID id) {
        return get(id).findings();
    }

    @GetMapping("/{id}/history")
    List<ProjectChange> history(@PathVariable UUID id) {
        return projects.history(id);
    }

    /** Checks an application without saving it, under the rules in force today. */
    @PostMapping("/check")
    List<Finding> check(@Valid @RequestBody Application application) {
        return projects.check(application, LocalDate.now(clock.withZone(BusinessTime.ZONE)));
    }
}
