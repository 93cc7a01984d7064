package cn.govit.core.rollup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import cn.govit.core.library.Library;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.tenancy.TenantLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 市级监管 API (Art. 40) — read-only: every mapping is a GET, so any other method on these paths is 405; the
 * service refuses everyone but a city supervisor of the city's tenant and audits each read.
 */
@RestController
@RequestMapping("/api/v1/supervision")
class SupervisionApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SupervisionService supervision;

    SupervisionApi(SupervisionService supervision) {
        this.supervision = supervision;
    }

    @GetMapping("/overview")
    Overview overview(@RequestParam(required = false) TenantLevel level,
                      @RequestParam(required = false) Integer planYear,
                      @RequestParam(required = false) RiskColour risk) {
        return supervision.overview(new OverviewFilter(level, planYear, risk));
    }

    @GetMapping("/overview/workbook")
    ResponseEntity<byte[]> overviewWorkbook(@RequestParam(required = false) TenantLevel level,
                                            @RequestParam(required = false) Integer planYear,
                                            @RequestParam(required = false) RiskColour risk) {
        return workbook("市级监管汇总表.xlsx", supervision.overviewWorkbook(new OverviewFilter(level, planYear, risk)));
    }

    /** A district's projects, filtered and paged ({@code page} from 0, {@code size} up to 200). */
    @GetMapping("/tenants/{code}")
    DistrictPage district(@PathVariable String code, @RequestParam(required = false) Stage stage,
                          @RequestParam(required = false) ProjectStatus status,
                          @RequestParam(required = false) RiskColour risk,
                          @RequestParam(required = false) Library library,
                          @RequestParam(required = false) Integer planYear,
                          @RequestParam(required = false) String text,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page<ProjectRow> rows = supervision.district(code, new DistrictFilter(stage, status, risk, library, planYear, text),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, RollupService.PAGE)));
        return new DistrictPage(supervision.figures(code), rows.getContent(), rows.getNumber(), rows.getSize(),
                rows.getTotalElements());
    }

    @GetMapping("/tenants/{code}/workbook")
    ResponseEntity<byte[]> districtWorkbook(@PathVariable String code, @RequestParam(required = false) Stage stage,
                                            @RequestParam(required = false) ProjectStatus status,
                                            @RequestParam(required = false) RiskColour risk,
                                            @RequestParam(required = false) Library library,
                                            @RequestParam(required = false) Integer planYear,
                                            @RequestParam(required = false) String text) {
        return workbook(code + "-项目清单.xlsx", supervision.districtWorkbook(code,
                new DistrictFilter(stage, status, risk, library, planYear, text)));
    }

    /** The district's owner units with their migration and the four duties of Art. 33 (Art. 40). */
    @GetMapping("/tenants/{code}/units")
    List<UnitRow> units(@PathVariable String code) {
        return supervision.units(code);
    }

    @GetMapping("/tenants/{code}/projects/{id}")
    SupervisedProject project(@PathVariable String code, @PathVariable UUID id) {
        return supervision.project(code, id);
    }

    /** A page of a district's projects with the district's figures. */
    record DistrictPage(TenantFigures tenant, List<ProjectRow> projects, int page, int size, long total) {
    }

    private static ResponseEntity<byte[]> workbook(String filename, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
