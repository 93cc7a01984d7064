package cn.govit.core.opendata;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of the project catalogue with the total the filters match and the moment it was read. */
@Schema(name = "CataloguePage", description = "项目目录的一页")
public record CataloguePage(
        @Schema(description = "接口版本", example = "v1") String version,
        @Schema(description = "本页读取时间（北京时间）") OffsetDateTime asOf,
        @Schema(description = "页码，从 0 开始") int page,
        @Schema(description = "每页条数") int size,
        @Schema(description = "符合筛选条件的项目总数") long total,
        @Schema(description = "总页数") int totalPages,
        List<CatalogueEntry> items) {
}
