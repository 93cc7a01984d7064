package cn.govit.provisioning.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.PlatformAuditLog;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantArchive;
import cn.govit.core.tenancy.TenantArchiveException;
import cn.govit.core.tenancy.TenantCode;
import cn.govit.core.tenancy.TenantDatabases;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantStatus;
import cn.govit.core.web.ApiProblem;
import cn.govit.provisioning.keycloak.OrganizationDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 租户数据的导出、导入、迁移与注销 — what the platform administrator does with a tenant's data as a whole:
 * export it as a checksummed archive, verify a kept copy, import it (a new tenant, or the copy of a
 * suspended one on another PostgreSQL server), switch the tenant's server (Art. 39, 统一开发、市县区分级部署),
 * and offboard it only after a verified export. Every step is in the platform audit.
 */
@Service
public class TenantTransferService {

    static final String ARTICLE = "第三十九条";

    private final TenantRegistry registry;
    private final TenantArchive archive;
    private final TenantDatabases databases;
    private final OrganizationDirectory directory;
    private final PlatformAuditLog audit;

    TenantTransferService(TenantRegistry registry, TenantArchive archive, TenantDatabases databases,
                          OrganizationDirectory directory, PlatformAuditLog audit) {
        this.registry = registry;
        this.archive = archive;
        this.databases = databases;
        this.directory = directory;
        this.audit = audit;
    }

