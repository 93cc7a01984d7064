package cn.govit.core.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import cn.govit.core.application.ProjectKind;
import cn.govit.core.inventory.InventoryService;
import cn.govit.core.inventory.ResourceCatalogueEntry;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.rollup.CityProjectCatalogue;
import cn.govit.core.shared.BureauWorkbook;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/open/v1/resources} — the district's information-resource catalogue (信息资源目录, 第三十三条), and
 * {@code /api/open/v1/city/projects} — every district's projects in the city's catalogue (第三十九条, 市县区分级部署),
 * read from the platform's read model for the city's supervisors (第四十条).
 */
@RestController
@RequestMapping(OpenDataApi.BASE)
@Tag(name = "信息资源目录与全市项目目录（开放数据）", description = "第三十三条：编制信息资源目录、提供数据共享开放接口；第三十九条：市县区分级部署")
class CatalogueApi {

    private static final String[] CITY_HEADERS = {"租户代码", "县（区）", "项目编号", "项目名称", "项目建设单位", "项目类型",
            "项目状态", "项目库", "计划年度", "总投资", "批复投资", "统计时间"};

    private final InventoryService inventory;
    private final CityProjectCatalogue city;
    private final Clock clock;

    CatalogueApi(InventoryService inventory, CityProjectCatalogue city, Clock clock) {
        this.inventory = inventory;
        this.city = city;
        this.clock = clock;
    }

    @GetMapping("/resources")
    @Operation(operationId = "listResources", summary = "信息资源目录（分页）",
            description = "本级各信息系统的信息资源：所属系统、建设单位、资源名称、更新频度、是否共享、系统是否提供共享接口；"
                    + "按建设单位、系统、资源排序。涉密系统不在目录中（第四十二条）。")
    ResourcePage resources(
            @Parameter(description = "项目建设单位名称（完全一致）") @RequestParam(required = false) String ownerUnit,
            @Parameter(description = "只列共享（true）或不共享（false）的资源") @RequestParam(required = false) Boolean shared,
            @Parameter(description = "系统或资源名称中包含的文字") @RequestParam(required = false) String q,
            @Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数，1 至 500") @RequestParam(defaultValue = "50") int size) {
        check(page, size, ProjectCatalogue.MAX_PAGE_SIZE);
        List<ResourceCatalogueEntry> all = resources(ownerUnit, shared, q);
        int from = (int) Math.min((long) page * size, all.size());
        return new ResourcePage(ProjectCatalogue.VERSION, OffsetDateTime.now(clock.withZone(BusinessTime.ZONE)), page,
                size, all.size(), all.subList(from, Math.min(from + size, all.size())));
    }

    @GetMapping(value = "/resources.csv", produces = "text/csv")
    @Operation(operationId = "exportResourcesCsv", summary = "信息资源目录导出 CSV", description = "UTF-8（带 BOM）；筛选条件同分页接口。")
    void resourcesCsv(@RequestParam(required = false) String ownerUnit, @RequestParam(required = false) Boolean shared,
                      @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Writer w = Csv.start(response, "信息资源目录.csv", "系统名称", "项目建设单位", "信息资源", "更新频度", "是否共享",
                "提供共享接口");
        for (ResourceCatalogueEntry e : resources(ownerUnit, shared, q)) {
            Csv.line(w, e.system(), e.ownerUnit(), e.resource(), e.frequency().label(Locale.SIMPLIFIED_CHINESE),
                    e.shared() ? "是" : "否", e.sharingInterface() ? "是" : "否");
        }
        w.flush();
    }

    @GetMapping("/city/projects")
    @Operation(operationId = "listCityProjects", summary = "全市项目目录（分页，市级监管）",
            description = "各县（区）、开发区的项目，取自平台的市级汇总读模型；按租户代码、项目编号排序。仅市大数据局的市级监管人员"
                    + "（第四十条）。涉密项目不在目录中。")
    CityProjectCatalogue.Page cityProjects(
            @Parameter(description = "县（区）、开发区的租户代码") @RequestParam(required = false) String tenant,
            @Parameter(description = "项目状态代码") @RequestParam(required = false) ProjectStatus status,
            @Parameter(description = "项目类型") @RequestParam(required = false) ProjectKind kind,
            @Parameter(description = "项目库的计划年度") @RequestParam(required = false) Integer planYear,
            @Parameter(description = "项目名称或建设单位中包含的文字") @RequestParam(required = false) String q,
            @Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数，1 至 500") @RequestParam(defaultValue = "50") int size) {
        return city.page(new CityProjectCatalogue.Filter(tenant, status, kind, planYear, q), page, size);
    }

