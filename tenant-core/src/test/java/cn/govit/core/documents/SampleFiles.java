package cn.govit.core.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import cn.govit.devstack.ApiClient;
import tools.jackson.databind.JsonNode;

/** Small real files of each accepted format, and the API calls the document tests share. */
public final class SampleFiles {

    public static final String PDF = "application/pdf";

    private SampleFiles() {
    }

    /** A one-page PDF that a reader opens: header, four objects, a cross-reference table with true offsets. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        int xref = pdf.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> tail.append("%010d 00000 n \n".formatted(o)));
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.writeBytes(tail.toString().getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    /** {@code size} bytes that start like a PDF. */
    static byte[] pdfOfSize(int size) {
        byte[] content = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), size);
        Arrays.fill(content, 9, size, (byte) ' ');
        return content;
    }

    /** The first bytes of a PNG image: its signature and the start of its header chunk. */
    static byte[] png() {
        return HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
    }

    static byte[] withPrefix(String hex, String rest) {
        byte[] magic = HexFormat.of().parseHex(hex);
        byte[] tail = rest.getBytes(StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOf(magic, magic.length + tail.length);
        System.arraycopy(tail, 0, content, magic.length, tail.length);
        return content;
    }

    static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A new draft project of the user's district; its id. */
    static String newProject(ApiClient client, String title) {
        return newProject(client, title, false);
    }

    /** The flags are sent although false: the application reads them as primitives, which JSON must not omit. */
    static String newProject(ApiClient client, String title, boolean classified) {
        // An owner unit the demo officer of the title's district acts for (Art. 4).
        String unit = title.startsWith("西湖区") ? "西湖区数据资源管理局" : "东湖区行政审批局";
        Map<String, Object> draft = Map.of("title", title, "kind", "CONSTRUCTION", "ownerUnit", unit,
                "totalInvestment", "500000.00", "upwardApplication", false, "touchesStateSecurity", false,
                "touchesCivilAirDefence", false, "civilWorksOrHighEnergy", false, "classified", classified);
        return client.post("/api/v1/projects", draft).expect(201).get("id").asString();
    }

    static ApiClient.Response upload(ApiClient client, String projectId, String type, String filename,
                                     String contentType, byte[] content) {
        return client.upload("/api/v1/projects/" + projectId + "/documents", "file", filename, contentType, content,
                Map.of("type", type));
    }

    static List<String> ids(JsonNode list) {
        return list.valueStream().map(d -> d.get("id").asString()).toList();
    }
}