    /** The tenant, when the caller may export it; call before the first byte of the archive goes out. */
    public Tenant exportable(String code) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        Tenant tenant = existing(code);
        if (!tenant.status().serves()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.export.notLive", null, null, tenant.nameZh());
        }
        return tenant;
    }

    /** Streams the archive to {@code out} and records its SHA-256, to be verified before offboarding. */
    public TenantRegistry.Export export(String code, OutputStream out) {
        Tenant tenant = exportable(code);
        try {
            TenantArchive.Written written = archive.export(tenant, out);
            TenantRegistry.Export export = registry.recordExport(code, written.sha256(), written.bytes(), tenant.status(),
                    CurrentUser.name());
            audit.record(CurrentUser.name(), "TENANT_EXPORTED", code, "sha256=" + written.sha256() + ", bytes="
                    + written.bytes() + ", tables=" + written.manifest().tables().size() + ", status=" + tenant.status());
            return export;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tenant's exports, newest first. */
    public List<TenantRegistry.Export> exports(String code) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        existing(code);
        return registry.exports(code);
    }

    /**
     * A kept copy of an export checked file by file against its manifest and as a whole against the recorded
     * SHA-256: the proof offboarding asks for that the data exists outside the platform.
     */
    public TenantRegistry.Export verify(String code, InputStream upload) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        Tenant tenant = existing(code);
        return withUpload(upload, (file, sha256) -> {
            TenantArchive.Manifest manifest = verified(file);
            if (!manifest.code().equals(code)) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "tenant.archive.otherTenant", null, null, manifest.code(), code);
            }
            TenantRegistry.Export export = registry.markVerified(code, sha256, CurrentUser.name())
                    .orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "tenant.export.unknown", null, null, sha256,
                            tenant.nameZh()));
            audit.record(CurrentUser.name(), "TENANT_EXPORT_VERIFIED", code, "sha256=" + sha256);
            return export;
        });
    }

    /**
     * Imports an archive: as a new tenant ({@code code}, by default the archive's), or — for a suspended
     * tenant — as the copy on another server that {@link #switchServer} then makes its home. Refuses an
     * archive whose files do not match their checksums, naming the file, before anything is created.
     */
    public Tenant importArchive(InputStream upload, String code, String databaseUrl) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        String server = databases.reference(databaseUrl);
        return withUpload(upload, (file, sha256) -> {
            TenantArchive.Manifest manifest = verified(file);
            String target = TenantCode.validate(code == null || code.isBlank() ? manifest.code() : code.strip());
            if (server != null) {
                refusedAsProblem(() -> {
                    archive.requireReachable(server);
                    return null;
                });
            }
            Tenant existing = registry.find(target).orElse(null);
            String detail = "archive=" + sha256 + ", from=" + manifest.code() + ", server=" + (server == null ? "platform" : server);
            if (existing == null) {
                Tenant imported = refusedAsProblem(() -> archive.importAsNew(file, manifest, target, server));
                audit.record(CurrentUser.name(), "TENANT_IMPORTED", target, detail);
                return imported;
            }
            if (existing.status() == TenantStatus.OFFBOARDED) {
                throw new ApiProblem(HttpStatus.CONFLICT, "tenant.offboarded", null, "code", target);
            }
            if (existing.status() != TenantStatus.SUSPENDED || !target.equals(manifest.code())) {
                throw new ApiProblem(HttpStatus.CONFLICT, "tenant.import.active", ARTICLE, "code", target);
            }
            if (server == null ? existing.databaseUrl() == null : server.equals(existing.databaseUrl())) {
                throw new ApiProblem(HttpStatus.CONFLICT, "tenant.import.sameServer", ARTICLE, "databaseUrl", target);
            }
            refusedAsProblem(() -> {
                archive.importCopy(file, manifest, existing, server);
                return null;
            });
            audit.record(CurrentUser.name(), "TENANT_COPY_IMPORTED", target, detail);
            return existing;
        });
    }

    /** 切换数据库服务器: the suspended tenant's requests go to the copy imported on {@code databaseUrl}. */
    public Tenant switchServer(String code, String databaseUrl) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        Tenant tenant = existing(code);
        if (tenant.status() != TenantStatus.SUSPENDED) {
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.move.notSuspended", ARTICLE, null, tenant.nameZh());
        }
        String server = databases.reference(databaseUrl);
        if (server == null ? tenant.databaseUrl() == null : server.equals(tenant.databaseUrl())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.move.sameServer", ARTICLE, "databaseUrl", tenant.nameZh());
        }
        Tenant moved = refusedAsProblem(() -> archive.switchServer(tenant, server));
        audit.record(CurrentUser.name(), "TENANT_MOVED", code, "from=" + server(tenant.databaseUrl()) + ", to=" + server(server));
        return moved;
    }

    /**
     * 注销: only a suspended tenant with a verified export taken since its suspension; removes its Keycloak
     * organization and users, drops its schema and keeps the registry row as a tombstone. Each step is
     * audited and repeatable, so an interrupted offboarding is finished by calling it again.
     */
    public TenantRegistry.Tombstone offboard(String code) {
        CurrentUser.actor().require(ARTICLE, Role.PLATFORM_ADMIN);
        Tenant tenant = existing(code);
        if (tenant.status() == TenantStatus.OFFBOARDED) {
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.offboarded", null, "code", code);
        }
        if (tenant.status() != TenantStatus.SUSPENDED) {
            throw new ApiProblem(HttpStatus.CONFLICT, "tenant.offboard.notSuspended", null, null, tenant.nameZh());
        }
        TenantRegistry.Export export = verifiedExportSinceSuspension(code)
                .orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "tenant.offboard.noVerifiedExport", null, null,
                        tenant.nameZh()));
        String actor = CurrentUser.name();
        int users = directory.removeOrganizationAndMembers(code);
        audit.record(actor, "TENANT_OFFBOARD_ACCOUNTS", code, "organization and " + users + " users removed");
        archive.dropSchema(tenant);
        audit.record(actor, "TENANT_OFFBOARD_SCHEMA", code, "schema " + tenant.schemaName() + " dropped");
        registry.tombstone(code, actor, export.sha256());
        audit.record(actor, "TENANT_OFFBOARDED", code, "archive=" + export.sha256()
                + (tenant.divisionCode() == null ? "" : ", division code " + tenant.divisionCode() + " released"));
        return registry.tombstoneOf(code).orElseThrow();
    }

    /** The newest export, if it was taken while suspended, after the last resumption, and verified. */
    private java.util.Optional<TenantRegistry.Export> verifiedExportSinceSuspension(String code) {
        OffsetDateTime lastResumed = audit.forTenant(code).stream().filter(e -> e.action().equals("TENANT_RESUMED"))
                .map(PlatformAuditLog.Entry::occurredAt).reduce((a, b) -> b).orElse(null);
        return registry.exports(code).stream().findFirst()
                .filter(e -> e.tenantStatus() == TenantStatus.SUSPENDED && e.verified())
                .filter(e -> lastResumed == null || e.exportedAt().isAfter(lastResumed));
    }

    private TenantArchive.Manifest verified(Path file) {
        return refusedAsProblem(() -> archive.verify(file));
    }

    private Tenant existing(String code) {
        return registry.find(code).orElseThrow(() -> ApiProblem.notFound("tenant.notFound", code));
    }

    private static String server(String databaseUrl) {
        return databaseUrl == null ? "platform" : databaseUrl;
    }

    /** The archive's refusals as Problems naming the file at fault. */
    private static <T> T refusedAsProblem(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (TenantArchiveException e) {
            HttpStatus status = switch (e.reason()) {
                case SCHEMA_EXISTS, NOT_ON_SERVER, COPY_DIFFERS -> HttpStatus.CONFLICT;
                case SERVER_UNREACHABLE -> HttpStatus.BAD_GATEWAY;
                default -> HttpStatus.BAD_REQUEST;
            };
            String file = e.file() == null ? "" : e.file();
            throw new ApiProblem(status, "tenant.archive." + e.reason().name(), ARTICLE,
                    e.reason() == TenantArchiveException.Reason.SERVER_UNREACHABLE ? "databaseUrl" : null, file)
                    .with("file", file);
        }
    }

    /** The upload in a temporary file (archives are large: never in memory), with its SHA-256; deleted after. */
    private static <T> T withUpload(InputStream upload, UploadWork<T> work) {
        Path file = null;
        try {
            file = Files.createTempFile("govit-tenant-", ".zip");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(upload, sha)) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return work.apply(file, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    @FunctionalInterface
    private interface UploadWork<T> {
        T apply(Path file, String sha256);
    }
}
