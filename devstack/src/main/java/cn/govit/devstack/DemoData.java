package cn.govit.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo through the same public API a district or the operator would use: all of Nanchang — the
 * city and its 14 county-level units from {@code tenants/nanchang.csv} — onboarded by {@code platform-admin}
 * (repeating it changes nothing), then a few realistic projects in the tenants that have demo officers.
 */
public final class DemoData {

    /** A tenant of the demo city; {@code officer} is its demo owner-officer, or null when it has none. */
    record DemoTenant(String code, String parent, String level, String divisionCode, String nameZh, String shortName,
                      String nameEn, String officer) {
    }

    static final List<DemoTenant> TENANTS = read("/tenants/nanchang.csv");
    /** The demo tenants' first administrators' password: provisioning takes only one its policy accepts. */
    static final String TENANT_ADMIN_PASSWORD = "Demo-Tenant-2026";

    private DemoData() {
    }

    public static void seed(Platform platform, KeycloakServer keycloak) {
        ApiClient admin = new ApiClient(platform.gatewayUrl(), Tokens.password(keycloak, "platform-admin"));
        for (DemoTenant t : TENANTS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", t.code());
            body.put("nameZh", t.nameZh());
            body.put("nameEn", t.nameEn());
            body.put("shortName", t.shortName());
            body.put("level", t.level());
            body.put("parentCode", t.parent());
            body.put("divisionCode", t.divisionCode());
            body.put("adminUsername", t.code() + "-admin");
            body.put("adminPassword", TENANT_ADMIN_PASSWORD);
            body.put("adminPasswordTemporary", false);
            ApiClient.Response onboarded = admin.post("/api/v1/tenants", body);
            if (onboarded.status() != 200 && onboarded.status() != 201) {
                throw new IllegalStateException("Onboarding " + t.code() + " failed: " + onboarded.status() + " " + onboarded.body());
            }
            if (t.officer() == null) {
                continue;
            }
            ApiClient officer = new ApiClient(platform.gatewayUrl(), Tokens.password(keycloak, t.officer()));
            if (officer.get("/api/v1/projects").expect(200).isEmpty()) {
                for (DemoProjects.DemoProject project : DemoProjects.of(t.code())) {
                    DemoProjects.create(user -> new ApiClient(platform.gatewayUrl(), Tokens.password(keycloak, user)), project);
                }
            }
        }
    }

    /** The tenants of a file like {@code nanchang.csv}, parents before children; {@code #} starts a comment. */
    static List<DemoTenant> read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(",", -1))
                    .map(f -> new DemoTenant(f[0], blank(f[1]), f[2], f[3], f[4], blank(f[5]), f[6], blank(f[7])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s;
    }
}
