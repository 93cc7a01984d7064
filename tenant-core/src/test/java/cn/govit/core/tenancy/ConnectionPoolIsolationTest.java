package cn.govit.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import cn.govit.core.application.Application;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.testsupport.CoreIntegrationTest;
import cn.govit.core.testsupport.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;

/**
 * With a pool of exactly one connection, every query reuses the connection the previous tenant
 * had: it must never answer the next tenant under the previous tenant's schema.
 */
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=1")
class ConnectionPoolIsolationTest extends CoreIntegrationTest {

    @Autowired
    ProjectService projects;

    @Autowired
    DataSource dataSource;

    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void connectionReturnedByOneTenantNeverServesAnotherUnderItsSchema() throws Exception {
        Tenant donghu = registry.find("donghu").orElseThrow();
        Tenant xihu = registry.find("xihu").orElseThrow();

        ProjectView dh = TenantContext.callAs(donghu, () -> Logins.as(jwtDecoder, "dh-officer", () -> projects.create(
                Application.draft("东湖区池化连接测试", ProjectKind.CONSTRUCTION, "东湖区数据资源管理局", new BigDecimal("1.00")))));

        // The only connection in the pool was just used for 东湖区; 西湖区 must not see its project.
        assertThat(TenantContext.callAs(xihu, () -> projects.list())).extracting(ProjectView::id).doesNotContain(dh.id());
        assertThat(TenantContext.callAs(xihu, () -> projects.find(dh.id()))).isEmpty();
        assertThat(TenantContext.callAs(donghu, () -> projects.find(dh.id()))).isPresent();

        // Borrowed directly after tenant work, the same connection points at no tenant at all.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('search_path')")) {
            rs.next();
            assertThat(rs.getString(1)).doesNotContain("t_donghu").doesNotContain("t_xihu");
            assertThatThrownBy(() -> s.executeQuery("SELECT count(*) FROM project"))
                    .hasMessageContaining("project");
        }
    }

    @Test
    void serviceRefusesWorkWithoutTenant() {
        assertThatThrownBy(() -> projects.list()).isInstanceOf(NoTenantException.class);
    }
}
