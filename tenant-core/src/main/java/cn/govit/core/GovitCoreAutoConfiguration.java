package cn.govit.core;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import javax.sql.DataSource;

import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenancyConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.DeserializationFeature;

/**
 * Tenant core as a Spring Boot auto-configuration: tenancy always; the domain (JPA entities, services,
 * REST API and its security) unless {@code govit.core.domain.enabled=false}, as in provisioning.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"})
@Import(TenancyConfiguration.class)
public class GovitCoreAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }

    /**
     * Module listeners run on the committing thread, in its tenant, as they always did: Modulith's event publication
     * registry (issue 10) switches {@code @Async} on, whose pool threads would carry no tenant. A listener's failure
     * is logged and leaves its publication incomplete; it never reaches the change, which committed already.
     */
    @Bean
    @ConditionalOnMissingBean(AsyncConfigurer.class)
    AsyncConfigurer listenersOnTheCommittingThread() {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return new SyncTaskExecutor();
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "govit.core.domain.enabled", havingValue = "true", matchIfMissing = true)
    @ComponentScan(basePackages = {"cn.govit.core.project", "cn.govit.core.rules", "cn.govit.core.catalogue",
            "cn.govit.core.lifecycle", "cn.govit.core.documents", "cn.govit.core.compliance", "cn.govit.core.flowchart",
            "cn.govit.core.authority", "cn.govit.core.security", "cn.govit.core.administration", "cn.govit.core.audit",
            "cn.govit.core.library", "cn.govit.core.review", "cn.govit.core.plan", "cn.govit.core.todo",
            "cn.govit.core.notification", "cn.govit.core.unit", "cn.govit.core.opendata", "cn.govit.core.inventory",
            "cn.govit.core.rollup",
            "cn.govit.core.web"})
    @EntityScan("cn.govit.core")
    @EnableJpaRepositories("cn.govit.core")
    static class Domain {

        /**
         * Scheduled jobs run on one replica at a time: ShedLock's lock in {@code platform.shedlock}, taken on the
         * platform's server (scheduler threads belong to no tenant).
         */
        @Configuration(proxyBeanMethods = false)
        @EnableScheduling
        @EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
        static class ClusterJobs {

            @Bean
            LockProvider lockProvider(DataSource dataSource) {
                return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("platform.shedlock")
                        .usingDbTime()
                        .build());
            }
        }

        /** A flag left out of a request means "no" (an application's Art. 8 flags are mostly unset). */
        @Bean
        JsonMapperBuilderCustomizer absentFlagsAreFalse() {
            return builder -> builder.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        }

        /** @PastOrPresent and its kin judge by Beijing's date: a consent dated today is today there, not in UTC. */
        @Bean
        ValidationConfigurationCustomizer beijingValidationClock(Clock clock) {
            return configuration -> configuration.clockProvider(() -> clock);
        }
    }

    /** Also where the domain is off (provisioning): its problems speak the same languages. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Languages {

        /** Chinese unless the request asks for English (Accept-Language); validation messages follow it. */
        @Bean
        LocaleResolver localeResolver() {
            AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
            resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
            resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
            return resolver;
        }
    }
}
