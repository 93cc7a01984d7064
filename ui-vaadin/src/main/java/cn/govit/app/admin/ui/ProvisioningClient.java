package cn.govit.app.admin.ui;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.govit.core.tenancy.TenantLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The provisioning service's onboarding, export, import and offboarding API, called with the platform
 * administrator's own token: only provisioning holds the Keycloak admin and DDL credentials, the app none of them.
 */
@Component
class ProvisioningClient {

    /** What the administrator asked for, as provisioning's {@code POST /api/v1/tenants} takes it. */
    record Onboarding(String code, String nameZh, String nameEn, String shortName, TenantLevel level, String parentCode,
                      String divisionCode, String adminUsername, String adminEmail, String adminPassword,
                      boolean adminPasswordTemporary) {
    }

    /** 导出记录 as provisioning lists them: the archive's checksum and whether a kept copy was verified since. */
    record Export(long id, String sha256, long sizeBytes, String tenantStatus, OffsetDateTime exportedAt,
                  String exportedBy, OffsetDateTime verifiedAt, String verifiedBy) {

        boolean verified() {
            return verifiedAt != null;
        }
    }

    /** What an import made: the tenant's code and name. */
    record Imported(String code, String nameZh) {
    }

    /** Provisioning refused or could not finish; {@code title} and {@code detail} are its own words. */
    static final class Refused extends RuntimeException {

        private final int status;
        private final String title;
        private final String detail;

        Refused(int status, String title, String detail) {
            super(title);
            this.status = status;
            this.title = title;
            this.detail = detail;
        }

        int status() {
            return status;
        }

        String title() {
            return title;
        }

        String detail() {
            return detail;
        }

        /** The refusal in the administrator's words: provisioning's own title and detail, or that it is away. */
        String text(com.vaadin.flow.component.Component in) {
            return status == 0 ? in.getTranslation("admin.provisioning.unreachable")
                    : in.getTranslation("admin.provisioning.refused", status, title == null ? "" : title,
                    detail == null ? "" : detail);
        }
    }

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final RestClient http;

    ProvisioningClient(@Value("${govit.provisioning.url}") String url) {
        this.http = RestClient.builder().baseUrl(url).build();
    }

    /** The current user's bearer token, to be passed to {@link #onboard} from another thread. */
    static String currentToken() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getTokenValue();
        }
        throw new IllegalStateException("no bearer token in this request");
    }

    /** Runs the onboarding to its end (or its failed step); provisioning records each step as it goes. */
    void onboard(Onboarding request, String token) {
        call(() -> http.post().uri("/api/v1/tenants").headers(h -> auth(h, token))
                .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(Map.class));
    }

    /** Streams the tenant's archive into {@code out}; provisioning records the export and its SHA-256. */
    void export(String code, String token, OutputStream out) {
        call(() -> http.get().uri("/api/v1/tenants/{code}/export", code).headers(h -> auth(h, token))
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw new RestClientResponseException("export refused", response.getStatusCode(),
                                response.getStatusText(), response.getHeaders(), response.getBody().readAllBytes(), null);
                    }
                    return response.getBody().transferTo(out);
                }));
    }

    /** The tenant's exports, newest first. */
    List<Export> exports(String code, String token) {
        return call(() -> http.get().uri("/api/v1/tenants/{code}/exports", code).headers(h -> auth(h, token))
                .retrieve().body(new ParameterizedTypeReference<List<Export>>() { }));
    }

    /** Sends a kept copy of an export to be checked against its manifest and recorded checksum. */
    Export verify(String code, String token, Path archive) {
        return call(() -> http.post().uri("/api/v1/tenants/{code}/exports/verification", code)
                .headers(h -> auth(h, token)).contentType(ZIP).body(new FileSystemResource(archive))
                .retrieve().body(Export.class));
    }

    /** Imports an archive as a tenant: {@code code} and {@code databaseUrl} may be null (the archive's, the platform's). */
    Imported importArchive(Path archive, String code, String databaseUrl, String token) {
        return call(() -> http.post().uri(b -> b.path("/api/v1/tenants/imports")
                        .queryParamIfPresent("code", Optional.ofNullable(code))
                        .queryParamIfPresent("databaseUrl", Optional.ofNullable(databaseUrl)).build())
                .headers(h -> auth(h, token)).contentType(ZIP).body(new FileSystemResource(archive))
                .retrieve().body(Imported.class));
    }

    /** 注销: provisioning removes the organization, users and schema, and keeps a tombstone. */
    void offboard(String code, String token) {
        call(() -> http.post().uri("/api/v1/tenants/{code}/offboarding", code).headers(h -> auth(h, token))
                .retrieve().body(Map.class));
    }

    private static void auth(HttpHeaders headers, String token) {
        headers.setBearerAuth(token);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
    }

    /** Provisioning's refusals and its absence, as one exception the dialogs show. */
    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            ProblemDetail problem = problemOf(e);
            throw new Refused(e.getStatusCode().value(), problem == null ? null : problem.getTitle(),
                    problem == null ? null : problem.getDetail());
        } catch (ResourceAccessException e) {
            throw new Refused(0, null, null);
        }
    }

    private static ProblemDetail problemOf(RestClientResponseException e) {
        try {
            return e.getResponseBodyAs(ProblemDetail.class);
        } catch (RuntimeException notAProblem) {
            return null;
        }
    }
}
