package cn.govit.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL database the platform can use: its JDBC URL and credentials.
 *
 * @param jdbcUrl  URL of the database itself
 * @param username login role
 * @param password password, empty for trust authentication
 * @param origin   where the server came from ({@code url}, {@code testcontainers}, {@code embedded})
 */
public record Database(String jdbcUrl, String username, String password, String origin) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /** Creates a new, empty database on the same server, named with a fresh prefix so runs never share data. */
    public Database createFresh(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return new Database(withDatabase(jdbcUrl, name), username, password, origin);
    }

    /**
     * A login role on the same database that owns nothing (created once, as this database's login), for an
     * application that must not run DDL; this database itself when the login may not create roles.
     */
    public Database loginRole(String role, String rolePassword) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}") || rolePassword.contains("'")) {
            throw new IllegalArgumentException("not a plain role name or password: " + role);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN PASSWORD '" + rolePassword + "'; END IF; END $$");
            return new Database(withoutCredentials(jdbcUrl), role, rolePassword, origin);
        } catch (SQLException e) {
            System.err.println("Could not create the role " + role + " (" + e.getMessage() + "); the app logs in as "
                    + username + ", which may run DDL");
            return this;
        }
    }

    public void drop() {
        String name = databaseName(jdbcUrl);
        try (Connection c = DriverManager.getConnection(withDatabase(jdbcUrl, "postgres"), username, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    /** The URL without {@code user} and {@code password} parameters, which would override the login's. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                .collect(java.util.stream.Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    static String databaseName(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    }
}
