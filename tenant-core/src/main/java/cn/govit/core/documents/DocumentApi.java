package cn.govit.core.documents;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.govit.core.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/projects/{projectId}/documents} — upload (multipart {@code file} and {@code type}),
 * list, and download of a project's documents. Another tenant's ids are absent: 404, never 403.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/documents")
class DocumentApi {

    private final DocumentService documents;

    DocumentApi(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping
    ResponseEntity<DocumentView> upload(@PathVariable UUID projectId,
                                        @RequestParam(required = false) MultipartFile file,
                                        @RequestParam(required = false) String type) throws IOException {
        if (file == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.fileMissing", null, "file");
        }
        DocumentView stored = documents.attach(projectId, type(type), file.getOriginalFilename(),
                file.getContentType(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/documents/" + stored.id()))
                .body(stored);
    }

    @GetMapping
    List<DocumentView> list(@PathVariable UUID projectId) {
        return documents.list(projectId);
    }

    @GetMapping("/{documentId}")
    DocumentView get(@PathVariable UUID projectId, @PathVariable UUID documentId) {
        return documents.find(projectId, List.of(documentId)).stream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("document.notFound", documentId));
    }

    /** The bytes as uploaded; the digest is the ETag, so an unchanged copy is not sent twice. */
    @GetMapping("/{documentId}/content")
    ResponseEntity<byte[]> content(@PathVariable UUID projectId, @PathVariable UUID documentId) {
        DocumentContent content = documents.content(projectId, documentId)
                .orElseThrow(() -> ApiProblem.notFound("document.notFound", documentId));
        DocumentView document = content.document();
        MediaType mediaType = MediaType.parseMediaType(document.contentType());
        return ResponseEntity.ok()
                // Text was checked to be UTF-8 on upload; saying so keeps browsers from guessing GBK.
                .contentType(mediaType.getType().equals("text") ? new MediaType(mediaType, StandardCharsets.UTF_8)
                        : mediaType)
                .contentLength(document.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag(document.sha256())
                .body(content.bytes());
    }

    private static DocumentType type(String value) {
        if (value == null || value.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.typeMissing", null, "type");
        }
        try {
            return DocumentType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.unknownType", null, "type", value,
                    Arrays.stream(DocumentType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
