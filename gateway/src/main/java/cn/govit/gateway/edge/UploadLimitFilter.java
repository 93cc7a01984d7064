package cn.govit.gateway.edge;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * No request body larger than its limit reaches an upstream: one announced by {@code Content-Length}
 * gets a 413 Problem at once, unread; a chunked one is counted as it streams through and cut off at the
 * limit with the same 413, so the app never has to hold or even receive more than the limit.
 */
@Component
class UploadLimitFilter implements GlobalFilter, Ordered {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final Problems problems;
    private final EdgeProperties.Upload limits;

    UploadLimitFilter(Problems problems, EdgeProperties properties) {
        this.problems = problems;
        this.limits = properties.upload();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        DataSize limit = limits.archivePaths().stream().anyMatch(p -> PATHS.match(p, path))
                ? limits.maxArchiveSize() : limits.maxSize();
        if (request.getHeaders().getContentLength() > limit.toBytes()) {
            return refuse(exchange, limit);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong received = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (received.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                        DataBufferUtils.release(buffer);
                        sink.error(new UploadTooLargeException());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(UploadTooLargeException.class, tooLarge -> exchange.getResponse().isCommitted()
                        ? Mono.error(tooLarge) : refuse(exchange, limit));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, DataSize limit) {
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "problem.uploadTooLarge", null, limit.toMegabytes());
    }

    /** Before the rate limit and the routes' own filters: an oversized body costs neither Redis nor an upstream anything. */
    @Override
    public int getOrder() {
        return -1;
    }

    /** A chunked body ran past its limit; the client's fault, never the upstream's (the circuit breaker ignores it). */
    static final class UploadTooLargeException extends RuntimeException {

        UploadTooLargeException() {
            super("Request body over the gateway's limit", null, false, false);
        }
    }
}
