package cn.govit.core.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import cn.govit.core.application.ProjectKind;
import cn.govit.core.plan.PlanService;
import cn.govit.core.project.ProjectFilter;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.shared.BureauWorkbook;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 项目目录 — the tenant's project catalogue as open data (第十六条: shared through one interface; 第三十三条: a data
 * sharing and opening interface; 第三十九条: the same interface at every level). Every user of the tenant reads its
 * own tenant's catalogue, never another's: the tenant is the token's. Classified projects are not in it (第四十二条).
 */
@Service
public class ProjectCatalogue {

    public static final String VERSION = "v1";
    public static final int MAX_PAGE_SIZE = 500;
    static final String[] HEADERS = {"项目编号", "项目名称", "项目建设单位", "项目类型", "项目状态", "计划年度", "总投资（元）",
            "年度计划安排资金（元）", "登记日期", "最后更新时间"};

    private final ProjectService projects;
    private final PlanService plan;
    private final Clock clock;

    ProjectCatalogue(ProjectService projects, PlanService plan, Clock clock) {
        this.projects = projects;
        this.plan = plan;
        this.clock = clock;
    }

    /** The filters of the catalogue; null means any. */
    public record Filter(ProjectStatus status, ProjectKind kind, Integer year, String ownerUnit, String q) {

        ProjectFilter projectFilter() {
            return new ProjectFilter(status, kind, year, q,
                    ownerUnit == null || ownerUnit.isBlank() ? null : Set.of(ownerUnit.strip()));
        }
    }

    /** Page {@code page} (from 0) of {@code size} entries, at most {@link #MAX_PAGE_SIZE}; 400 naming the field otherwise. */
    public CataloguePage page(Filter filter, int page, int size) {
        TenantContext.require();
        if (page < 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "opendata.badPage", "R33", "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "opendata.badSize", "R33", "size", MAX_PAGE_SIZE);
        }
        OffsetDateTime asOf = OffsetDateTime.now(clock.withZone(BusinessTime.ZONE));
        Map<UUID, BigDecimal> funds = plan.includedFunds();
        Page<ProjectView> found = projects.cataloguePage(filter.projectFilter(), PageRequest.of(page, size));
        return new CataloguePage(VERSION, asOf, page, size, found.getTotalElements(), found.getTotalPages(),
                found.getContent().stream().map(p -> entry(p, funds)).toList());
    }

    /** The catalogue under {@code filter} as CSV (UTF-8 with a BOM, so Excel reads the Chinese), row by row. */
    public void csv(Filter filter, OutputStream out) {
        try {
            Writer w = Csv.start(out, HEADERS);
            each(filter, e -> {
                try {
                    Csv.line(w, e.id(), e.title(), e.ownerUnit(), e.kind(), e.statusLabel(), e.plannedYear(),
                            e.totalInvestment() == null ? null : e.totalInvestment().toPlainString(),
                            e.approvedInvestment() == null ? null : e.approvedInvestment().toPlainString(),
                            e.registeredOn(), e.updatedAt());
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
            w.flush();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** The catalogue under {@code filter} as an Excel workbook streamed with SXSSF, amounts in 万元. */
    public void xlsx(Filter filter, OutputStream out) {
        String title = TenantContext.require().nameZh() + "政务信息化项目目录";
        try (BureauWorkbook book = new BureauWorkbook("项目目录", title, HEADERS, true)) {
            each(filter, e -> book.values(e.id(), e.title(), e.ownerUnit(), e.kind().name(), e.statusLabel(),
                    e.plannedYear(), e.totalInvestment(), e.approvedInvestment(), e.registeredOn(), e.updatedAt()));
            book.widths(38, 36, 24, 14, 12, 10, 14, 16, 12, 28);
            book.write(out);
        }
    }

    private void each(Filter filter, Consumer<CatalogueEntry> each) {
        Map<UUID, BigDecimal> funds = plan.includedFunds();
        projects.eachInCatalogue(filter.projectFilter(), p -> each.accept(entry(p, funds)));
    }

    private static CatalogueEntry entry(ProjectView p, Map<UUID, BigDecimal> funds) {
        return new CatalogueEntry(p.id(), p.title(), p.ownerUnit(), p.kind(), p.status(),
                p.status().label(Locale.SIMPLIFIED_CHINESE), p.plannedYear(), p.totalInvestment(), funds.get(p.id()),
                p.createdAt().toLocalDate(), p.updatedAt());
    }
}
