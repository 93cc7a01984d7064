package cn.govit.gateway.edge;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own answers as RFC 9457 Problem Details ({@code application/problem+json}), titled in
 * the request's language like the app's problems: Chinese unless the client asks for English.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /**
     * Writes the problem {@code messageKey} (filled in with {@code args}) with {@code status}; a
     * {@code retryAfter} is sent as whole seconds.
     */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String messageKey, Duration retryAfter,
            Object... args) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(messageKey, args, localeOf(exchange)));
        problem.put("status", status.value());
        problem.put("instance", exchange.getRequest().getPath().value());
        byte[] body = json.writeValueAsBytes(problem);

        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        if (retryAfter != null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(retryAfter)));
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    /** Rounded up, and at least one: {@code Retry-After: 0} would invite an immediate retry storm. */
    static long seconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static Locale localeOf(ServerWebExchange exchange) {
        Locale requested = exchange.getLocaleContext().getLocale();
        return requested != null ? requested : Locale.SIMPLIFIED_CHINESE;
    }
}
