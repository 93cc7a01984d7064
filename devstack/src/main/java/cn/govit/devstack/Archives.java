package cn.govit.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Zip archives as a tampering hand would leave them, for tests of the platform's checks. */
public final class Archives {

    private Archives() {
    }

    /**
     * A copy of {@code zip} at {@code copy} in which one byte of the entry {@code name} is flipped; every other
     * entry — its manifest too — is as it was, and the zip itself is well formed.
     */
    public static Path withOneByteFlipped(Path zip, String name, Path copy) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    byte[] bytes = content.readAllBytes();
                    if (entry.getName().equals(name)) {
                        bytes[bytes.length - 3] ^= 0x01;
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return copy;
    }
}
