package cn.govit.gateway.edge;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom the gateway believes about the scheme and the client's address: the proxies of
 * {@code govit.edge.trusted-proxies} only. The address decides an anonymous client's rate-limit bucket
 * ({@link TenantRateLimitFilter#keyOf}), so a client cannot spread its requests over buckets it names.
 */
class ForwardedHeadersTest {

    private final ForwardedHeaders forwarded = new ForwardedHeaders(List.of("127.0.0.0/8", "::1", "10.20.0.0/16"));

    @Test
    void aClientReachingTheGatewayDirectlyIsNeitherOnTlsNorAnotherAddressByItsWord() {
        ServerHttpRequest seen = forwarded.apply(from("198.51.100.9")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "for=203.0.113.8;proto=https").build());

        assertThat(seen.getURI().getScheme()).isEqualTo("http");
        assertThat(seen.getURI().getHost()).isEqualTo("gateway.test");
        assertThat(seen.getHeaders().headerNames()).noneMatch(h -> h.toLowerCase().contains("forwarded"));
        assertThat(rateLimitKey(seen)).isEqualTo("client:198.51.100.9");
    }

    @Test
    void behindATrustedProxyTheRequestIsTlsAndTheClientIsTheAddressTheProxyAppended() {
        // The client wrote 198.51.100.1 itself; the ingress (10.20.0.5) appended 203.0.113.7, where it was reached from.
        ServerHttpRequest seen = forwarded.apply(from("10.20.0.5")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "govit.example.gov.cn")
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.7").build());

        assertThat(seen.getURI().getScheme()).isEqualTo("https");
        assertThat(seen.getURI().getHost()).isEqualTo("govit.example.gov.cn");
        assertThat(rateLimitKey(seen)).isEqualTo("client:203.0.113.7");
    }

    @Test
    void proxiesInTheChainAreSkippedAndNamesAreNobodysAddress() {
        assertThat(rateLimitKey(forwarded.apply(from("127.0.0.1")
                .header("X-Forwarded-For", "203.0.113.7, 10.20.3.4").build()))).isEqualTo("client:203.0.113.7");
        assertThat(rateLimitKey(forwarded.apply(from("::1")
                .header("X-Forwarded-For", "localhost").build()))).isEqualTo("client:localhost");
    }

    @Test
    void withNoTrustedProxyNothingForwardedCounts() {
        ServerHttpRequest seen = new ForwardedHeaders(List.of()).apply(from("127.0.0.1")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build());

        assertThat(seen.getURI().getScheme()).isEqualTo("http");
        assertThat(rateLimitKey(seen)).isEqualTo("client:127.0.0.1");
    }

    private static MockServerHttpRequest.BaseBuilder<?> from(String address) {
        return MockServerHttpRequest.get("http://gateway.test/api/v1/projects")
                .remoteAddress(new InetSocketAddress(address, 40000));
    }

    private static String rateLimitKey(ServerHttpRequest request) {
        return TenantRateLimitFilter.keyOf(MockServerWebExchange.from(MockServerHttpRequest.get(request.getURI().toString())
                .remoteAddress(request.getRemoteAddress()).build())).block();
    }
}
