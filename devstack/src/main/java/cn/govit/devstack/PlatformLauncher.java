package cn.govit.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: the whole platform on this machine — PostgreSQL (embedded unless
 * {@code GOVIT_DB_URL} is set), Keycloak from its Maven Central distribution with the demo realm,
 * provisioning, app and gateway — seeded with the demo tenants, until Ctrl-C stops every process. Each listens
 * on loopback only unless {@code GOVIT_BIND} says otherwise; Keycloak's admin password is generated.
 */
public final class PlatformLauncher {

    private PlatformLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("govit.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve(".govit");
        Files.createDirectories(work);

        PostgresServer postgres = PostgresServer.start(work.resolve("pgdata"));
        Database database = PostgresServer.setting("govit.db.url", "GOVIT_DB_URL").isPresent()
                ? postgres.database() : ensureDatabase(postgres.database(), "govit");
        KeycloakServer keycloak = new KeycloakServer(work.resolve("keycloak-" + KeycloakServer.VERSION), 8180,
                PostgresServer.bindAddress());
        Platform platform = new Platform(root, database, keycloak, Platform.Ports.DEMO, work.resolve("logs"));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\n正在停止平台 / stopping the platform ...");
            platform.close();
            keycloak.stop();
            postgres.close();
            stopped.countDown();
        }, "govit-stop"));

        keycloak.ensureRunning(false, Duration.ofMinutes(5));
        platform.start(Duration.ofMinutes(5));
        DemoData.seed(platform, keycloak);

        System.out.println("""

                ==============================================================
                 政务信息化项目管理平台已启动 / GovIT platform is up
                   打开 / open:   %s
                   Keycloak:      %s  (admin / %s)
                   监听地址 / listening on: %s（GOVIT_BIND=0.0.0.0 对外开放 / to open it to the network）
                 演示账号 / demo logins (password: demo):
                   dh-officer      东湖区 业主单位经办人（数据资源管理局等 4 个单位：申报、建设、验收）
                   dh-edu-officer  东湖区 教育体育局经办人
                   dh-dept         东湖区 项目行政主管单位（审核、自行监管、合同、月报）
                   dh-bureau       东湖区 大数据局（技术评审意见、入库、验收、暂停终止）
                   dh-approval     东湖区 行政审批局（可研批复、概算核定）
                   dh-finance      东湖区 财政局（资金来源审查意见）
                   dh-ndrc         东湖区 发改委（政府投资项目前期征求意见）
                   dh-secrecy      东湖区 保密局（第八条第（十）项意见）
                   dh-statesecurity 东湖区 国家安全局（第八条第（十）项意见）
                   dh-airdefence   东湖区 人防办（第八条第（十）项意见）
                   dh-cyber        东湖区 网信办（网络安全监管意见）
                   dh-expert       东湖区 评审专家
                   dh-admin        东湖区 信息化主管部门（本地规则集）
                   xh-…            西湖区 同上
                   nc-bureau       南昌市大数据发展管理局（市级监管）
                   nc-admin        南昌市 市级基准规则集
                   platform-admin  平台管理员（租户开通）
                 API token:
                   curl -s -d grant_type=password -d client_id=govit-cli \\
                     -d username=dh-officer -d password=demo \\
                     %s/protocol/openid-connect/token
                 日志 / logs: %s
                 按 Ctrl-C 停止 / Ctrl-C stops everything
                ==============================================================
                """.formatted(platform.gatewayUrl(), keycloak.baseUrl(), keycloak.adminPassword(), PostgresServer.bindAddress(),
                        keycloak.issuerUri(), work.resolve("logs")));
        stopped.await();
    }

    private static Database ensureDatabase(Database server, String name) throws SQLException {
        try (Connection c = server.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
        return new Database(Database.withDatabase(server.jdbcUrl(), name), server.username(), server.password(), server.origin());
    }
}
