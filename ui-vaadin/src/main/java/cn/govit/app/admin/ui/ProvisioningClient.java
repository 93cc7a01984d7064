package cn.govit.app.admin.ui;

import java.util.Map;

import cn.govit.core.tenancy.TenantLevel;
import org.springframework.beans.factory.annotation.Value;
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
 * The provisioning service's onboarding API, called with the platform administrator's own token: only
 * provisioning holds the Keycloak admin and DDL credentials, the app none of them.
 */
@Component
class ProvisioningClient {

    /** What the administrator asked for, as provisioning's {@code POST /api/v1/tenants} takes it. */
    record Onboarding(String code, String nameZh, String nameEn, String shortName, TenantLevel level, String parentCode,
                      String divisionCode, String adminUsername, String adminEmail, String adminPassword,
                      boolean adminPasswordTemporary) {
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
    }

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
        try {
            http.post().uri("/api/v1/tenants")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .body(Map.class);
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
