package cn.govit.app.admin.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.Localized;

/**
 * A tenant archive (zip) chosen by the administrator, written to a temporary file as it arrives — an archive
 * holds a district's data and documents and never passes through the heap — and deleted with the dialog.
 */
class ArchiveUpload extends Composite<HorizontalLayout> {

    private final Span state = new Span();
    private Path file;

    ArchiveUpload(String id, Runnable onReceived) {
        Upload upload = new Upload(UploadHandler.toTempFile((meta, received) -> {
            discard();
            file = Files.createTempFile("govit-archive-", ".zip");
            Files.move(received.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            state.setText(getTranslation("admin.archive.received", meta.fileName(), Formats.fileSize(Files.size(file))));
            onReceived.run();
        }));
        Localized.upload(upload);
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        state.setId(id + "-state");
        state.setText(getTranslation("admin.archive.choose"));
        state.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        getContent().add(upload, state);
        getContent().setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discard();
    }

    private void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file = null;
        }
    }
}
