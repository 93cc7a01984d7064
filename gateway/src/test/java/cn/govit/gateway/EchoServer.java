package cn.govit.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for a downstream service: answers every request with its own name, the path and the
 * headers it received (names in lower case), so a test sees exactly what the gateway forwarded.
 */
final class EchoServer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;

    private EchoServer(HttpServer server) {
        this.server = server;
    }

    static EchoServer start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> echo(name, exchange));
            server.start();
            return new EchoServer(server);
        } catch (IOException e) {
            throw new IllegalStateException("Echo server " + name + " could not start", e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static void echo(String name, HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(Locale.ROOT), values));
        Map<String, Object> body = Map.of("server", name, "method", exchange.getRequestMethod(),
                "path", exchange.getRequestURI().getRawPath(), "headers", headers);
        byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
