package cn.govit.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real services every module's tests use, started once and shared: one PostgreSQL server per
 * test JVM with a fresh database per JVM (so runs never see each other's data), and one Keycloak per
 * build (started detached by the first test JVM that needs it, reused by the others).
 */
public final class TestServices {

    /** Keycloak port of the test build; the demo platform uses 8180, so both can run side by side. */
    public static final int KEYCLOAK_PORT = Integer.parseInt(
            PostgresServer.setting("govit.test.keycloak.port", "GOVIT_TEST_KEYCLOAK_PORT").orElse("18180"));
    /** Gateway port of browser tests; registered as a redirect URI of {@code govit-gateway} in the realm. */
    public static final int GATEWAY_PORT = 18080;

    private static PostgresServer server;
    private static Database database;
    private static KeycloakServer keycloak;

    private TestServices() {
    }

    public static synchronized Database database() {
        if (database == null) {
            server = PostgresServer.start(null);
            database = server.database().createFresh("govit_test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitSpringApplicationsClosed();
                database.drop();
                server.close();
            }, "govit-test-db-cleanup"));
        }
        return database;
    }

    /**
     * The JVM starts its shutdown hooks together, in no set order: the Spring applications of the tests still read the
     * database while they close (the event publication registry lists what is left), so it is dropped once their hook
     * is done — looked for during a second, as it may start just after this one.
     */
    private static void awaitSpringApplicationsClosed() {
        long lookUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        try {
            while (System.nanoTime() < lookUntil) {
                for (Thread thread : Thread.getAllStackTraces().keySet()) {
                    if (thread.getName().equals("SpringApplicationShutdownHook")) {
                        thread.join(Duration.ofSeconds(20));
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            // Another port is another server (e.g. a realm being changed beside the shared one): its own home and state.
            String name = "keycloak-test-" + KeycloakServer.VERSION + (KEYCLOAK_PORT == 18180 ? "" : "-" + KEYCLOAK_PORT);
            Path home = Path.of(System.getProperty("user.home"), ".cache", "govit", name);
            keycloak = new KeycloakServer(home, KEYCLOAK_PORT).ensureRunning(true, Duration.ofMinutes(5));
        }
        return keycloak;
    }

    /** Spring properties that point an application at the test services. */
    public static Map<String, String> springProperties() {
        Database db = database();
        KeycloakServer kc = keycloak();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", db.jdbcUrl());
        p.put("spring.datasource.username", db.username());
        p.put("spring.datasource.password", db.password());
        p.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", kc.issuerUri());
        p.put("govit.keycloak.url", kc.baseUrl());
        // The demo realm's client secrets (demo-…) are the defaults; outside the demo a service refuses them.
        p.put("govit.demo", "true");
        return p;
    }
}
