package cn.govit.core.inventory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/inventory} — the caller's tenant's system inventory and migration (Art. 15, 38, 40), its owner units'
 * compliance (Art. 33), and the city supervisor's verification of a district's migration; roles are the service's.
 */
@RestController
@RequestMapping("/api/v1/inventory")
class InventoryApi {

    private final InventoryService inventory;

    InventoryApi(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/systems")
    List<SystemView> systems(@RequestParam(required = false) String ownerUnit,
                             @RequestParam(required = false) SystemLocation location,
                             @RequestParam(required = false) MigrationStatus status,
                             @RequestParam(defaultValue = "false") boolean flagged) {
        return inventory.systems(new SystemFilter(ownerUnit, location, status, flagged));
    }

    @GetMapping("/systems/{id}")
    SystemView system(@PathVariable UUID id) {
        return inventory.system(id);
    }

    @PostMapping("/systems")
    ResponseEntity<SystemView> register(@RequestBody SystemForm form) {
        SystemView created = inventory.register(form);
        return ResponseEntity.created(URI.create("/api/v1/inventory/systems/" + created.id())).body(created);
    }

    @PutMapping("/systems/{id}")
    SystemView update(@PathVariable UUID id, @RequestBody SystemForm form) {
        return inventory.update(id, form);
    }

    /** {@code {"version": …}}: the district reports the migration done (Art. 40). */
    @PostMapping("/systems/{id}/completion")
    SystemView reportCompletion(@PathVariable UUID id, @RequestBody VersionRef body) {
        return inventory.reportCompletion(id, body.version());
    }

    /** The workbook to fill in ({@code .xlsx}, headers in Chinese). */
    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return workbook(inventory.template(), "信息系统台账模板.xlsx");
    }

    /** The inventory as the template filled in, narrowed as the list is. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String ownerUnit,
                                  @RequestParam(required = false) SystemLocation location,
                                  @RequestParam(required = false) MigrationStatus status,
                                  @RequestParam(defaultValue = "false") boolean flagged) {
        return workbook(inventory.export(new SystemFilter(ownerUnit, location, status, flagged)), "信息系统台账.xlsx");
    }

    /** Multipart {@code file}: the filled-in template; 422 with {@code errors} by row and column, nothing imported. */
    @PostMapping("/import")
    ImportResult importWorkbook(@RequestParam(required = false) MultipartFile file, Locale locale) throws IOException {
        if (file == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.fileMissing", null, "file");
        }
        return inventory.importWorkbook(file.getBytes(), locale);
    }

    private static ResponseEntity<byte[]> workbook(byte[] bytes, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    @GetMapping("/compliance")
    List<UnitCompliance> compliance() {
        return inventory.unitCompliance();
    }

    @GetMapping("/district-clouds")
    List<DistrictCloudView> districtClouds() {
        return inventory.districtClouds();
    }

    @PostMapping("/district-clouds")
    ResponseEntity<DistrictCloudView> recordDistrictCloud(@Valid @RequestBody DistrictCloudForm form) {
        DistrictCloudView created = inventory.recordDistrictCloud(form);
        return ResponseEntity.created(URI.create("/api/v1/inventory/district-clouds/" + created.id())).body(created);
    }

    @PutMapping("/district-clouds/{id}")
    DistrictCloudView consolidate(@PathVariable UUID id, @Valid @RequestBody DistrictCloudForm form) {
        return inventory.consolidate(id, form);
    }

    /** The city supervisor: a district's migrations reported done, waiting for verification (Art. 40). */
    @GetMapping("/districts/{district}/awaiting-verification")
    List<SystemView> awaitingVerification(@PathVariable String district) {
        return inventory.awaitingVerification(district);
    }

    /** {@code {"note": …}}: the city supervisor verifies a district's reported migration (Art. 40). */
    @PostMapping("/districts/{district}/systems/{id}/verification")
    SystemView verify(@PathVariable String district, @PathVariable UUID id, @RequestBody(required = false) Verification body) {
        return inventory.verify(district, id, body == null ? null : body.note());
    }

    record VersionRef(long version) {
    }

    record Verification(String note) {
    }
}
