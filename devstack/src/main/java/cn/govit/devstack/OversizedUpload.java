package cn.govit.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A huge request body made up on the fly and written to a raw socket, never held in memory, while the
 * answer is read at the same time: a server that refuses early answers and closes before the body is
 * sent, which {@link java.net.http.HttpClient} would report as a broken pipe instead of the answer.
 * The body goes with its {@code Content-Length} or, as a script streaming a file would, chunked.
 */
public final class OversizedUpload {

    private static final int CHUNK = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** What came back: the status, the headers (names in lower case), the body and how many body bytes got out. */
    public record Answer(int status, Map<String, String> headers, String body, long sent) {
    }

    private OversizedUpload() {
    }

    /**
     * Sends {@code size} bytes to {@code url} with {@code method}, {@code headers} and either a
     * {@code Content-Length} or {@code Transfer-Encoding: chunked}; {@code prefix} (e.g. a multipart
     * part's headers) comes first and {@code suffix} last, the rest is filler.
     */
    public static Answer send(String method, URI url, Map<String, String> headers, byte[] prefix, long size,
            byte[] suffix, boolean chunked) {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> readAll(socket));
            long sent = 0;
            try {
                OutputStream out = socket.getOutputStream();
                StringBuilder head = new StringBuilder(method + " " + url.getRawPath()
                        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()) + " HTTP/1.1\r\n");
                head.append("Host: ").append(url.getHost()).append(':').append(url.getPort()).append("\r\n");
                headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
                long length = prefix.length + size + suffix.length;
                head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n");
                head.append("Connection: close\r\n\r\n");
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                sent += write(out, prefix, prefix.length, chunked);
                byte[] filler = new byte[CHUNK];
                Arrays.fill(filler, (byte) 'x');
                for (long left = size; left > 0 && !answer.isDone(); left -= CHUNK) {
                    sent += write(out, filler, (int) Math.min(CHUNK, left), chunked);
                }
                sent += write(out, suffix, suffix.length, chunked);
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // The server answered and closed: what it answered is what counts.
            }
            return parse(answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS), sent);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(method + " " + url + " failed", e.getCause());
        }
    }

    private static long write(OutputStream out, byte[] bytes, int length, boolean chunked) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(bytes, 0, length);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return length;
    }

    private static byte[] readAll(Socket socket) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException closed) {
            // A reset after the answer: keep what arrived.
        }
        return answer.toByteArray();
    }

    private static Answer parse(byte[] raw, long sent) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("No HTTP answer (" + sent + " bytes sent): " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body, sent);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int length = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (length == 0) {
                break;
            }
            // Chunk lengths count bytes; the problem bodies here are short enough to be read as bytes.
            byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String piece = new String(rest, 0, length, StandardCharsets.UTF_8);
            body.append(piece);
            at = lineEnd + 2 + piece.length() + 2;
        }
        return body.toString();
    }
}
