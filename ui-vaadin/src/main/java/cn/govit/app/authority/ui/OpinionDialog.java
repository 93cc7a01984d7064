package cn.govit.app.authority.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.LimitedUpload;
import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.ArticleBadge;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionRequest;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.Verdict;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.project.ProjectView;
import cn.govit.core.web.ApiProblem;

/**
 * 出具意见 — an authority's officer records its opinion on a project (Art. 4; the secrecy bureau's, for
 * one, under 第八条第（十）项): the verdict, the conditions of a 有条件同意 or the reasons of a 不同意, the
 * date on the signed opinion and the signed opinion itself. The file is stored as a document of the
 * project first, then the opinion is recorded with it; a refusal is shown here and keeps what was
 * entered and uploaded.
 */
public class OpinionDialog extends Dialog {

    /** What the officer enters; the signed file comes through the upload. Public: Binder builds it by reflection. */
    public record Entry(Verdict verdict, String conditions, LocalDate issuedOn) {
    }

    /** The signed opinion as received; {@code stored} once the document service has kept it. */
    private static final class SignedFile {
        private final String filename;
        private final String contentType;
        private final byte[] bytes;
        private DocumentView stored;

        private SignedFile(String filename, String contentType, byte[] bytes) {
            this.filename = filename;
            this.contentType = contentType;
            this.bytes = bytes;
        }
    }

    private final ProjectView project;
    private final OpinionKind kind;
    private final transient OpinionService opinions;
    private final transient DocumentService documents;
    private final Runnable onIssued;
    private final Binder<Entry> binder = new Binder<>(Entry.class);
    private final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
    private final TextArea conditions = new TextArea();
    private final DatePicker issuedOn = new DatePicker();
    private final Span fileState = new Span();
    private final Div refusal = new Div();
    private SignedFile file;

    public OpinionDialog(ProjectView project, OpinionKind kind, OpinionService opinions, DocumentService documents,
                         LocalDate today, Runnable onIssued) {
        this.project = project;
        this.kind = kind;
        this.opinions = opinions;
        this.documents = documents;
        this.onIssued = onIssued;
        setId("opinion-dialog");
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("opinions.dialog.header", kind.authority().label(locale), kind.label(locale)));
        setWidth("640px");
        setMaxWidth("100%");

        Paragraph about = new Paragraph(getTranslation("opinions.dialog.project", project.title(), project.ownerUnit()));
        about.addClassNames(LumoUtility.Margin.NONE);
        verdict.setId("opinion-verdict");
        verdict.setLabel(getTranslation("opinions.verdict"));
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> v.label(locale));
        conditions.setId("opinion-conditions");
        conditions.setLabel(getTranslation("opinions.conditions"));
        conditions.setHelperText(getTranslation("opinions.conditions.help"));
        conditions.setWidthFull();
        conditions.setMaxLength(4000);
        Localized.datePicker(issuedOn);
        issuedOn.setId("opinion-issued-on");
        issuedOn.setLabel(getTranslation("opinions.issuedOn"));
        issuedOn.setHelperText(getTranslation("opinions.issuedOn.help"));
        issuedOn.setMax(today);

        binder.forField(verdict).asRequired(getTranslation("validation.required")).bind("verdict");
        // The service asks the same (opinion.conditionsRequired / reasonsRequired); saying it here keeps the file unsent.
        var conditionsBinding = binder.forField(conditions)
                .withValidator(text -> verdict.getValue() == null || verdict.getValue() == Verdict.APPROVED
                                || !text.isBlank(),
                        context -> getTranslation(verdict.getValue() == Verdict.REJECTED
                                ? "opinions.reasons.required" : "opinions.conditions.required"))
                .bind("conditions");
        binder.forField(issuedOn).asRequired(getTranslation("validation.required"))
                .withValidator(date -> !date.isAfter(today), getTranslation("opinions.issuedOn.future"))
                .bind("issuedOn");
        binder.readRecord(new Entry(null, "", today));
        verdict.addValueChangeListener(e -> {
            conditions.setRequiredIndicatorVisible(e.getValue() != null && e.getValue() != Verdict.APPROVED);
            if (conditions.isInvalid()) {
                conditionsBinding.validate();
            }
        });

        DocumentType type = kind.documentType();
        Upload upload = new Upload(LimitedUpload.toMemory((meta, bytes) ->
                received(meta.fileName(), meta.contentType(), bytes)));
        Localized.upload(upload);
        upload.setId("opinion-upload");
        upload.setMaxFiles(1);
        H4 uploadHeading = new H4(getTranslation("opinions.document", type.label(locale)));
        uploadHeading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        fileState.setId("opinion-file");
        fileState.setText(getTranslation("opinions.document.none"));
        fileState.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        refusal.setId("opinion-refusal");
        refusal.setVisible(false);
        refusal.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Padding.SMALL,
                LumoUtility.Background.ERROR_10, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Width.FULL);
        refusal.getElement().setAttribute("role", "alert");

        // A refusal's reason first, where it is read before the form it is about.
        VerticalLayout content = new VerticalLayout(refusal, ArticleBadge.of(kind.article(),
                "en".equals(locale.getLanguage())), about, verdict, conditions, issuedOn, uploadHeading, upload, fileState);
        content.setPadding(false);
        add(content);

        Button confirm = new Button(getTranslation("opinions.confirm"), e -> issue());
        confirm.setId("opinion-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("opinion-cancel");
        getFooter().add(cancel, confirm);
    }

    /** Called with the UI locked, once the signed opinion has arrived; a second file replaces the first. */
    void received(String filename, String contentType, byte[] bytes) {
        file = new SignedFile(filename, contentType, bytes);
        fileState.setText(getTranslation("opinions.document.received", filename, Formats.fileSize(bytes.length)));
    }

    private void issue() {
        refusal.setVisible(false);
        Entry entry;
        try {
            entry = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the fields say what is missing
        }
        if (file == null) {
            refuse(getTranslation("opinions.document.missing"));
            return;
        }
        if (file.stored == null) {
            try {
                file.stored = documents.attach(project.id(), kind.documentType(), file.filename, file.contentType,
                        file.bytes);
            } catch (ApiProblem problem) {
                // A file the document service refuses (size, format) will not pass later either: another one is needed.
                refuse(file.filename + ": " + ProblemText.of(problem, getLocale()));
                file = null;
                fileState.setText(getTranslation("opinions.document.none"));
                return;
            }
        }
        try {
            opinions.issue(project.id(), new OpinionRequest(kind, entry.verdict(), entry.conditions(), entry.issuedOn(),
                    file.stored.id()));
        } catch (ApiProblem problem) {
            refuse(ProblemText.of(problem, getLocale()));
            return;
        }
        Notification.show(getTranslation("opinions.issued", kind.label(getLocale()), entry.verdict().label(getLocale()),
                project.title()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        onIssued.run();
    }

    private void refuse(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
        refusal.scrollIntoView();
    }
}
