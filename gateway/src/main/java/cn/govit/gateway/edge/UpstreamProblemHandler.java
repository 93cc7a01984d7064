package cn.govit.gateway.edge;

import java.net.ConnectException;

import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * What a client sees when the gateway cannot get an answer from a route's upstream, instead of the
 * gateway's default 500: while the app or provisioning is stopped, starting or restarting (connection
 * refused, or the route's circuit breaker open) a 503 Problem with {@code Retry-After}; when the
 * upstream accepted the request but sent no response within the response timeout, a 504 Problem
 * without {@code Retry-After} — the request may well be what is slow, so repeating it at once would not help.
 */
@Component
// Before Spring Boot's DefaultErrorWebExceptionHandler (-1), which would answer 500.
@Order(-2)
class UpstreamProblemHandler implements WebExceptionHandler {

    private final Problems problems;
    private final EdgeProperties properties;

    UpstreamProblemHandler(Problems problems, EdgeProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        // ServiceUnavailableException: the route's circuit breaker is open.
        if (failure instanceof ConnectException || failure instanceof ServiceUnavailableException) {
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "problem.upstreamUnavailable",
                    properties.breaker().waitInOpen());
        }
        if (hasStatus(failure, HttpStatus.GATEWAY_TIMEOUT)) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "problem.upstreamTimeout", null);
        }
        return Mono.error(failure);
    }

    private static boolean hasStatus(Throwable failure, HttpStatus status) {
        return failure instanceof ResponseStatusException e && e.getStatusCode().value() == status.value();
    }
}
