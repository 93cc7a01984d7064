package cn.govit.core.tenancy;

/**
 * An archive the platform refuses to import, or a move it refuses to finish, with the file at fault where
 * there is one (Art. 39: a tenant moves between servers only as it was exported).
 */
public class TenantArchiveException extends RuntimeException {

    /** What is wrong; the API turns it into a Chinese message. */
    public enum Reason {
        NOT_AN_ARCHIVE, MANIFEST_MISSING, MANIFEST_UNREADABLE, FILE_MISSING, FILE_UNLISTED, CHECKSUM_MISMATCH,
        CHANGELOG_MISMATCH, SCHEMA_EXISTS, NOT_ON_SERVER, COPY_DIFFERS, SERVER_UNREACHABLE
    }

    private final Reason reason;
    private final String file;

    public TenantArchiveException(Reason reason, String file, Throwable cause) {
        super(reason + (file == null ? "" : " (" + file + ")"), cause);
        this.reason = reason;
        this.file = file;
    }

    public TenantArchiveException(Reason reason, String file) {
        this(reason, file, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The archive's file (or the table) the refusal is about; null when it is about the whole. */
    public String file() {
        return file;
    }
}
