package cn.govit.app.project.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.dao.OptimisticLockingFailureException;

import cn.govit.app.base.ui.LimitedUpload;
import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.ArticleBadge;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.Finding;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.web.ApiProblem;

/**
 * 办理 — takes one lifecycle step: what the articles still ask before it (e.g. an authority's opinion,
 * 第八条第（十）项), the date it happened, the written explanation where the article asks for one, and the
 * documents it needs. Files are stored as documents of the project first, then the step is taken with
 * their ids; a refused step shows the article and findings and keeps the files.
 */
class StepDialog extends Dialog {

    /** A file received by an upload; {@code stored} once the document service has kept it. */
    private static final class Pending {
        private final DocumentType type;
        private final String filename;
        private final String contentType;
        private final byte[] bytes;
        private DocumentView stored;

        private Pending(DocumentType type, String filename, String contentType, byte[] bytes) {
            this.type = type;
            this.filename = filename;
            this.contentType = contentType;
            this.bytes = bytes;
        }
    }

    private final ProjectView project;
    private final LifecycleAction action;
    private final transient LifecycleService lifecycle;
    private final transient DocumentService documents;
    private final Runnable onTaken;
    private final List<Pending> pending = new ArrayList<>();
    private final Map<DocumentType, Span> received = new EnumMap<>(DocumentType.class);
    private final DatePicker occurredOn = new DatePicker();
    private final TextArea explanation = new TextArea();
    private final Div refusal = new Div();
    private final FindingsPanel findings = new FindingsPanel("step-findings");
    private final Div files = new Div();

    StepDialog(ProjectView project, LifecycleAction action, LifecycleService lifecycle, DocumentService documents,
               LocalDate today, Runnable onTaken) {
        this.project = project;
        this.action = action;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.onTaken = onTaken;
        setId("step-dialog");
        setHeaderTitle(action.label(getLocale()));
        setWidth("640px");
        setMaxWidth("100%");

        Localized.datePicker(occurredOn);
        occurredOn.setId("step-date");
        occurredOn.setLabel(getTranslation("step.occurredOn"));
        occurredOn.setValue(today);
        occurredOn.setMax(today);
        occurredOn.setHelperText(getTranslation("step.occurredOn.help"));
        explanation.setId("step-explanation");
        explanation.setLabel(getTranslation("step.explanation"));
        explanation.setWidthFull();
        explanation.setMaxLength(4000);
        explanation.setRequiredIndicatorVisible(action.explanationRequired());
        if (action.explanationRequired()) {
            explanation.setHelperText(getTranslation("step.explanation.required"));
        }
        VerticalLayout content = new VerticalLayout(ArticleBadge.of(action.article(),
                "en".equals(getLocale().getLanguage())),
                new OutstandingList("step-outstanding", lifecycle.outstanding(project.id(), action)),
                occurredOn, explanation);
        content.setPadding(false);
        for (DocumentType type : action.documents().stream().sorted().toList()) {
            content.add(upload(type, "upload-" + type.name(), getTranslation("step.requiredDocument",
                    type.label(getLocale()))));
        }
        Select<DocumentType> extraType = new Select<>();
        extraType.setId("step-extra-type");
        extraType.setLabel(getTranslation("step.extraType"));
        // Art. 4: an authority's opinion is its own to upload; the others would only be refused.
        Actor actor = CurrentUser.actor();
        extraType.setItems(Arrays.stream(DocumentType.values())
                .filter(t -> !t.reserved() || actor.hasAny(t.issuers())).toList());
        extraType.setItemLabelGenerator(t -> t.label(getLocale()));
        extraType.setValue(DocumentType.OTHER);
        Upload extra = new Upload(LimitedUpload.toMemory((meta, bytes) -> received(extraType.getValue() == null
                ? DocumentType.OTHER : extraType.getValue(), meta.fileName(), meta.contentType(), bytes)));
        Localized.upload(extra);
        extra.setId("upload-extra");
        extra.setMaxFiles(10);
        H4 extraHeading = new H4(getTranslation("step.extraDocuments"));
        extraHeading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        content.add(extraHeading, extraType, extra);
        files.setId("step-files");
        files.addClassNames(LumoUtility.FontSize.SMALL);
        refusal.setId("step-refusal");
        refusal.setVisible(false);
        refusal.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        findings.setVisible(false);
        findings.setWidthFull();
        content.add(files);
        // A refusal's reason goes first, where it is read before anything else (the dialog scrolls).
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Background.ERROR_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Width.FULL);
        content.addComponentAsFirst(findings);
        content.addComponentAsFirst(refusal);
        add(content);

        Button confirm = new Button(getTranslation("step.confirm"), e -> take());
        confirm.setId("step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("step-cancel");
        getFooter().add(cancel, confirm);
    }

    private VerticalLayout upload(DocumentType type, String id, String label) {
        Upload upload = new Upload(LimitedUpload.toMemory((meta, bytes) ->
                received(type, meta.fileName(), meta.contentType(), bytes)));
        Localized.upload(upload);
        upload.setId(id);
        upload.setMaxFiles(5);
        Span state = new Span(getTranslation("step.documentMissing"));
        state.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        received.put(type, state);
        H4 heading = new H4(label);
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        VerticalLayout box = new VerticalLayout(heading, upload, state);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    /** Called with the UI locked, once a file has arrived. */
    void received(DocumentType type, String filename, String contentType, byte[] bytes) {
        pending.add(new Pending(type, filename, contentType, bytes));
        Span state = received.get(type);
        if (state != null) {
            state.setText(getTranslation("step.documentReceived", filename));
        }
        files.add(new Paragraph(getTranslation("step.fileLine", type.label(getLocale()), filename,
                Formats.fileSize(bytes.length))));
    }

    private void take() {
        refusal.setVisible(false);
        findings.setVisible(false);
        List<UUID> ids = new ArrayList<>();
        for (Pending file : pending) {
            if (file.stored == null) {
                try {
                    file.stored = documents.attach(project.id(), file.type, file.filename, file.contentType,
                            file.bytes);
                } catch (ApiProblem problem) {
                    refuse(file.filename + ": " + ProblemText.of(problem, getLocale()), List.of());
                    return;
                }
            }
            ids.add(file.stored.id());
        }
        try {
            lifecycle.take(project.id(), new StepRequest(action, project.version(), occurredOn.getValue(),
                    explanation.getValue(), ids));
        } catch (ApiProblem problem) {
            refuse(ProblemText.of(problem, getLocale()), ProblemText.findings(problem));
            return;
        } catch (OptimisticLockingFailureException e) {
            refuse(getTranslation("wizard.conflict"), List.of());
            return;
        }
        Notification.show(getTranslation("step.taken", action.label(getLocale())), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        onTaken.run();
    }

    private void refuse(String text, List<Finding> found) {
        refusal.setText(text);
        refusal.setVisible(true);
        refusal.scrollIntoView();
        findings.show(found);
        findings.setVisible(!found.isEmpty());
    }
}
