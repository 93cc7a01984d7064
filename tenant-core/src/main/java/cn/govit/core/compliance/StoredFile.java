package cn.govit.core.compliance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** The city government's signed consent (Art. 33) as uploaded: a PDF or an image of at most 20 MB, with its SHA-256. */
record StoredFile(String name, String contentType, byte[] content, String sha256) {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The leading bytes each accepted type starts with. */
    private static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** Checks type, size and content; refuses with the problem a user can act on. */
    static StoredFile of(String name, String declaredContentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "compliance.consentFileMissing", "R33", "file");
        }
        if (content.length > MAX_BYTES) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "compliance.consentFileTooLarge", "R33", "file",
                    MAX_BYTES / 1024 / 1024);
        }
        String type = Objects.requireNonNullElse(declaredContentType, "").toLowerCase(Locale.ROOT).split(";")[0].strip();
        byte[] magic = MAGIC.get(type);
        if (magic == null || content.length < magic.length
                || !Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "compliance.consentFileType", "R33", "file", type);
        }
        String fileName = name == null || name.isBlank() ? "consent" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return new StoredFile(fileName.length() > 255 ? fileName.substring(0, 255) : fileName, type, content,
                sha256(content));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
