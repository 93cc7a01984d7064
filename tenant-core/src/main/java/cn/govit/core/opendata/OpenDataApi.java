package cn.govit.core.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletResponse;

import cn.govit.core.application.ProjectKind;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /api/open/v1} — the open-data interface of the platform (第十六条、第三十三条、第三十九条), versioned in its
 * path: a later version gets {@code /api/open/v2} beside it. Behind the gateway like every path, so a token is
 * needed; the tenant is the token's, and any user of the tenant reads its catalogue.
 */
@RestController
@RequestMapping(OpenDataApi.BASE)
@Tag(name = "项目目录（开放数据）", description = "本级政务信息化项目目录：第十六条、第三十三条、第三十九条要求的数据共享开放接口")
class OpenDataApi {

    static final String BASE = "/api/open/v1";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProjectCatalogue catalogue;

    OpenDataApi(ProjectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/projects")
    @Operation(operationId = "listProjects", summary = "项目目录（分页）",
            description = "按登记时间由早到晚、再按项目编号排序，新登记的项目只会出现在最后一页。响应带 ETag，"
                    + "以 If-None-Match 再次请求时若目录未变则返回 304。涉密项目不在目录中（第四十二条）。")
    ResponseEntity<CataloguePage> projects(
            @Parameter(description = "项目状态代码") @RequestParam(required = false) ProjectStatus status,
            @Parameter(description = "项目类型") @RequestParam(required = false) ProjectKind kind,
            @Parameter(description = "计划年度") @RequestParam(required = false) Integer year,
            @Parameter(description = "项目建设单位名称（完全一致）") @RequestParam(required = false) String ownerUnit,
            @Parameter(description = "项目名称或建设单位中包含的文字") @RequestParam(required = false) String q,
            @Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数，1 至 500") @RequestParam(defaultValue = "50") int size,
            WebRequest request) {
        CataloguePage found = catalogue.page(new ProjectCatalogue.Filter(status, kind, year, ownerUnit, q), page, size);
        String etag = etag(found);
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(found);
    }

    @GetMapping(value = "/projects.csv", produces = "text/csv")
    @Operation(operationId = "exportProjectsCsv", summary = "项目目录导出 CSV",
            description = "UTF-8（带 BOM，Excel 可直接打开），逐行写出，金额单位为元；筛选条件同分页接口。")
    void csv(@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) ProjectKind kind,
             @RequestParam(required = false) Integer year, @RequestParam(required = false) String ownerUnit,
             @RequestParam(required = false) String q, HttpServletResponse response) throws java.io.IOException {
        download(response, "text/csv;charset=UTF-8", "项目目录.csv");
        catalogue.csv(new ProjectCatalogue.Filter(status, kind, year, ownerUnit, q), response.getOutputStream());
    }

    @GetMapping(value = "/projects.xlsx", produces = XLSX)
    @Operation(operationId = "exportProjectsXlsx", summary = "项目目录导出 Excel",
            description = "流式写出的 Excel 工作簿，金额单位为万元；筛选条件同分页接口。")
    void xlsx(@RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) ProjectKind kind,
              @RequestParam(required = false) Integer year, @RequestParam(required = false) String ownerUnit,
              @RequestParam(required = false) String q, HttpServletResponse response) throws java.io.IOException {
        download(response, XLSX, "项目目录.xlsx");
        catalogue.xlsx(new ProjectCatalogue.Filter(status, kind, year, ownerUnit, q), response.getOutputStream());
    }

    static void download(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8).build().toString());
    }

    /** What the page says, without the moment it was read: the same catalogue page gives the same tag. */
    private static String etag(CataloguePage page) {
        StringBuilder s = new StringBuilder(TenantContext.require().code()).append('|').append(page.page()).append('|')
                .append(page.size()).append('|').append(page.total());
        page.items().forEach(e -> s.append('|').append(e.id()).append(e.updatedAt()).append(e.status())
                .append(e.approvedInvestment()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
