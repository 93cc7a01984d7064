package cn.govit.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.json.JsonMapper;


/**
 * A real Keycloak from its Maven Central distribution ({@code keycloak-quarkus-dist}), started with
 * {@code kc.sh start-dev} and the demo realm {@code govit} imported at boot.
 *
 * <p>Each instance lives in its own home directory (dev mode keeps its H2 data there). A server
 * started {@linkplain #ensureRunning detached} survives the JVM that started it, so the test JVMs of
 * every module in one build share one Keycloak; a state file records its pid and the realm hash it
 * was started with. Data is kept across restarts while the realm file stays the same; a changed realm
 * restarts from clean data ({@code --import-realm} silently skips a realm that already exists).
 *
 * <p>A detached server is not left behind: every build that uses it holds a lease (a file named after
 * the build's process id), and a watchdog started with the server stops it once no lease holder is
 * alive any more — so {@code ./mvnw verify} leaves nothing running, while builds that overlap share it.
 */
public final class KeycloakServer {

    public static final String VERSION = "26.5.6";
    public static final String REALM = "govit";
    /** JDK platform logging: Spring Boot routes it to its logging in tests; the launcher prints it. */
    private static final System.Logger log = System.getLogger(KeycloakServer.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * On JDK 24+ Keycloak's worker threads die at their first task without this (jboss-threads resets
     * thread locals by reflection), and requests they took hang until the client gives up.
     */
    private static final String JAVA_OPTS_APPEND = "--add-opens=java.base/java.lang=ALL-UNNAMED";

    private static final char[] PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final Path home;
    private final int port;
    private final String bindHost;
    private final Path stateFile;
    private final Path adminPasswordFile;
    private Process process;

    /** A server listening where Keycloak listens by default, as the tests' shared server always has. */
    public KeycloakServer(Path home, int port) {
        this(home, port, null);
    }

    /** @param bindHost the only address the server listens on ({@code run.sh}: loopback); null for Keycloak's default */
    public KeycloakServer(Path home, int port, String bindHost) {
        this.home = home;
        this.port = port;
        this.bindHost = bindHost;
        this.stateFile = home.resolve("govit-server.state");
        this.adminPasswordFile = home.resolveSibling(home.getFileName() + ".admin-password");
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    /**
     * Starts the server unless one started from this home with the same realm already answers.
     * With {@code detached}, the server runs in its own process group and outlives this JVM.
     */
    public synchronized KeycloakServer ensureRunning(boolean detached, Duration timeout) {
        try {
            Files.createDirectories(home.getParent());
            Path lockFile = home.getParent().resolve(home.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                String realmHash = sha256(realmJson());
                // A server started with other options or another realm is not the one this build wants.
                String serverHash = sha256((realmHash + String.join(" ", options()) + JAVA_OPTS_APPEND).getBytes(StandardCharsets.UTF_8));
                Optional<String> running = readState();
                if (detached) {
                    holdLease();
                }
                if (running.isPresent() && running.get().endsWith(" " + serverHash) && realmAnswers()) {
                    log.log(Level.INFO, "Reusing Keycloak at {0} (state {1})", baseUrl(), running.get());
                    return this;
                }
                running.ifPresent(this::stopRecordedServer);
                if (realmAnswers()) {
                    throw new IllegalStateException("Port " + port + " already answers with a realm '" + REALM
                            + "' that this build did not start; stop it or choose another port.");
                }
                unpackIfMissing();
                Path imported = home.resolve("govit-realm.sha");
                if (!Files.exists(imported) || !Files.readString(imported).equals(realmHash)) {
                    resetData();
                    Files.writeString(imported, realmHash);
                }
                start(detached);
                waitUntilReady(timeout);
                replaceLegacyAdminPassword();
                Files.writeString(stateFile, process.pid() + " " + serverHash);
                if (detached) {
                    startWatchdog(process.pid());
                }
                return this;
            }
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started in " + home + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server this object started, with the whole process group ({@code kc.sh} stays the parent of java). */
    public synchronized void stop() {
        if (process != null) {
            stopPid(process.pid());
            process = null;
        }
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            log.log(Level.WARNING, "Could not delete " + stateFile, e);
        }
    }

    private void start(boolean detached) throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.write(importDir.resolve("govit-realm.json"), realmJson());
        List<String> command = new ArrayList<>();
        if (detached) {
            command.add("setsid");
        }
        command.add(home.resolve("bin/kc.sh").toString());
        command.addAll(options());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword());
        builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        builder.environment().put("JAVA_OPTS_APPEND", JAVA_OPTS_APPEND);
        log.log(Level.INFO, "Starting Keycloak {0} on port {1} from {2}", VERSION, String.valueOf(port), home);
        process = builder.start();
    }

    private void holdLease() throws IOException {
        BuildLeases.holdForThisBuild(home.resolve("leases"));
    }

    private void startWatchdog(long serverPid) throws IOException {
        if (!"1".equals(System.getenv("GOVIT_KEEP_TEST_KEYCLOAK"))) {
            BuildLeases.stopWhenReleased(home.resolve("leases"), serverPid, stateFile);
        }
    }

