package cn.govit.core.lifecycle;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.Finding;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects/{id}/…} — the lifecycle of one of the caller's tenant's projects; {@code /api/v1/opinions/inbox}. */
@RestController
class LifecycleApi {

    private static final String PROJECT = "/api/v1/projects/{projectId}";

    private final LifecycleService lifecycle;

    LifecycleApi(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** The steps the caller's roles allow now, with their requirements and what the articles still ask. */
    @GetMapping(PROJECT + "/actions")
    List<ActionView> actions(@PathVariable UUID projectId) {
        Locale locale = LocaleContextHolder.getLocale();
        List<LifecycleAction> available = lifecycle.available(projectId);
        Map<LifecycleAction, List<Finding>> outstanding = lifecycle.outstanding(projectId, available);
        return available.stream()
                .map(a -> new ActionView(a, a.label(locale), a.article(), a.documents(), a.explanationRequired(),
                        outstanding.get(a)))
                .toList();
    }

    @PostMapping(PROJECT + "/steps")
    @ResponseStatus(HttpStatus.CREATED)
    StepView take(@PathVariable UUID projectId, @Valid @RequestBody StepRequest request) {
        return lifecycle.take(projectId, request);
    }

    @GetMapping(PROJECT + "/steps")
    List<StepView> steps(@PathVariable UUID projectId) {
        return lifecycle.steps(projectId);
    }

    @GetMapping(PROJECT + "/deadlines")
    List<Deadline> deadlines(@PathVariable UUID projectId) {
        return lifecycle.deadlines(projectId);
    }

    @GetMapping(PROJECT + "/timeline")
    List<TimelineEntry> timeline(@PathVariable UUID projectId) {
        return lifecycle.timeline(projectId);
    }

    /** 待出具意见 — the caller's authority's inbox: projects of its tenant waiting for its opinion. */
    @GetMapping("/api/v1/opinions/inbox")
    List<InboxEntry> inbox() {
        Locale locale = LocaleContextHolder.getLocale();
        return lifecycle.awaitingMyOpinion().stream()
                .map(a -> new InboxEntry(a.project(), a.kind(), a.kind().label(locale), a.article(),
                        a.kind().documentType()))
                .toList();
    }

    /**
     * One step the caller may take, as a client shows it.
     *
     * @param outstanding what the articles still ask before it can be taken today, e.g. a missing opinion
     */
    record ActionView(LifecycleAction action, String label, String article, Set<DocumentType> documents,
                      boolean explanationRequired, List<Finding> outstanding) {
    }

    /** A project waiting for the caller's opinion, and the document type the opinion is issued with. */
    record InboxEntry(ProjectView project, OpinionKind kind, String label, String article, DocumentType documentType) {
    }
}
