package cn.govit.provisioning.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tenants/…} — export, verification, import, change of database server and offboarding of a
 * tenant, for platform admins. Archives travel as the raw {@code application/zip} body, streamed both ways.
 */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantTransferApi {

    private final TenantTransferService transfer;

    TenantTransferApi(TenantTransferService transfer) {
        this.transfer = transfer;
    }

    /** The archive; its SHA-256 is recorded when the last byte is written (see {@code GET …/exports}). */
    @GetMapping("/{code}/export")
    void export(@PathVariable String code, HttpServletResponse response) throws IOException {
        Tenant tenant = transfer.exportable(code);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + tenant.code() + ".zip\"");
        transfer.export(code, response.getOutputStream());
    }

    @GetMapping("/{code}/exports")
    List<TenantRegistry.Export> exports(@PathVariable String code) {
        return transfer.exports(code);
    }

    /** A kept copy of an export uploaded for verification (offboarding asks for one). */
    @PostMapping(path = "/{code}/exports/verification", consumes = "application/zip")
    TenantRegistry.Export verify(@PathVariable String code, InputStream archive) {
        return transfer.verify(code, archive);
    }

    /** 201 with the tenant; {@code code} defaults to the archive's, {@code databaseUrl} to the platform's server. */
    @PostMapping(path = "/imports", consumes = "application/zip")
    ResponseEntity<Tenant> importArchive(@RequestParam(required = false) String code,
                                         @RequestParam(required = false) String databaseUrl, InputStream archive) {
        Tenant tenant = transfer.importArchive(archive, code, databaseUrl);
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant.code())).body(tenant);
    }

    /** Body {@code {"databaseUrl": "jdbc:postgresql://…"}}; null or absent moves the tenant to the platform's server. */
    @PutMapping("/{code}/database")
    Tenant switchServer(@PathVariable String code, @RequestBody(required = false) DatabaseReference body) {
        return transfer.switchServer(code, body == null ? null : body.databaseUrl());
    }

    @PostMapping("/{code}/offboarding")
    TenantRegistry.Tombstone offboard(@PathVariable String code) {
        return transfer.offboard(code);
    }

    record DatabaseReference(String databaseUrl) {
    }
}
