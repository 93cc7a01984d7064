package cn.govit.core.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The open-data CSV: UTF-8 with a BOM (so Excel reads the Chinese), RFC 4180 quoting, CRLF lines. */
final class Csv {

    private Csv() {
    }

    /** A writer on {@code out} that has written the BOM and the header line. */
    static Writer start(OutputStream out, String... headers) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        line(w, (Object[]) headers);
        return w;
    }

    /** The response as a CSV download named {@code filename}, its header line written. */
    static Writer start(HttpServletResponse response, String filename, String... headers) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8).build().toString());
        return start(response.getOutputStream(), headers);
    }

    /** One line: fields with a comma, quote or line break quoted, quotes doubled. */
    static void line(Writer w, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String s = fields[i] == null ? "" : fields[i].toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                w.write('"');
                w.write(s.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(s);
            }
        }
        w.write("\r\n");
    }
}
