package cn.govit.core.unit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/owner-units} — the tenant's 项目建设单位名录: every user of the tenant reads it, the bureau and the
 * tenant administrator maintain it (the service checks the role).
 */
@RestController
@RequestMapping("/api/v1/owner-units")
class OwnerUnitApi {

    private final OwnerUnitService units;
    private final OwnerUnitWorkbook workbook;

    OwnerUnitApi(OwnerUnitService units, OwnerUnitWorkbook workbook) {
        this.units = units;
        this.workbook = workbook;
    }

    @GetMapping
    OwnerUnitPage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "50") int size) {
        return units.page(q, page, size);
    }

    @GetMapping("/{id}")
    OwnerUnitView get(@PathVariable UUID id) {
        return units.get(id);
    }

    @PostMapping
    ResponseEntity<OwnerUnitView> create(@Valid @RequestBody OwnerUnitForm form) {
        OwnerUnitView created = units.create(form);
        return ResponseEntity.created(URI.create("/api/v1/owner-units/" + created.id())).body(created);
    }

    /** {@code {"version":…, …}}: the version read before, 409 if someone saved in between. */
    @PutMapping("/{id}")
    OwnerUnitView update(@PathVariable UUID id, @Valid @RequestBody OwnerUnitForm form) {
        return units.update(id, form);
    }

    /** The registry as an Excel workbook ({@code .xlsx}). */
    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("项目建设单位名录.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbook.bytes());
    }
}