    @GetMapping(value = "/city/projects.csv", produces = "text/csv")
    @Operation(operationId = "exportCityProjectsCsv", summary = "全市项目目录导出 CSV",
            description = "逐块读取、逐行写出（十万行也不占满内存），金额单位为元；筛选条件同分页接口。")
    void cityProjectsCsv(@RequestParam(required = false) String tenant, @RequestParam(required = false) ProjectStatus status,
                         @RequestParam(required = false) ProjectKind kind, @RequestParam(required = false) Integer planYear,
                         @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        CityProjectCatalogue.Filter filter = new CityProjectCatalogue.Filter(tenant, status, kind, planYear, q);
        // Refused before the first byte: the city's supervisors only.
        city.page(filter, 0, 1);
        Writer w = Csv.start(response, "全市项目目录.csv", "租户代码", "县（区）", "项目编号", "项目名称", "项目建设单位",
                "项目类型", "项目状态", "项目库", "计划年度", "总投资（元）", "批复投资（元）", "统计时间");
        city.each(filter, e -> {
            try {
                Csv.line(w, e.tenant(), e.tenantName(), e.id(), e.title(), e.ownerUnit(), e.kind(),
                        e.status().label(Locale.SIMPLIFIED_CHINESE), e.library(), e.planYear(), plain(e.totalInvestment()),
                        plain(e.approvedInvestment()), e.asOf());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        });
        w.flush();
    }

    @GetMapping(value = "/city/projects.xlsx", produces = OpenDataApi.XLSX)
    @Operation(operationId = "exportCityProjectsXlsx", summary = "全市项目目录导出 Excel",
            description = "流式写出（SXSSF）的 Excel 工作簿，逐块读取，金额单位为万元；筛选条件同分页接口。")
    void cityProjectsXlsx(@RequestParam(required = false) String tenant,
                          @RequestParam(required = false) ProjectStatus status,
                          @RequestParam(required = false) ProjectKind kind,
                          @RequestParam(required = false) Integer planYear, @RequestParam(required = false) String q,
                          HttpServletResponse response) throws IOException {
        CityProjectCatalogue.Filter filter = new CityProjectCatalogue.Filter(tenant, status, kind, planYear, q);
        // Refused before the first byte: the city's supervisors only.
        city.page(filter, 0, 1);
        OpenDataApi.download(response, OpenDataApi.XLSX, "全市项目目录.xlsx");
        try (BureauWorkbook book = new BureauWorkbook("全市项目目录", "全市政务信息化项目目录", CITY_HEADERS)) {
            city.each(filter, e -> book.values(e.tenant(), e.tenantName(), e.id(), e.title(), e.ownerUnit(), e.kind(),
                    e.status().label(Locale.SIMPLIFIED_CHINESE), e.library(), e.planYear(), e.totalInvestment(),
                    e.approvedInvestment(), e.asOf()));
            book.widths(12, 14, 38, 36, 24, 14, 12, 14, 10, 14, 14, 28);
            book.write(response.getOutputStream());
        }
    }

    private List<ResourceCatalogueEntry> resources(String ownerUnit, Boolean shared, String q) {
        String text = q == null || q.isBlank() ? null : q.strip();
        return inventory.resourceCatalogue().stream()
                .filter(e -> ownerUnit == null || ownerUnit.isBlank() || e.ownerUnit().equals(ownerUnit.strip()))
                .filter(e -> shared == null || e.shared() == shared)
                .filter(e -> text == null || e.system().contains(text) || e.resource().contains(text))
                .toList();
    }

    private static void check(int page, int size, int max) {
        if (page < 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "opendata.badPage", "R33", "page");
        }
        if (size < 1 || size > max) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "opendata.badSize", "R33", "size", max);
        }
    }

    private static String plain(BigDecimal yuan) {
        return yuan == null ? null : yuan.toPlainString();
    }
}
