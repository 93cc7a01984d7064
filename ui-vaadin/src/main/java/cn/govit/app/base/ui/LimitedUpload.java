package cn.govit.app.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.server.streams.UploadResult;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * An upload of a document (or workbook) of at most {@code govit.documents.max-size} (20 MB), refused
 * with 413 on the server — the widget's own size check is only the browser's: one announced larger
 * is refused unread, one that turns out larger while it arrives is cut off there. It streams to a
 * temporary file, so only a file within the limit is ever read into memory, and the callback gets it
 * with the UI locked, as {@link UploadHandler#inMemory} would. The user is told the limit in a notification.
 */
public final class LimitedUpload implements UploadHandler {

    /** Room for a multipart request's boundaries and part headers (a file name of 255 Chinese characters). */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final String TOO_LARGE = LimitedUpload.class.getName() + ".tooLarge";

    private final InMemoryUploadCallback received;

    private LimitedUpload(InMemoryUploadCallback received) {
        this.received = received;
    }

    /** A handler giving {@code received} the file's bytes once it has arrived whole and within the limit. */
    public static LimitedUpload toMemory(InMemoryUploadCallback received) {
        return new LimitedUpload(received);
    }

    @Override
    public void handleRequest(VaadinRequest request, VaadinResponse response, VaadinSession session, Element owner)
            throws IOException {
        DataSize limit = limit(session);
        if (request.getContentLengthLong() > limit.toBytes() + MULTIPART_OVERHEAD) {
            response.setStatus(413);
            tell(owner.getComponent().flatMap(Component::getUI).orElse(null), limit);
            return;
        }
        UploadHandler.super.handleRequest(request, response, session, owner);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        DataSize limit = limit(event.getSession());
        Path file = Files.createTempFile("govit-upload-", ".part");
        try {
            long size = copy(event.getInputStream(), file, limit.toBytes());
            if (size > limit.toBytes()) {
                event.getRequest().setAttribute(TOO_LARGE, true);
                event.reject(event.getUI().getTranslation("upload.error.tooLarge", limit.toMegabytes()));
                tell(event.getUI(), limit);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), size);
            event.getUI().access(() -> {
                try {
                    received.complete(metadata, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A file cut off at the limit is a 413, not the 422 of a file the handler merely declined. */
    @Override
    public void responseHandled(UploadResult result) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(TOO_LARGE) != null) {
            result.response().setStatus(413);
            return;
        }
        UploadHandler.super.responseHandled(result);
    }

    /** Copies until past {@code limit} (by at most one buffer): enough to know the file is too large, no more. */
    private static long copy(InputStream in, Path file, long limit) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while (size <= limit && (n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                size += n;
            }
        }
        return size;
    }

    private static void tell(UI ui, DataSize limit) {
        if (ui != null) {
            ui.access(() -> Notification.show(ui.getTranslation("upload.error.tooLarge", limit.toMegabytes()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static DataSize limit(VaadinSession session) {
        Environment environment = session.getService().getInstantiator().getOrCreate(Environment.class);
        return Binder.get(environment).bind("govit.documents.max-size", DataSize.class).orElse(DataSize.ofMegabytes(20));
    }
}
