package cn.govit.core.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import cn.govit.core.administration.TenantAdministration;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantArchive;
import cn.govit.core.tenancy.TenantRegistry;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Moves a tenant to another PostgreSQL server (Art. 39, 市县区分级部署) the way the operator does it. */
public record TenantMoves(TenantArchive archive, TenantAdministration administration, TenantRegistry registry,
                          JwtDecoder decoder, Path dir) {

    /** Suspended, exported, imported on the other server ({@code null}: the platform's), switched, resumed. */
    public void move(String code, String databaseUrl) throws IOException {
        Logins.run(decoder, "platform-admin", () -> administration.suspend(code, "迁移数据库服务器（第三十九条）"));
        try {
            Tenant tenant = registry.find(code).orElseThrow();
            Path file = dir.resolve(code + "-" + UUID.randomUUID() + ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                archive.export(tenant, out);
            }
            archive.importCopy(file, archive.verify(file), tenant, databaseUrl);
            archive.switchServer(tenant, databaseUrl);
        } finally {
            Logins.run(decoder, "platform-admin", () -> administration.resume(code));
        }
    }
}
