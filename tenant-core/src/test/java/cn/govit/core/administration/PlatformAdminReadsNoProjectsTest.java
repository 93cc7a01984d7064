package cn.govit.core.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import cn.govit.core.project.ProjectService;
import cn.govit.core.tenancy.NoTenantException;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.testsupport.Logins;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Least privilege (issue 9, item 6): the platform administrator onboards and suspends tenants but reads none of
 * their projects — not with a tenant header of its choosing, not by a project's address, not through the service.
 */
class PlatformAdminReadsNoProjectsTest extends CoreIntegrationTest {

    @Autowired
    JwtDecoder decoder;
    @Autowired
    ProjectService projects;

    @Test
    void thePlatformAdministratorNamingADistrictInAnyTenantHeaderIsRefusedItsProjectsInChinese() {
        String title = "平台管理员不可见的东湖区项目";
        String id = as("dh-officer").post("/api/v1/projects", Map.of("title", title, "kind", "CONSTRUCTION",
                "ownerUnit", "东湖区数据资源管理局", "totalInvestment", "2860000.00")).expect(201).get("id").asString();

        for (String header : new String[] {"X-Tenant", "X-Tenant-Id", "X-GovIT-Tenant"}) {
            ApiClient admin = as("platform-admin").withHeader(header, "donghu");
            for (String path : new String[] {"/api/v1/projects", "/api/v1/projects/" + id, "/api/v1/projects/" + id
                    + "/history", "/api/v1/projects/" + id + "/documents"}) {
                ApiClient.Response response = admin.get(path);
                assertThat(response.status()).as("%s with %s", path, header).isEqualTo(403);
                assertThat(response.body()).doesNotContain(title).contains("未归属任何已开通的租户");
            }
        }
    }

    @Test
    void theProjectServiceRefusesThePlatformAdministratorWhoBelongsToNoTenant() {
        Logins.run(decoder, "platform-admin", () -> {
            assertThat(TenantContext.current()).isEmpty();
            assertThatThrownBy(() -> projects.list()).isInstanceOf(NoTenantException.class);
        });
    }
}
