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
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for a downstream service: answers every request with its own name, the path and the
 * headers it received (names in lower case) and how many body bytes, read in full first as an app
 * reads an upload, so a test sees exactly what the gateway forwarded. It can
 * be stopped and started again on its port, as a restarted service is; a request with
 * {@value #DELAY_HEADER} is answered that many milliseconds late, as a slow export would be.
 */
final class EchoServer {

    static final String DELAY_HEADER = "X-Echo-Delay-Ms";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final int port;
    private HttpServer server;
    private int received;

    private EchoServer(String name) {
        this.name = name;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    static EchoServer start(String name) {
        return new EchoServer(name);
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            listening.createContext("/", this::echo);
            // One thread per request: a slow answer must not hold up the others.
            listening.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            listening.start();
            return listening;
        } catch (IOException e) {
            throw new IllegalStateException("Echo server " + name + " could not start", e);
        }
    }

    /** Stops listening: connections to its port are refused, as while the service is down. */
    synchronized void stop() {
        server.stop(0);
    }

    /** Listens on the same port again, as the service does once it has restarted. */
    synchronized void restart() {
        server = listen(port);
    }

    /** How many requests reached this server so far. */
    synchronized int received() {
        return received;
    }

    String url() {
        return "http://localhost:" + port;
    }

    private void echo(HttpExchange exchange) throws IOException {
        synchronized (this) {
            received++;
        }
        String delay = exchange.getRequestHeaders().getFirst(DELAY_HEADER);
        if (delay != null) {
            try {
                Thread.sleep(Long.parseLong(delay));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long bodyBytes = exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(Locale.ROOT), values));
        Map<String, Object> body = Map.of("server", name, "method", exchange.getRequestMethod(),
                "path", exchange.getRequestURI().getRawPath(), "headers", headers, "bodyBytes", bodyBytes);
        byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
