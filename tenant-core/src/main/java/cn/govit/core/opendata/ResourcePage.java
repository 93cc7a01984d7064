package cn.govit.core.opendata;

import java.time.OffsetDateTime;
import java.util.List;

import cn.govit.core.inventory.ResourceCatalogueEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/** One page of the district's information-resource catalogue (信息资源目录, 第三十三条). */
@Schema(name = "ResourcePage", description = "信息资源目录的一页")
public record ResourcePage(
        @Schema(description = "接口版本", example = "v1") String version,
        @Schema(description = "本页读取时间（北京时间）") OffsetDateTime asOf,
        @Schema(description = "页码，从 0 开始") int page,
        @Schema(description = "每页条数") int size,
        @Schema(description = "符合筛选条件的资源总数") long total,
        List<ResourceCatalogueEntry> items) {
}
