package cn.govit.app.plan.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.LimitedUpload;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.WanYuanField;
import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.plan.LeadingGroupMeetingView;
import cn.govit.core.plan.PlanDecision;
import cn.govit.core.plan.PlanRequests;
import cn.govit.core.plan.PlanService;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;

/**
 * 领导小组审议 (Art. 12) — the bureau brings the reserve library's projects before the 大数据与数字经济领导小组: it
 * records a meeting with its date and agenda, uploads the minutes (attached to every project of the agenda) and
 * the decision on each project — included in the annual plan with priority and funds in 元, deferred or not
 * included, with a reason. The finance bureau and the NDRC read it.
 */
@Route(value = "leading-group", layout = MainLayout.class)
@Menu(order = 8, title = "plan.meetings.heading", icon = "vaadin:gavel")
@MenuShownTo(PlanReaders.class)
public class LeadingGroupView extends VerticalLayout implements HasDynamicTitle {

    private final transient PlanService plans;
    private final transient ProjectService projects;
    private final Clock clock;
    private final boolean bureau;
    private final Grid<LeadingGroupMeetingView> meetings = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Div message = new Div();
    private transient Minutes minutes;

    private record Minutes(String filename, String contentType, byte[] bytes) {
    }

    public LeadingGroupView(PlanService plans, ProjectService projects, Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.clock = clock;
        setSizeFull();
        add(new H2(getTranslation("plan.meetings.heading")));
        if (TenantContext.current().isEmpty()) {
            add(new Paragraph(getTranslation("app.noTenant.explain")));
            bureau = false;
            return;
        }
        if (!PlanService.readableBy(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("plan.forbidden"));
            forbidden.setId("plan-forbidden");
            add(forbidden);
            bureau = false;
            return;
        }
        bureau = PlanService.keptBy(CurrentUser.actor());
        message.setId("plan-message");
        message.addClassNames(LumoUtility.TextColor.ERROR);
        Paragraph help = new Paragraph(getTranslation("plan.meetings.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        add(help);
        if (bureau) {
            add(newMeetingForm());
        }
        meetings.setId("plan-meetings");
        meetings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        meetings.addColumn(LeadingGroupMeetingView::title).setKey("title").setHeader(getTranslation("plan.meeting.title"))
                .setFlexGrow(3);
        meetings.addColumn(m -> Formats.date(m.heldOn())).setKey("heldOn")
                .setHeader(getTranslation("plan.meeting.heldOn")).setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> m.agenda().size()).setKey("agenda").setHeader(getTranslation("plan.meeting.agenda"))
                .setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> m.minutesFilename() == null ? getTranslation("plan.minutes.none") : m.minutesFilename())
                .setKey("minutes").setHeader(getTranslation("plan.minutes")).setFlexGrow(2);
        meetings.setAllRowsVisible(true);
        meetings.setEmptyStateText(getTranslation("plan.meetings.empty"));
        meetings.asSingleSelect().addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().id()));
        detail.setPadding(false);
        detail.setId("plan-detail");
        add(message, meetings, detail);
        refresh(null);
    }

    private VerticalLayout newMeetingForm() {
        TextField title = new TextField(getTranslation("plan.meeting.title"));
        title.setId("plan-meeting-title");
        title.setWidth("24em");
        title.setValue(getTranslation("plan.meeting.title.default"));
        DatePicker heldOn = Localized.datePicker(new DatePicker(getTranslation("plan.meeting.heldOn")));
        heldOn.setId("plan-meeting-heldOn");
        heldOn.setValue(today());
        MultiSelectComboBox<ProjectView> agenda = new MultiSelectComboBox<>(getTranslation("plan.meeting.agenda.pick"));
        agenda.setId("plan-meeting-projects");
        agenda.setItems(projects.list().stream().filter(p -> p.status() == ProjectStatus.RESERVE).toList());
        agenda.setItemLabelGenerator(ProjectView::title);
        agenda.setWidth("28em");
        Button create = new Button(getTranslation("plan.meeting.create"), e -> {
            if (title.isEmpty() || heldOn.isEmpty() || agenda.isEmpty()) {
                message.setText(getTranslation("plan.required"));
                return;
            }
            try {
                LeadingGroupMeetingView created = plans.createMeeting(new PlanRequests.NewMeeting(title.getValue(),
                        heldOn.getValue(), agenda.getValue().stream().map(ProjectView::id).toList()));
                message.setText("");
                agenda.clear();
                refresh(created.id());
            } catch (ApiProblem problem) {
                message.setText(ProblemText.of(problem, getLocale()));
            } catch (jakarta.validation.ConstraintViolationException invalid) {
                message.setText(getTranslation("plan.invalid"));
            }
        });
        create.setId("plan-meeting-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(title, heldOn, agenda);
        fields.setWrap(true);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("plan.meeting.new")), fields, create);
        form.setPadding(false);
        return form;
    }

    private void refresh(UUID selected) {
        List<LeadingGroupMeetingView> all = plans.meetings();
        meetings.setItems(all);
        all.stream().filter(m -> m.id().equals(selected)).findFirst().ifPresentOrElse(meetings::select, () -> show(null));
    }

    private void show(UUID id) {
        detail.removeAll();
        minutes = null;
        if (id == null) {
            return;
        }
        LeadingGroupMeetingView meeting = plans.meeting(id);
        detail.add(new H3(getTranslation("plan.detail.heading", meeting.title(), Formats.date(meeting.heldOn()))));
        if (meeting.minutesFilename() != null) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                var content = plans.minutes(id);
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.document().filename(),
                        content.document().contentType(), content.bytes().length);
            }), getTranslation("plan.minutes.download", meeting.minutesFilename()));
            download.setId("plan-minutes-download");
            download.getElement().setAttribute("download", true);
            detail.add(download);
        }
        if (bureau) {
            Span state = new Span(getTranslation("plan.minutes.choose"));
            state.setId("plan-minutes-file");
            state.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Upload upload = new Upload(LimitedUpload.toMemory((meta, bytes) -> {
                minutes = new Minutes(meta.fileName(), meta.contentType(), bytes);
                state.setText(getTranslation("plan.minutes.received", meta.fileName(), Formats.fileSize(bytes.length)));
            }));
            Localized.upload(upload);
            upload.setId("plan-minutes-upload");
            upload.setMaxFiles(1);
            Button save = new Button(getTranslation("plan.minutes.save"), e -> {
                if (minutes == null) {
                    message.setText(getTranslation("plan.minutes.choose"));
                    return;
                }
                Minutes file = minutes;
                act(id, () -> plans.uploadMinutes(id, file.filename(), file.contentType(), file.bytes()));
            });
            save.setId("plan-minutes-save");
            HorizontalLayout row = new HorizontalLayout(upload, state, save);
            row.setAlignItems(Alignment.CENTER);
            row.setWrap(true);
            detail.add(row);
        }
        VerticalLayout agenda = new VerticalLayout();
        agenda.setPadding(false);
        agenda.setId("plan-agenda");
        for (LeadingGroupMeetingView.Item item : meeting.agenda()) {
            VerticalLayout card = new VerticalLayout();
            card.setId("plan-item-" + item.projectId());
            card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL);
            card.add(new Anchor("projects/" + item.projectId(), getTranslation("plan.item.heading", item.title(),
                    item.ownerUnit(), Formats.wanYuan(item.totalInvestment()), item.status().label(getLocale()))));
            if (item.decision() != null) {
                Paragraph decided = new Paragraph(decisionText(item));
                decided.setId("plan-item-decision-" + item.projectId());
                card.add(decided);
            } else if (bureau) {
                card.add(decisionForm(meeting, item));
            } else {
                card.add(new Paragraph(getTranslation("plan.item.pending")));
            }
            agenda.add(card);
        }
        detail.add(agenda);
    }

    private String decisionText(LeadingGroupMeetingView.Item item) {
        String label = item.decision().label(getLocale());
        if (item.decision() == PlanDecision.INCLUDE) {
            return getTranslation("plan.item.included", label, String.valueOf(item.planYear()), item.priority(),
                    Formats.wanYuan(item.fundedAmount()));
        }
        return getTranslation("plan.item.notIncluded", label, item.reason());
    }

    private HorizontalLayout decisionForm(LeadingGroupMeetingView meeting, LeadingGroupMeetingView.Item item) {
        RadioButtonGroup<PlanDecision> decision = new RadioButtonGroup<>(getTranslation("plan.decision"));
        decision.setId("plan-decision-" + item.projectId());
        decision.setItems(PlanDecision.values());
        decision.setItemLabelGenerator(d -> d.label(getLocale()));
        decision.setValue(PlanDecision.INCLUDE);
        IntegerField year = new IntegerField(getTranslation("plan.decision.year"));
        year.setId("plan-year-" + item.projectId());
        year.setValue(meeting.heldOn().getYear());
        year.setWidth("7em");
        IntegerField priority = new IntegerField(getTranslation("plan.decision.priority"));
        priority.setId("plan-priority-" + item.projectId());
        priority.setMin(1);
        priority.setWidth("7em");
        WanYuanField funded = new WanYuanField(getTranslation("plan.decision.funded"));
        funded.setId("plan-funded-" + item.projectId());
        funded.setWidth("12em");
        TextArea reason = new TextArea(getTranslation("plan.decision.reason"));
        reason.setId("plan-reason-" + item.projectId());
        reason.setMaxLength(2000);
        reason.setWidth("20em");
        Button record = new Button(getTranslation("plan.decision.record"), e -> act(meeting.id(), () -> {
            boolean include = decision.getValue() == PlanDecision.INCLUDE;
            if (include && funded.unreadable() != null) {
                return; // the field says why; nothing is recorded
            }
            plans.decide(meeting.id(), item.projectId(), new PlanRequests.Decision(decision.getValue(),
                    include ? year.getValue() : null, include ? priority.getValue() : null,
                    include ? funded.getValue() : null, reason.getValue()));
        }));
        record.setId("plan-decide-" + item.projectId());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decision.addValueChangeListener(e -> {
            boolean include = e.getValue() == PlanDecision.INCLUDE;
            year.setVisible(include);
            priority.setVisible(include);
            funded.setVisible(include);
        });
        HorizontalLayout row = new HorizontalLayout(decision, year, priority, funded, reason, record);
        row.setWrap(true);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void act(UUID meeting, Runnable action) {
        try {
            action.run();
            message.setText("");
        } catch (ApiProblem problem) {
            message.setText(ProblemText.of(problem, getLocale()));
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            message.setText(getTranslation("plan.invalid"));
        }
        refresh(meeting);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.meetings.heading");
    }
}
