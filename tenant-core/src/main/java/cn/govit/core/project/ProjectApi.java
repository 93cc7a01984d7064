package cn.govit.core.project;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.web.ApiProblem;
import cn.govit.core.web.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects} — the caller's tenant's projects; the tenant comes from the token only. */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApi {

    private final ProjectService projects;

    ProjectApi(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    List<ProjectView> list() {
        return projects.list();
    }

    @GetMapping("/{id}")
    ProjectView get(@PathVariable UUID id) {
        // Another tenant's id is simply absent from this tenant's schema: 404, never 403, so ids leak nothing.
        return projects.find(id).orElseThrow(() -> ApiProblem.notFound("project.notFound", id));
    }

    @PostMapping
    ResponseEntity<ProjectView> create(@Valid @RequestBody NewProject draft) {
        ProjectView created = projects.create(draft, CurrentUser.name());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
    }
}
