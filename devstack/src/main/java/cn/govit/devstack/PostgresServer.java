package cn.govit.devstack;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Picks the PostgreSQL server: an explicit JDBC URL if configured ({@code GOVIT_DB_URL} or
 * {@code -Dgovit.db.url}, with {@code GOVIT_DB_USER}/{@code GOVIT_DB_PASSWORD}), else Testcontainers
 * where a Docker engine answers, else embedded PostgreSQL 17 (zonky).
 */
public final class PostgresServer implements AutoCloseable {

    private static final System.Logger log = System.getLogger(PostgresServer.class.getName());

    private final Database database;
    private final AutoCloseable owned;

    private PostgresServer(Database database, AutoCloseable owned) {
        this.database = database;
        this.owned = owned;
    }

    public Database database() {
        return database;
    }

    /**
     * @param embeddedDataDir where embedded PostgreSQL keeps its data; {@code null} for a throw-away cluster
     */
    public static PostgresServer start(Path embeddedDataDir) {
        Optional<String> url = setting("govit.db.url", "GOVIT_DB_URL");
        if (url.isPresent()) {
            log.log(Level.INFO, "Using PostgreSQL at {0}", url.get());
            return new PostgresServer(new Database(url.get(),
                    setting("govit.db.user", "GOVIT_DB_USER").orElse("postgres"),
                    setting("govit.db.password", "GOVIT_DB_PASSWORD").orElse(""), "url"), null);
        }
        if (embeddedDataDir == null && dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.log(Level.INFO, "Using PostgreSQL from Testcontainers at {0}", container.getJdbcUrl());
            return new PostgresServer(new Database(container.getJdbcUrl(), container.getUsername(),
                    container.getPassword(), "testcontainers"), container::stop);
        }
        try {
            // Its owner stops it (TestServices once the tests' Spring applications closed, PlatformLauncher after the
            // platform), not a shutdown hook of its own that would run beside theirs.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", bindAddress())
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("max_locks_per_transaction", "256");
            if (embeddedDataDir != null) {
                builder.setDataDirectory(embeddedDataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres pg = builder.start();
            String jdbcUrl = pg.getJdbcUrl("postgres", "postgres");
            log.log(Level.INFO, "Using embedded PostgreSQL 17 at {0}", jdbcUrl);
            return new PostgresServer(new Database(jdbcUrl, "postgres", "", "embedded"), pg);
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL could not start: " + e.getMessage(), e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * The address every process of the dev stack listens on: loopback, so a demo with public secrets is not
     * reachable from the network, unless {@code GOVIT_BIND} (or {@code -Dgovit.bind}) names another, e.g. 0.0.0.0.
     */
    static String bindAddress() {
        return setting("govit.bind", "GOVIT_BIND").orElse("127.0.0.1");
    }

    static Optional<String> setting(String property, String env) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(env)))
                .filter(s -> !s.isBlank());
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                log.log(Level.WARNING, "PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
