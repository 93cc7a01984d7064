package cn.govit.devstack;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The three deployables — provisioning, the app and the gateway — started from their packaged jars as
 * separate processes against a given database and Keycloak, exactly as they run in production.
 */
public final class Platform implements AutoCloseable {

    /** Ports of the three deployables. */
    public record Ports(int gateway, int app, int provisioning) {
        public static final Ports DEMO = new Ports(8080, 8081, 8082);
        public static final Ports TEST = new Ports(TestServices.GATEWAY_PORT, 18081, 18082);
    }

    private static final System.Logger log = System.getLogger(Platform.class.getName());
    /** The app's database login: data access only, no DDL. */
    static final String APP_ROLE = "govit_app";
    private static final String APP_ROLE_PASSWORD = "govit-app";

    private final Path root;
    private final Database database;
    private final KeycloakServer keycloak;
    private final Ports ports;
    private final Path logDir;
    private final List<Process> processes = new ArrayList<>();

    public Platform(Path root, Database database, KeycloakServer keycloak, Ports ports, Path logDir) {
        this.root = root;
        this.database = database;
        this.keycloak = keycloak;
        this.ports = ports;
        this.logDir = logDir;
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    public String appUrl() {
        return "http://localhost:" + ports.app();
    }

    public String provisioningUrl() {
        return "http://localhost:" + ports.provisioning();
    }

    public Platform start(Duration timeout) {
        try {
            Files.createDirectories(logDir);
            Map<String, String> common = new LinkedHashMap<>();
            common.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
            common.put("SPRING_DATASOURCE_USERNAME", database.username());
            common.put("SPRING_DATASOURCE_PASSWORD", database.password());
            common.put("GOVIT_KEYCLOAK_ISSUER_URI", keycloak.issuerUri());
            common.put("GOVIT_KEYCLOAK_URL", keycloak.baseUrl());
            // The demo realm's client secrets (demo-…): every service refuses them unless started as the demo.
            common.put("GOVIT_DEMO", "true");

            // As in production: provisioning owns the schemas and migrates them at its start; the app,
            // started after it, only uses them — as a login that owns nothing, granted data access as provisioning
            // migrates (issue 9, least privilege).
            Database appLogin = database.loginRole(APP_ROLE, APP_ROLE_PASSWORD);
            Map<String, String> provisioningEnv = new LinkedHashMap<>(common);
            if (!appLogin.username().equals(database.username())) {
                provisioningEnv.put("GOVIT_TENANCY_APP_ROLE", appLogin.username());
            }
            Process provisioning = launch("provisioning", "provisioning/target/govit-provisioning.jar",
                    ports.provisioning(), provisioningEnv);
            waitHealthy("provisioning", provisioning, provisioningUrl(), timeout);
            Map<String, String> appEnv = new LinkedHashMap<>(common);
            appEnv.put("SPRING_DATASOURCE_USERNAME", appLogin.username());
            appEnv.put("SPRING_DATASOURCE_PASSWORD", appLogin.password());
            appEnv.put("GOVIT_TENANCY_MIGRATE_ON_STARTUP", "false");
            appEnv.put("GOVIT_PROVISIONING_URL", provisioningUrl());
            Process app = launch("app", "ui-vaadin/target/govit-app.jar", ports.app(), appEnv);
            Map<String, String> gatewayEnv = new LinkedHashMap<>(common);
            gatewayEnv.put("GOVIT_APP_URL", appUrl());
            gatewayEnv.put("GOVIT_PROVISIONING_URL", provisioningUrl());
            Process gateway = launch("gateway", "gateway/target/govit-gateway.jar", ports.gateway(), gatewayEnv);
            // A session Keycloak ends ends at this gateway, whichever port it listens on.
            RealmUsers.pointBackChannelLogoutAt(keycloak, gatewayUrl());
            waitHealthy("app", app, appUrl(), timeout);
            waitHealthy("gateway", gateway, gatewayUrl(), timeout);
            return this;
        } catch (IOException e) {
            close();
            throw new IllegalStateException("Platform could not start: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Process launch(String name, String jar, int port, Map<String, String> env) throws IOException {
        Path jarPath = root.resolve(jar);
        if (!Files.isRegularFile(jarPath)) {
            throw new IOException(jarPath + " is missing: build with ./mvnw install -DskipTests first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Access logs next to each log: when a login or a page hangs, they show which hop the request reached.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
                "-Dreactor.netty.http.server.accessLogEnabled=true",
                "-jar", jarPath.toString(), "--server.port=" + port, "--server.address=" + PostgresServer.bindAddress(),
                "--server.tomcat.accesslog.enabled=true", "--server.tomcat.accesslog.directory=" + logDir.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=" + name + "-access", "--server.tomcat.accesslog.pattern=%t %a \"%r\" %s %b %Dms")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        log.log(Level.INFO, "Starting {0} on port {1} (log: {2})", name, String.valueOf(port), logDir.resolve(name + ".log"));
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void waitHealthy(String name, Process process, String baseUrl, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue()
                            + "; see " + logDir.resolve(name + ".log"));
                }
                try {
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        log.log(Level.INFO, "{0} is up at {1}", name, baseUrl);
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout + "; see " + logDir.resolve(name + ".log"));
    }

    @Override
    public void close() {
        for (Process p : processes.reversed()) {
            KeycloakServer.stopPid(p.pid());
        }
        processes.clear();
    }
}
