package cn.govit.gateway.edge;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * The circuit breaker of each route ({@code CircuitBreaker=<route>} in application.yml), the Redis rate
 * limiter and the proxies whose forwarded headers count.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgeProperties.class)
class EdgeConfiguration {

    /**
     * Every route's breaker. Resilience4j's time limiter is switched off in application.yml: it would
     * also cut off a long Excel export while its body streams; the gateway's response timeout, which
     * only waits for the upstream to start answering, is the timeout instead. A slow call counts only
     * when it is slower than that.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeBreakers(EdgeProperties properties,
            HttpClientProperties httpClient) {
        EdgeProperties.Breaker breaker = properties.breaker();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRateThreshold())
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .waitDurationInOpenState(breaker.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                .slowCallDurationThreshold(httpClient.getResponseTimeout())
                // A client's oversized body says nothing about the upstream.
                .ignoreExceptions(UploadLimitFilter.UploadTooLargeException.class)
                .build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(config).build());
    }

    /** Under the name Spring's web handler looks for, so it runs before the exchange and its session are made. */
    @Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
    ForwardedHeaderTransformer forwardedHeaderTransformer(EdgeProperties properties) {
        return new ForwardedHeaders(properties.trustedProxies());
    }

    /**
     * The rate limiter's script, read once: as auto-configured, its jar entry is checked for changes before every
     * request's Redis call.
     */
    @Bean
    static BeanPostProcessor rateLimiterScriptReadOnce() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (RedisRateLimiter.REDIS_SCRIPT_NAME.equals(beanName) && bean instanceof DefaultRedisScript<?> script) {
                    script.setScriptText(script.getScriptAsString());
                }
                return bean;
            }
        };
    }

    @Bean
    RedisRateLimiter tenantRateLimiter(EdgeProperties properties) {
        RedisRateLimiter limiter = new RedisRateLimiter(properties.rateLimit().replenishRate(), properties.rateLimit().burstCapacity());
        limiter.setIncludeHeaders(true);
        return limiter;
    }
}
