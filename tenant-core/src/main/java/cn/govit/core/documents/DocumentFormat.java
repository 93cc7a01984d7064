package cn.govit.core.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * 文件格式 — the formats a document may have, each with the first bytes its files start with, so that
 * a file whose content is not what its declared type says is refused rather than stored.
 */
enum DocumentFormat {

    PDF("application/pdf", startsWith("255044462d")),
    DOC("application/msword", Signature.OLE),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP),
    XLS("application/vnd.ms-excel", Signature.OLE),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP),
    /** 版式文档 (GB/T 33190), a ZIP container. */
    OFD("application/ofd", Signature.ZIP),
    // Windows browsers declare .zip files as application/x-zip-compressed.
    ZIP("application/zip", Signature.ZIP, "application/x-zip-compressed"),
    PNG("image/png", startsWith("89504e470d0a1a0a")),
    JPEG("image/jpeg", startsWith("ffd8ff")),
    TEXT("text/plain", DocumentFormat::isUtf8Text);

    private final String contentType;
    private final Predicate<byte[]> signature;
    private final List<String> aliases;

    DocumentFormat(String contentType, Predicate<byte[]> signature, String... aliases) {
        this.contentType = contentType;
        this.signature = signature;
        this.aliases = List.of(aliases);
    }

    /** The format a declared content type names, ignoring case and parameters such as {@code charset}. */
    static Optional<DocumentFormat> of(String declaredContentType) {
        if (declaredContentType == null) {
            return Optional.empty();
        }
        String type = declaredContentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.contentType.equals(type) || f.aliases.contains(type)).findFirst();
    }

    /** The content type stored and served for this format. */
    String contentType() {
        return contentType;
    }

    /** Whether {@code content} really is a file of this format. */
    boolean matches(byte[] content) {
        return signature.test(content);
    }

    private static Predicate<byte[]> startsWith(String hex) {
        byte[] magic = HexFormat.of().parseHex(hex);
        return content -> content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Shared by several formats; a holder, as enum constants cannot use the enum's own static fields. */
    private static final class Signature {
        /** OLE2 compound file: .doc, .xls. */
        static final Predicate<byte[]> OLE = startsWith("d0cf11e0a1b11ae1");
        /** A ZIP archive's first local file header: .docx, .xlsx, .ofd, .zip. */
        static final Predicate<byte[]> ZIP = startsWith("504b0304");
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
