package cn.govit.core.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.govit.core.project.ProjectService;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.project.ProjectView;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * 项目材料 — the documents of the current tenant's projects: application plans, opinions, minutes.
 * A document is stored on its own as soon as it is uploaded, so a lifecycle step that fails later
 * loses none; the step that succeeds links the documents it relied on ({@link #linkToStep}).
 */
@Service
public class DocumentService {

    private static final int MAX_FILENAME_LENGTH = 255;

    private final DocumentRepository documents;
    private final ProjectService projects;
    private final Clock clock;
    private final DataSize maxSize;

    DocumentService(DocumentRepository documents, ProjectService projects, Clock clock,
                    @Value("${govit.documents.max-size:20MB}") DataSize maxSize) {
        this.documents = documents;
        this.projects = projects;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /**
     * Stores a file for a project after checking it: an authority's opinion only from that authority
     * (403), not empty, within {@code govit.documents.max-size} (413), of an accepted type (415) and
     * really of the type it claims to be (415). The uploader is the request's user.
     */
    @Transactional
    public DocumentView attach(UUID projectId, DocumentType type, String filename, String declaredContentType,
                               byte[] content) {
        Actor actor = CurrentUser.actor();
        ProjectView project = project(projectId);
        if (project.classified()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "document.classifiedProject", "R42", null);
        }
        if (type == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.typeMissing", null, "type");
        }
        if (type.reserved() && !actor.hasAny(type.issuers())) {
            // Art. 4: an opinion is the issuing body's; an owner's uploads are application material only.
            throw new ApiProblem(HttpStatus.FORBIDDEN, "document.reservedType", "R4", "type",
                    type.label(Locale.SIMPLIFIED_CHINESE), type.issuers().stream()
                    .map(r -> r.label(Locale.SIMPLIFIED_CHINESE)).sorted().collect(Collectors.joining("、")));
        }
        if (actor.roles().equals(Set.of(Role.OWNER_OFFICER)) && !actor.actsFor(project.ownerUnit())) {
            // Art. 4: an owner unit's material is its own; an officer of another unit adds none to this project.
            throw new ApiProblem(HttpStatus.FORBIDDEN, "project.notYourUnit", "R4", "ownerUnit", project.ownerUnit());
        }
        if (content == null || content.length == 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.empty", null, "file");
        }
        if (content.length > maxSize.toBytes()) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "document.tooLarge", null, "file",
                    maxSize.toMegabytes(), String.format(Locale.ROOT, "%.1f", content.length / 1024.0 / 1024.0));
        }
        DocumentFormat format = DocumentFormat.of(declaredContentType).orElseThrow(() -> new ApiProblem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.typeNotAllowed", null, "file",
                Objects.requireNonNullElse(declaredContentType, "")));
        if (!format.matches(content)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    format == DocumentFormat.TEXT ? "document.textNotUtf8" : "document.mislabelled", null, "file",
                    format.contentType());
        }
        String name = sanitized(filename);
        // PostgreSQL keeps microseconds: the upload's answer then equals every later reading of it.
        ProjectDocument document = new ProjectDocument(projectId, type, name, format.contentType(), content,
                sha256(content), actor.name(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        return documents.saveAndFlush(document).view();
    }

    /** The project's documents, newest first, without their content. */
    @Transactional(readOnly = true)
    public List<DocumentView> list(UUID projectId) {
        project(projectId);
        return documents.views(projectId);
    }

    /** A document with its bytes, if it belongs to that project of the current tenant. */
    @Transactional(readOnly = true)
    public Optional<DocumentContent> content(UUID projectId, UUID documentId) {
        TenantContext.require();
        return documents.findByIdAndProjectId(documentId, projectId)
                .map(d -> new DocumentContent(d.view(), d.content()));
    }

    /** Those of {@code ids} that are documents of the project, newest first. */
    @Transactional(readOnly = true)
    public List<DocumentView> find(UUID projectId, Collection<UUID> ids) {
        TenantContext.require();
        return ids.isEmpty() ? List.of() : documents.views(projectId, Set.copyOf(ids));
    }

    /** Whether the project has at least one document of that type, e.g. the plan of Art. 8 before submission. */
    @Transactional(readOnly = true)
    public boolean hasType(UUID projectId, DocumentType type) {
        TenantContext.require();
        return documents.existsByProjectIdAndType(projectId, type);
    }

    /**
     * Records that a lifecycle step relied on these documents. Joins the step's transaction: if the step
     * fails, the link is undone and the documents stay, unlinked. A document already supporting another
     * step keeps it (409); an id that is not a document of the project is a 400 on {@code documentIds}.
     */
    @Transactional
    public void linkToStep(UUID projectId, Collection<UUID> documentIds, UUID stepId) {
        Objects.requireNonNull(stepId, "stepId");
        TenantContext.require();
        Set<UUID> ids = Set.copyOf(documentIds);
        if (ids.isEmpty()) {
            return;
        }
        List<DocumentView> found = documents.views(projectId, ids);
        Set<UUID> missing = new HashSet<>(ids);
        found.forEach(d -> missing.remove(d.id()));
        if (!missing.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.notOfProject", null, "documentIds",
                    missing.iterator().next());
        }
        found.stream().filter(d -> d.stepId() != null && !d.stepId().equals(stepId)).findFirst().ifPresent(d -> {
            throw new ApiProblem(HttpStatus.CONFLICT, "document.alreadyLinked", null, "documentIds", d.filename());
        });
        documents.linkToStep(projectId, ids, stepId);
    }

    private ProjectView project(UUID projectId) {
        TenantContext.require();
        return projects.find(projectId).orElseThrow(() -> ApiProblem.notFound("project.notFound", projectId));
    }

    /** The name without any path a browser or client sent along, without control characters, at most 255 long. */
    private static String sanitized(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.filenameMissing", null, "file");
        }
        if (name.codePointCount(0, name.length()) <= MAX_FILENAME_LENGTH) {
            return name;
        }
        // Too long: shorten the stem and keep the extension, which tells the reader how to open the file.
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        int keep = MAX_FILENAME_LENGTH - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
