package cn.govit.provisioning.onboarding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One onboarding of a tenant code at a time, also across provisioning replicas: a PostgreSQL session advisory
 * lock, held on its own connection while the onboarding runs on others. A second onboarding of the code waits
 * and then finds the tenant onboarded.
 */
@Component
class OnboardingLock {

    private static final String KEY = "SELECT hashtextextended('govit-onboarding:' || ?, 0)";

    private final DataSource dataSource;

    OnboardingLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Held until closed. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    Held hold(String code) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                run(connection, "SELECT pg_advisory_lock((" + KEY + "))", code);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return () -> {
                try (connection) {
                    run(connection, "SELECT pg_advisory_unlock((" + KEY + "))", code);
                } catch (SQLException e) {
                    // Closing a broken session ends its locks with it.
                    throw new DataAccessResourceFailureException("Unlocking the onboarding of " + code + " failed", e);
                }
            };
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Locking the onboarding of " + code + " failed", e);
        }
    }

    private static void run(Connection connection, String sql, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, code);
            statement.execute();
        }
    }
}
