package cn.govit.gateway.edge;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * {@code X-Forwarded-*} and {@code Forwarded} are believed only from the proxies in front of the gateway
 * ({@code govit.edge.trusted-proxies}): from them they make the request what the browser sent — https, so
 * HSTS is sent and the cookies are {@code Secure}, with its host and port — and name the client. From
 * anyone else they are dropped unread, so a client cannot make the gateway believe it came over TLS, nor
 * pass for another address (the rate limit's bucket of an anonymous client, the address the app sees).
 * Applied before the exchange and its session exist, as Spring's transformer always is.
 *
 * <p>The client is the last address in {@code X-Forwarded-For} that is not itself a trusted proxy: a proxy
 * appends the address it was reached from to whatever the client sent, so only the right end is vouched for.
 */
final class ForwardedHeaders extends ForwardedHeaderTransformer {

    private static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final List<Range> trusted;
    private final ForwardedHeaderTransformer dropped = new ForwardedHeaderTransformer();

    ForwardedHeaders(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(Range::of).toList();
        this.dropped.setRemoveOnly(true);
    }

    @Override
    public ServerHttpRequest apply(ServerHttpRequest request) {
        if (!hasForwardedHeaders(request)) {
            return request;
        }
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null || !isTrusted(peer.getAddress())) {
            return dropped.apply(request);
        }
        Optional<String> client = Optional.ofNullable(request.getHeaders().get(X_FORWARDED_FOR)).flatMap(this::client);
        ServerHttpRequest adapted = super.apply(request);
        return client.map(address -> adapted.mutate().remoteAddress(InetSocketAddress.createUnresolved(address, peer.getPort())).build())
                .orElse(adapted);
    }

    private Optional<String> client(List<String> headers) {
        List<String> hops = headers.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        for (String hop : hops.reversed()) {
            if (!isTrusted(hop)) {
                return Optional.of(hop);
            }
        }
        return hops.stream().findFirst();
    }

    private boolean isTrusted(String hop) {
        return literal(hop).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An IP address as written, never looked up: a name or an obfuscated identifier is nobody this gateway trusts. */
    private static Optional<InetAddress> literal(String hop) {
        String address = hop.startsWith("[") && hop.endsWith("]") ? hop.substring(1, hop.length() - 1) : hop;
        if (address.isEmpty() || !address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range of them ({@code 10.0.0.0/8}, {@code ::1}). */
    private record Range(byte[] network, int prefix) {

        static Range of(String range) {
            int slash = range.indexOf('/');
            String address = slash < 0 ? range : range.substring(0, slash);
            byte[] network = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "govit.edge.trusted-proxies: not an address or CIDR range: " + range)).getAddress();
            return new Range(network, slash < 0 ? network.length * 8 : Integer.parseInt(range.substring(slash + 1)));
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
