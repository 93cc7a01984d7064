package cn.govit.app.library.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.library.AdjustmentRequest;
import cn.govit.core.library.LibraryService;
import cn.govit.core.web.ApiProblem;

/**
 * 年度调整 (Art. 9) — the bureau rolls the libraries to the horizon starting in the chosen year; projects whose
 * plan year the new horizon passes are carried forward. Once a year: a second run is refused with the article.
 */
class AdjustmentDialog extends Dialog {

    /** What the dialog edits (public: the binder reads it by reflection). */
    public record Form(Integer year, String note) {
    }

    AdjustmentDialog(LibraryService libraries, int thisYear, Runnable done) {
        setId("adjust-dialog");
        setHeaderTitle(getTranslation("library.adjust.header"));
        Binder<Form> binder = new Binder<>(Form.class);
        Select<Integer> year = new Select<>();
        year.setId("adjust-year");
        year.setLabel(getTranslation("library.adjust.year"));
        year.setItems(thisYear, thisYear + 1);
        year.setItemLabelGenerator(y -> getTranslation("library.year", LibraryView.year(y)));
        TextArea note = new TextArea(getTranslation("library.adjust.note"));
        note.setId("adjust-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        binder.forField(year).asRequired(getTranslation("library.adjust.year.required")).bind("year");
        binder.forField(note).bind("note");
        binder.readRecord(new Form(thisYear + 1, ""));
        Div refusal = new Div();
        refusal.setId("adjust-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Button confirm = new Button(getTranslation("library.adjust.confirm"), e -> {
            try {
                Form form = binder.writeRecord();
                libraries.adjust(new AdjustmentRequest(form.year(), form.note(), List.of()));
                close();
                done.run();
            } catch (ValidationException invalid) {
                refusal.setText(getTranslation("library.adjust.year.required"));
            } catch (ApiProblem problem) {
                refusal.setText(ProblemText.of(problem, getLocale()));
            }
        });
        confirm.setId("adjust-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("library.adjust.cancel"), e -> close());
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("library.adjust.help")), year, note, refusal);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, confirm);
    }
}
