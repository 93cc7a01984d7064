package cn.govit.core.lifecycle;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.web.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects/{id}/…} — the lifecycle of one of the caller's tenant's projects. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class LifecycleApi {

    private final LifecycleService lifecycle;

    LifecycleApi(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** The steps the caller's roles allow now, with their requirements. */
    @GetMapping("/actions")
    List<ActionView> actions(@PathVariable UUID projectId) {
        Locale locale = LocaleContextHolder.getLocale();
        return lifecycle.available(projectId, CurrentUser.roles()).stream()
                .map(a -> new ActionView(a, a.label(locale), a.article(), a.documents(), a.explanationRequired()))
                .toList();
    }

    @PostMapping("/steps")
    @ResponseStatus(HttpStatus.CREATED)
    StepView take(@PathVariable UUID projectId, @Valid @RequestBody StepRequest request) {
        return lifecycle.take(projectId, request, CurrentUser.name(), CurrentUser.roles());
    }

    @GetMapping("/steps")
    List<StepView> steps(@PathVariable UUID projectId) {
        return lifecycle.steps(projectId);
    }

    @GetMapping("/deadlines")
    List<Deadline> deadlines(@PathVariable UUID projectId) {
        return lifecycle.deadlines(projectId);
    }

    @GetMapping("/timeline")
    List<TimelineEntry> timeline(@PathVariable UUID projectId) {
        return lifecycle.timeline(projectId);
    }

    /** One step the caller may take, as a client shows it. */
    record ActionView(LifecycleAction action, String label, String article,
                      Set<DocumentType> documents, boolean explanationRequired) {
    }
}
