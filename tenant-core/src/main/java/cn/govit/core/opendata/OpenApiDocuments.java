package cn.govit.core.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 documents generated from the code where springdoc is present (the app): the open-data interface at
 * {@code /v3/api-docs/open-data}, the whole API at {@code /v3/api-docs/all} and {@code /v3/api-docs}, so a client pages
 * through the catalogue with the paths and parameters the document gives (第三十三条).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springdoc.core.models.GroupedOpenApi")
class OpenApiDocuments {

    @Bean
    OpenAPI govitOpenApi() {
        return new OpenAPI().info(new Info().title("政务信息化项目集约化建设管理平台 API").version(ProjectCatalogue.VERSION)
                .description("租户由令牌确定；错误为 RFC 9457 Problem Details（含 article、field）。"));
    }

    @Bean
    GroupedOpenApi openDataGroup() {
        return GroupedOpenApi.builder().group("open-data").displayName("开放数据 v1")
                .pathsToMatch(OpenDataApi.BASE + "/**").build();
    }

    @Bean
    GroupedOpenApi allGroup() {
        return GroupedOpenApi.builder().group("all").displayName("全部接口").pathsToMatch("/api/**").build();
    }
}
