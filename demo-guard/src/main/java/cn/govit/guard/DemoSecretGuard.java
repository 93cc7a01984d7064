package cn.govit.guard;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the demo while a secret or password is one of the demo's ({@code demo-…}): those are
 * public — in the demo realm and as defaults in the jars — so a deployment that forgot to supply its own
 * would run with them. The demo is the profile {@code demo} or {@code govit.demo=true} ({@code GOVIT_DEMO}).
 */
@AutoConfiguration
public class DemoSecretGuard {

    static final String DEMO_PREFIX = "demo-";

    /** Checked before any bean is made, so the refusal comes first, not after a failed connection. */
    @Bean
    static BeanFactoryPostProcessor refuseDemoSecretsOutsideTheDemo(ConfigurableEnvironment environment) {
        return beanFactory -> check(environment);
    }

    static void check(ConfigurableEnvironment environment) {
        if (environment.acceptsProfiles(Profiles.of("demo"))
                || environment.getProperty("govit.demo", Boolean.class, false)) {
            return;
        }
        Set<String> demoSecrets = demoSecrets(environment);
        if (!demoSecrets.isEmpty()) {
            throw new IllegalStateException("拒绝启动：演示环境之外配置了公开的演示密钥（以 demo- 开头）：" + demoSecrets
                    + "。请通过环境变量或 Kubernetes Secret 提供真实的密钥；仅演示环境可用 spring.profiles.active=demo 或 GOVIT_DEMO=true 启动"
                    + " / Refusing to start: demo secrets (demo-…) are configured outside the demo profile: " + demoSecrets
                    + ". Supply real secrets (environment or Kubernetes Secrets); only the demo runs with the demo profile"
                    + " or GOVIT_DEMO=true.");
        }
    }

    /** Names of the properties that hold a secret or password and resolve to a demo value. */
    static Set<String> demoSecrets(ConfigurableEnvironment environment) {
        Set<String> names = new TreeSet<>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if ((lower.contains("secret") || lower.contains("password")) && isDemo(environment, name)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static boolean isDemo(ConfigurableEnvironment environment, String name) {
        try {
            String value = environment.getProperty(name);
            return value != null && value.startsWith(DEMO_PREFIX);
        } catch (IllegalArgumentException unresolvable) {
            return false;
        }
    }
}