    private List<String> options() {
        List<String> options = new ArrayList<>(List.of("start-dev", "--http-port=" + port, "--import-realm",
                "--hostname-strict=false", "--cache=local", "--log-level=WARN,org.keycloak.services:INFO,io.quarkus:INFO"));
        if (bindHost != null) {
            options.add("--http-host=" + bindHost);
        }
        return options;
    }

    /**
     * The master realm's administrator's password: generated once with {@link SecureRandom} and kept beside the
     * home ({@code .govit/keycloak-<version>.admin-password} for {@code run.sh}), so the next run prints the same.
     */
    public synchronized String adminPassword() {
        try {
            if (Files.isRegularFile(adminPasswordFile)) {
                return Files.readString(adminPasswordFile, StandardCharsets.UTF_8).strip();
            }
            SecureRandom random = new SecureRandom();
            char[] chars = new char[20];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = PASSWORD_CHARS[random.nextInt(PASSWORD_CHARS.length)];
            }
            String password = new String(chars);
            Files.createDirectories(adminPasswordFile.getParent());
            Files.writeString(adminPasswordFile, password, StandardCharsets.UTF_8);
            adminPasswordFile.toFile().setReadable(false, false);
            adminPasswordFile.toFile().setReadable(true, true);
            return password;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's admin password could not be kept in " + adminPasswordFile, e);
        }
    }

    /**
     * Keycloak creates its bootstrap administrator only with fresh data: a home from before generated passwords
     * still has admin / admin, which is replaced here by the generated one.
     */
    private void replaceLegacyAdminPassword() throws IOException {
        String master = baseUrl() + "/realms/master/protocol/openid-connect/token";
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(master))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                return;
            }
            String bearer = "Bearer " + JSON.readTree(token.body()).get("access_token").asString();
            HttpResponse<String> users = client.send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/admin/realms/master/users?exact=true&username=admin"))
                    .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String id = JSON.readTree(users.body()).get(0).get("id").asString();
            String credential = JSON.writeValueAsString(java.util.Map.of("type", "password", "value", adminPassword(),
                    "temporary", false));
            HttpResponse<Void> reset = client.send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/admin/realms/master/users/" + id + "/reset-password"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(credential)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (reset.statusCode() >= 300) {
                throw new IOException("Keycloak refused the new admin password: " + reset.statusCode());
            }
            log.log(Level.INFO, "Replaced Keycloak's admin / admin by the generated password in {0}", adminPasswordFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitUntilReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited with " + process.exitValue() + "; see " + home.resolve("keycloak.log"));
            }
            if (realmAnswers()) {
                log.log(Level.INFO, "Keycloak ready at {0}", issuerUri());
                return;
            }
            sleep(1000);
        }
        stop();
        throw new IOException("Keycloak did not answer within " + timeout + "; see " + home.resolve("keycloak.log"));
    }

    private boolean realmAnswers() {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void resetData() throws IOException {
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            resetDirectory(data);
        }
    }

    private void unpackIfMissing() throws IOException {
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        Path zip = distributionZip();
        log.log(Level.INFO, "Unpacking {0} into {1}", zip, home);
        Path staging = Files.createTempDirectory(home.getParent(), "kc-unpack");
        String prefix = "keycloak-" + VERSION + "/";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : entry.getName();
                if (name.isEmpty()) {
                    continue;
                }
                Path target = staging.resolve(name).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unsafe entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        if (Files.exists(home)) {
            resetDirectory(home);
        }
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes {@code dir} with everything in it, deepest first. */
    private static void resetDirectory(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

    /** The distribution zip in the local Maven repository; the devstack module declares it so Maven fetches it. */
    static Path distributionZip() {
        String repo = Optional.ofNullable(System.getProperty("govit.maven.repo"))
                .filter(s -> !s.isBlank())
                .orElse(System.getProperty("user.home") + "/.m2/repository");
        Path zip = Paths.get(repo, "org/keycloak/keycloak-quarkus-dist", VERSION,
                "keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + ". Build once with ./mvnw install (the devstack module downloads it from Maven Central).");
        }
        return zip;
    }

    static byte[] realmJson() throws IOException {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/govit-realm.json")) {
            if (in == null) {
                throw new IOException("Realm file /keycloak/govit-realm.json missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    private Optional<String> readState() {
        try {
            return Files.exists(stateFile) ? Optional.of(Files.readString(stateFile, StandardCharsets.UTF_8).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops the server a state file names — if that pid is still ours: after a reboot or a CI machine's
     * clean-up the number may belong to an unrelated process by now.
     */
    private void stopRecordedServer(String state) {
        long pid = Long.parseLong(state.split(" ")[0]);
        boolean ours = ProcessHandle.of(pid)
                .flatMap(p -> p.info().commandLine())
                .filter(command -> command.contains(home.toString()))
                .isPresent();
        if (ours) {
            stopPid(pid);
        }
    }

    static void stopPid(long pid) {
        ProcessHandle.of(pid).ifPresent(handle -> {
            List<ProcessHandle> family = new ArrayList<>(handle.descendants().toList());
            family.add(handle);
            family.forEach(ProcessHandle::destroy);
            Instant deadline = Instant.now().plusSeconds(20);
            for (ProcessHandle p : family) {
                while (p.isAlive() && Instant.now().isBefore(deadline)) {
                    sleep(200);
                }
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            }
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
