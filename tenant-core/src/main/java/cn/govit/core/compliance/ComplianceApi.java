package cn.govit.core.compliance;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.govit.core.web.ApiProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 合规限制 (Art. 33) at {@code /api/v1/compliance/sanctions}; the service checks who may do what. */
@RestController
@RequestMapping("/api/v1/compliance/sanctions")
class ComplianceApi {

    private final ComplianceService compliance;

    ComplianceApi(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GetMapping
    List<SanctionView> list(@RequestParam(required = false) String ownerUnit) {
        return ownerUnit == null ? compliance.list() : compliance.history(ownerUnit);
    }

    @GetMapping("/{id}")
    SanctionView get(@PathVariable UUID id) {
        return compliance.get(id);
    }

    @PostMapping
    ResponseEntity<SanctionView> propose(@RequestBody ComplianceService.Proposal proposal) {
        SanctionView created = compliance.propose(proposal);
        return ResponseEntity.created(URI.create("/api/v1/compliance/sanctions/" + created.id())).body(created);
    }

    /** The city government's consent: date, 文号 and the signed document (multipart {@code file}). */
    @PostMapping("/{id}/consent")
    SanctionView consent(@PathVariable UUID id,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @RequestParam(required = false) String documentNumber,
                         @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "compliance.consentFileMissing", "R33", "file");
        }
        return compliance.consent(id, new Consent(date, documentNumber), file.getOriginalFilename(),
                file.getContentType(), file.getBytes());
    }

    @GetMapping("/{id}/consent/content")
    ResponseEntity<byte[]> consentContent(@PathVariable UUID id) {
        SanctionView.ConsentFile file = compliance.get(id).consentFile();
        byte[] content = compliance.consentDocument(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.ETAG, "\"" + file.sha256() + "\"").body(content);
    }

    @PostMapping("/{id}/withdrawal")
    SanctionView withdraw(@PathVariable UUID id) {
        return compliance.withdraw(id);
    }

    @PostMapping("/{id}/lifting")
    SanctionView lift(@PathVariable UUID id, @RequestBody(required = false) ComplianceService.Note note) {
        return compliance.lift(id, note);
    }
}
