package cn.govit.core.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.GrantedExceptions;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 意见登记 — the opinions of the authorities of Art. 4 on the current tenant's projects. Only a holder
 * of the authority's role records one, with the signed document it uploaded; a later opinion of the
 * same kind supersedes the earlier one, which stays in the history.
 */
@Service
@Validated
public class OpinionService implements GrantedExceptions {

    /** As for lifecycle steps: an opinion signed on paper may be recorded later, but not years later. */
    private static final int MAX_BACKDATE_YEARS = 2;

    private final OpinionRepository opinions;
    private final ProjectService projects;
    private final DocumentService documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpinionService(OpinionRepository opinions, ProjectService projects, DocumentService documents,
                   ApplicationEventPublisher events, Clock clock) {
        this.opinions = opinions;
        this.projects = projects;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** Records the request's user's opinion, or refuses: 403 another authority's, 400 bad input, 409 document reused. */
    @Transactional
    public OpinionView issue(UUID projectId, @Valid OpinionRequest request) {
        Actor actor = CurrentUser.actor();
        ProjectView project = project(projectId);
        OpinionKind kind = request.kind();
        if (!actor.has(kind.authority().issuer())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "opinion.notYourAuthority", kind.article(), "kind",
                    kind.label(Locale.SIMPLIFIED_CHINESE), kind.authority().label(Locale.SIMPLIFIED_CHINESE));
        }
        if (project.classified()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "document.classifiedProject", "R42", null);
        }
        String conditions = request.conditions() == null || request.conditions().isBlank() ? null
                : request.conditions().strip();
        if (request.verdict() != Verdict.APPROVED && conditions == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, request.verdict() == Verdict.REJECTED
                    ? "opinion.reasonsRequired" : "opinion.conditionsRequired", kind.article(), "conditions");
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate issuedOn = request.issuedOn() == null ? today : request.issuedOn();
        if (issuedOn.isAfter(today)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "step.future", null, "issuedOn");
        }
        if (issuedOn.isBefore(today.minusYears(MAX_BACKDATE_YEARS))) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "step.tooOld", null, "issuedOn", MAX_BACKDATE_YEARS);
        }
        DocumentView document = documents.find(projectId, List.of(request.documentId())).stream().findFirst()
                .orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "document.notOfProject", null, "documentId",
                        request.documentId()));
        if (document.type() != kind.documentType()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "opinion.documentWrongType", kind.article(), "documentId",
                    kind.documentType().label(Locale.SIMPLIFIED_CHINESE), document.type().label(Locale.SIMPLIFIED_CHINESE));
        }
        if (opinions.existsByDocumentId(document.id())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "opinion.documentUsed", kind.article(), "documentId",
                    document.filename());
        }
        Optional<Opinion> previous = opinions.findByProjectIdAndKindAndSupersededFalse(projectId, kind);
        previous.ifPresent(p -> {
            p.supersede();
            // The partial unique index allows one current opinion per kind: retire the old one first.
            opinions.flush();
        });
        Opinion saved = opinions.saveAndFlush(new Opinion(projectId, kind, request.verdict(), conditions, issuedOn,
                actor.name(), kind.authority().issuer(), document.id(), previous.map(Opinion::id).orElse(null),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)));
        events.publishEvent(new OpinionIssued(TenantContext.require().code(), projectId, saved.id(), kind,
                request.verdict(), actor.name()));
        return saved.view(document.filename());
    }

    /** Art. 15: the bureau's current exception opinion consents to compute or storage hardware (Art. 8(1)). */
    @Override
    @Transactional(readOnly = true)
    public boolean centralisationExceptionGranted(UUID projectId) {
        return opinions.findByProjectIdAndKindAndSupersededFalse(projectId, OpinionKind.CENTRALISATION_EXCEPTION)
                .map(o -> o.verdict().positive()).orElse(false);
    }

    /** Every opinion on the project, superseded ones included, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<OpinionView> history(UUID projectId) {
        project(projectId);
        return views(opinions.findByProjectIdOrderByRecordedAtAsc(projectId), projectId);
    }

    /** The opinion of each kind that counts now: the latest, not superseded. */
    @Transactional(readOnly = true)
    public Map<OpinionKind, OpinionView> current(UUID projectId) {
        return history(projectId).stream().filter(OpinionView::current)
                .collect(Collectors.toMap(OpinionView::kind, Function.identity(), (a, b) -> b,
                        () -> new EnumMap<>(OpinionKind.class)));
    }

    /** The projects of the tenant that have a current opinion of any of {@code kinds}, by project. */
    @Transactional(readOnly = true)
    public Map<UUID, List<OpinionKind>> currentKindsByProject(Collection<OpinionKind> kinds) {
        TenantContext.require();
        return opinions.findBySupersededFalseAndKindIn(List.copyOf(kinds)).stream()
                .collect(Collectors.groupingBy(Opinion::projectId,
                        Collectors.mapping(Opinion::kind, Collectors.toList())));
    }

    private List<OpinionView> views(List<Opinion> found, UUID projectId) {
        Map<UUID, String> filenames = documents.find(projectId, found.stream().map(Opinion::documentId).toList()).stream().collect(Collectors.toMap(DocumentView::id, DocumentView::filename));
        return found.stream().map(o -> o.view(filenames.get(o.documentId()))).toList();
    }

    private ProjectView project(UUID projectId) {
        TenantContext.require();
        return projects.find(projectId).orElseThrow(() -> ApiProblem.notFound("project.notFound", projectId));
    }
}
