package cn.govit.core.testsupport;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import cn.govit.core.security.CurrentUser;
import cn.govit.devstack.TestServices;
import cn.govit.devstack.Tokens;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Calls a service as a demo user, the way the app's filters do on a request: a real token from the
 * build's Keycloak, verified by the app's own decoder. Tokens are kept per user for the JVM (they
 * live ten minutes, longer than any test class).
 */
public final class Logins {

    private static final Map<String, Authentication> AUTHENTICATED = new ConcurrentHashMap<>();

    private Logins() {
    }

    public static <T> T as(JwtDecoder decoder, String username, Callable<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(AUTHENTICATED.computeIfAbsent(username,
                u -> CurrentUser.fromKeycloakToken().convert(decoder.decode(Tokens.password(TestServices.keycloak(), u)))));
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void run(JwtDecoder decoder, String username, Runnable work) {
        as(decoder, username, () -> {
            work.run();
            return null;
        });
    }
}
