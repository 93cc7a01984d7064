package cn.govit.core.library;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/libraries} — the caller's tenant's reserve and implementation libraries (Art. 9, 10, 13); roles are the service's. */
@RestController
@RequestMapping("/api/v1/libraries")
class LibraryApi {

    private final LibraryService libraries;

    LibraryApi(LibraryService libraries) {
        this.libraries = libraries;
    }

    /** {@code reserve} or {@code implementation}, by plan year. */
    @GetMapping("/{library}")
    LibraryBoard board(@PathVariable Library library, @RequestParam(required = false) String ownerUnit) {
        return libraries.board(library, ownerUnit);
    }

    /** The board as an Excel workbook ({@code .xlsx}). */
    @GetMapping("/{library}/export")
    ResponseEntity<byte[]> export(@PathVariable Library library, @RequestParam(required = false) String ownerUnit) {
        byte[] workbook = libraries.workbook(library, ownerUnit);
        String filename = library.label(java.util.Locale.SIMPLIFIED_CHINESE) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    @GetMapping("/projects/{projectId}/history")
    List<LibraryChangeView> history(@PathVariable UUID projectId) {
        return libraries.history(projectId);
    }

    @GetMapping("/adjustments")
    List<LibraryAdjustmentView> adjustments() {
        return libraries.adjustments();
    }

    /** The yearly adjustment (Art. 9); a second one for the same year is a 409. */
    @PostMapping("/adjustments")
    ResponseEntity<LibraryAdjustmentView> adjust(@Valid @RequestBody AdjustmentRequest request) {
        LibraryAdjustmentView done = libraries.adjust(request);
        return ResponseEntity.created(URI.create("/api/v1/libraries/adjustments/" + done.id())).body(done);
    }
}
