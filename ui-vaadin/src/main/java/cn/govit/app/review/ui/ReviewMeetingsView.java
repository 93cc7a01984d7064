package cn.govit.app.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.GridCount;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.authority.Verdict;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.review.CriterionView;
import cn.govit.core.review.MeetingView;
import cn.govit.core.review.ReviewRequests;
import cn.govit.core.review.ReviewService;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;

/**
 * 集中评审 (Art. 10) — for the bureau, the review-meeting workspace: batch submitted projects into a meeting,
 * draw its experts (the exclusions for conflicts of interest shown), record a decline (an alternate steps in)
 * and the fees (Art. 11), and issue the technical review opinion once every seated expert scored. For an
 * expert, only the meetings they sit on, with a score and an opinion per project.
 */
@Route(value = "review", layout = MainLayout.class)
@Menu(order = 7, title = "review.heading", icon = "vaadin:group")
@MenuShownTo(ReviewParticipants.class)
public class ReviewMeetingsView extends VerticalLayout implements HasDynamicTitle {

    /** The bureau's new meeting. */
    public record NewMeetingForm(String title, LocalDate heldOn, String place, Set<ProjectView> projects,
                                 String specialties, Integer officials, Integer alternates) {
    }

    /** The bureau's conclusion. */
    public record ConclusionForm(Verdict verdict, String conditions) {
    }

    private final transient ReviewService review;
    private final transient ProjectService projects;
    private final Clock clock;
    private final boolean bureau;
    private final Grid<MeetingView> meetings = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Div message = new Div();

    public ReviewMeetingsView(ReviewService review, ProjectService projects, Clock clock) {
        this.review = review;
        this.projects = projects;
        this.clock = clock;
        setSizeFull();
        add(new H2(getTranslation("review.heading")));
        if (TenantContext.current().isEmpty()) {
            add(new Paragraph(getTranslation("app.noTenant.explain")));
            bureau = false;
            return;
        }
        if (!new ReviewParticipants().test(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("review.forbidden"));
            forbidden.setId("review-forbidden");
            add(forbidden);
            bureau = false;
            return;
        }
        bureau = CurrentUser.has(Role.BUREAU_OFFICER);
        message.setId("review-message");
        message.addClassNames(LumoUtility.TextColor.ERROR);
        Paragraph help = new Paragraph(getTranslation(bureau ? "review.help.bureau" : "review.help.expert"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        add(help);
        if (bureau) {
            add(newMeetingForm());
        }
        meetings.setId("review-meetings");
        meetings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        meetings.addColumn(MeetingView::title).setKey("title").setHeader(getTranslation("review.meeting.title")).setFlexGrow(3);
        meetings.addColumn(m -> m.heldOn().toString()).setKey("heldOn").setHeader(getTranslation("review.meeting.heldOn"))
                .setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(MeetingView::place).setKey("place").setHeader(getTranslation("review.meeting.place")).setFlexGrow(2);
        meetings.addColumn(m -> m.projects().size()).setKey("projects").setHeader(getTranslation("review.meeting.projects"))
                .setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(m -> m.seed() == null ? getTranslation("review.notDrawn")
                        : getTranslation("review.drawn", String.valueOf(m.seed())))
                .setKey("draw").setHeader(getTranslation("review.meeting.draw")).setAutoWidth(true).setFlexGrow(0);
        meetings.setAllRowsVisible(true);
        meetings.setEmptyStateText(getTranslation("review.meetings.empty"));
        GridCount.show(meetings);
        meetings.asSingleSelect().addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().id()));
        detail.setPadding(false);
        detail.setId("review-detail");
        add(message, meetings, detail);
        refresh(null);
    }

    private VerticalLayout newMeetingForm() {
        Binder<NewMeetingForm> binder = new Binder<>(NewMeetingForm.class);
        TextField title = new TextField(getTranslation("review.meeting.title"));
        title.setId("meeting-title");
        DatePicker heldOn = Localized.datePicker(new DatePicker(getTranslation("review.meeting.heldOn")));
        heldOn.setId("meeting-heldOn");
        TextField place = new TextField(getTranslation("review.meeting.place"));
        place.setId("meeting-place");
        MultiSelectComboBox<ProjectView> batch = new MultiSelectComboBox<>(getTranslation("review.meeting.projects"));
        batch.setId("meeting-projects");
        batch.setItems(projects.list().stream()
                .filter(p -> p.status() == ProjectStatus.SUBMITTED || p.status() == ProjectStatus.UNDER_REVIEW).toList());
        batch.setItemLabelGenerator(ProjectView::title);
        batch.setWidth("28em");
        TextField specialties = new TextField(getTranslation("review.meeting.specialties"));
        specialties.setId("meeting-specialties");
        specialties.setHelperText(getTranslation("review.meeting.specialties.help"));
        IntegerField officials = new IntegerField(getTranslation("review.meeting.officials"));
        officials.setId("meeting-officials");
        officials.setMin(1);
        officials.setMax(25);
        IntegerField alternates = new IntegerField(getTranslation("review.meeting.alternates"));
        alternates.setId("meeting-alternates");
        alternates.setMin(0);
        alternates.setMax(25);
        binder.forField(title).asRequired(getTranslation("review.required")).bind("title");
        binder.forField(heldOn).asRequired(getTranslation("review.required")).bind("heldOn");
        binder.forField(place).asRequired(getTranslation("review.required")).bind("place");
        binder.forField(batch).asRequired(getTranslation("review.required")).bind("projects");
        binder.forField(specialties).bind("specialties");
        binder.forField(officials).asRequired(getTranslation("review.required")).bind("officials");
        binder.forField(alternates).asRequired(getTranslation("review.required")).bind("alternates");
        binder.readRecord(new NewMeetingForm("", today(), "", Set.of(), "", 5, 2));
        Button create = new Button(getTranslation("review.meeting.create"), e -> {
            try {
                NewMeetingForm form = binder.writeRecord();
                List<String> fields = form.specialties() == null ? List.of() : Arrays.stream(form.specialties()
                        .split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                MeetingView created = review.createMeeting(new ReviewRequests.NewMeeting(form.title(), form.heldOn(),
                        form.place(), form.projects().stream().map(ProjectView::id).toList(), fields, form.officials(),
                        form.alternates()));
                message.setText("");
                refresh(created.id());
            } catch (ValidationException invalid) {
                message.setText(getTranslation("review.required"));
            } catch (ApiProblem problem) {
                message.setText(ProblemText.of(problem, getLocale()));
            }
        });
        create.setId("meeting-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout first = new HorizontalLayout(title, heldOn, place);
        HorizontalLayout second = new HorizontalLayout(batch, specialties, officials, alternates);
        first.setWrap(true);
        second.setWrap(true);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("review.meeting.new")), first, second, create);
        form.setPadding(false);
        return form;
    }

    private void refresh(UUID selected) {
        List<MeetingView> all = review.meetings();
        meetings.setItems(all);
        all.stream().filter(m -> m.id().equals(selected)).findFirst().ifPresentOrElse(meetings::select, () -> show(null));
    }

    private void show(UUID id) {
        detail.removeAll();
        if (id == null) {
            return;
        }
        MeetingView meeting = review.meeting(id);
        detail.add(new H3(getTranslation("review.detail.heading", meeting.title(), meeting.heldOn().toString(),
                meeting.place())));
        if (bureau) {
            if (meeting.seed() == null) {
                TextField seed = new TextField(getTranslation("review.seed"));
                seed.setId("draw-seed");
                seed.setHelperText(getTranslation("review.seed.help"));
                Button draw = new Button(getTranslation("review.draw"), e -> act(id, () -> {
                    Long value = seed.getValue().isBlank() ? null : Long.valueOf(seed.getValue().strip());
                    review.draw(id, new ReviewRequests.Draw(value));
                }));
                draw.setId("draw");
                draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                detail.add(new HorizontalLayout(seed, draw));
            } else {
                Paragraph seed = new Paragraph(getTranslation("review.drawn.detail", String.valueOf(meeting.seed())));
                seed.setId("draw-result");
                detail.add(seed);
            }
            detail.add(panel(meeting), exclusions(meeting));
            Paragraph fees = new Paragraph(getTranslation("review.fees.total", meeting.feeTotal().toPlainString()));
            fees.setId("review-fees");
            detail.add(fees);
        }
        detail.add(projectsOf(meeting));
    }

    private Grid<MeetingView.Seat> panel(MeetingView meeting) {
        Grid<MeetingView.Seat> grid = new Grid<>();
        grid.setId("review-panel");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(MeetingView.Seat::position).setKey("position").setHeader(getTranslation("review.panel.position"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingView.Seat::name).setKey("name").setHeader(getTranslation("review.panel.name"));
        grid.addColumn(MeetingView.Seat::employer).setKey("employer").setHeader(getTranslation("review.panel.employer"));
        grid.addColumn(s -> getTranslation(s.alternate() ? "review.panel.alternate" : "review.panel.official"))
                .setKey("seat").setHeader(getTranslation("review.panel.seat")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("review.panel.status." + s.status())
                + (s.replacesExpertId() == null ? "" : getTranslation("review.panel.replaces", nameOf(meeting, s.replacesExpertId()))))
                .setKey("status").setHeader(getTranslation("review.panel.statusHeader"));
        grid.addComponentColumn(s -> {
            BigDecimalField fee = new BigDecimalField();
            fee.setId("fee-" + s.expertId());
            fee.setValue(s.fee());
            fee.setWidth("8em");
            Button save = new Button(getTranslation("review.fee.save"), e -> act(meeting.id(), () ->
                    review.pay(meeting.id(), s.expertId(), new ReviewRequests.Fee(fee.getValue()))));
            save.setId("fee-save-" + s.expertId());
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(fee, save);
        }).setKey("fee").setHeader(getTranslation("review.panel.fee"));
        grid.addComponentColumn(s -> {
            Button decline = new Button(getTranslation("review.decline"), e -> act(meeting.id(), () ->
                    review.decline(meeting.id(), s.expertId())));
            decline.setId("decline-" + s.expertId());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            decline.setVisible("SEATED".equals(s.status()));
            return decline;
        }).setKey("decline").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(meeting.panel());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review.panel.empty"));
        return grid;
    }

    private Grid<MeetingView.Excluded> exclusions(MeetingView meeting) {
        Grid<MeetingView.Excluded> grid = new Grid<>();
        grid.setId("review-exclusions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(MeetingView.Excluded::name).setKey("name").setHeader(getTranslation("review.panel.name"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingView.Excluded::reason).setKey("reason").setHeader(getTranslation("review.exclusion.reason"));
        grid.setItems(meeting.exclusions());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review.exclusions.empty"));
        return grid;
    }

    private VerticalLayout projectsOf(MeetingView meeting) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("review-projects");
        for (MeetingView.ProjectEntry project : meeting.projects()) {
            VerticalLayout card = new VerticalLayout();
            card.setId("review-project-" + project.projectId());
            card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL);
            Paragraph heading = new Paragraph(getTranslation("review.project.heading", project.title(),
                    project.ownerUnit(), project.averageScore() == null ? getTranslation("review.project.unscored")
                            : project.averageScore().toPlainString()));
            heading.setId("review-project-heading-" + project.projectId());
            card.add(heading);
            project.scores().forEach(s -> card.add(new Paragraph(getTranslation("review.score.line", s.expert(),
                    s.score().toPlainString(), s.opinion()))));
            if (!project.criteria().isEmpty()) {
                Paragraph averages = new Paragraph(getTranslation("review.score.items", project.criteria().stream()
                        .map(c -> getTranslation("review.score.criterionAverage", c.criterion(), c.weight(),
                                c.average().toPlainString()))
                        .collect(java.util.stream.Collectors.joining(getTranslation("detail.separator")))));
                averages.setId("review-criteria-" + project.projectId());
                card.add(averages);
            }
            if (bureau) {
                card.add(project.opinionId() == null ? conclusionForm(meeting, project)
                        : new Paragraph(getTranslation("review.opinion.issued")));
            } else if (meeting.seed() != null) {
                card.add(scoreForm(meeting, project));
            }
            list.add(card);
        }
        return list;
    }

    /**
     * An expert's score: one field per criterion of the tenant (the weighted sum is their score), or one overall
     * score where the tenant has none; and the opinion.
     */
    private HorizontalLayout scoreForm(MeetingView meeting, MeetingView.ProjectEntry project) {
        List<CriterionView> criteria = review.criteria();
        Map<UUID, BigDecimalField> byCriterion = new LinkedHashMap<>();
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        BigDecimalField overall = new BigDecimalField(getTranslation("review.score"));
        overall.setId("score-" + project.projectId());
        if (criteria.isEmpty()) {
            row.add(overall);
        } else {
            for (CriterionView c : criteria) {
                BigDecimalField field = new BigDecimalField(getTranslation("review.score.criterion", c.name(), c.weight()));
                field.setId("score-" + project.projectId() + "-" + c.position());
                field.setWidth("12em");
                byCriterion.put(c.id(), field);
                row.add(field);
            }
        }
        TextArea opinion = new TextArea(getTranslation("review.score.opinion"));
        opinion.setId("score-opinion-" + project.projectId());
        opinion.setMaxLength(4000);
        opinion.setWidth("28em");
        Button save = new Button(getTranslation("review.score.save"), e -> {
            boolean missing = opinion.isEmpty() || (criteria.isEmpty() ? overall.isEmpty()
                    : byCriterion.values().stream().anyMatch(BigDecimalField::isEmpty));
            if (missing) {
                message.setText(getTranslation("review.required"));
                return;
            }
            List<ReviewRequests.ScoreEntry.Item> items = byCriterion.entrySet().stream()
                    .map(en -> new ReviewRequests.ScoreEntry.Item(en.getKey(), en.getValue().getValue())).toList();
            act(meeting.id(), () -> review.score(meeting.id(), project.projectId(), new ReviewRequests.ScoreEntry(
                    criteria.isEmpty() ? overall.getValue() : null, opinion.getValue(), items.isEmpty() ? null : items)));
        });
        save.setId("score-save-" + project.projectId());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        row.add(opinion, save);
        return row;
    }

    private HorizontalLayout conclusionForm(MeetingView meeting, MeetingView.ProjectEntry project) {
        Binder<ConclusionForm> binder = new Binder<>(ConclusionForm.class);
        RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>(getTranslation("review.conclusion"));
        verdict.setId("conclusion-" + project.projectId());
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation("review.conclusion." + v.name()));
        TextArea conditions = new TextArea(getTranslation("review.conclusion.conditions"));
        conditions.setId("conclusion-conditions-" + project.projectId());
        conditions.setMaxLength(4000);
        conditions.setWidth("24em");
        binder.forField(verdict).asRequired(getTranslation("review.required")).bind("verdict");
        binder.forField(conditions).bind("conditions");
        binder.readRecord(new ConclusionForm(Verdict.APPROVED, ""));
        Button issue = new Button(getTranslation("review.conclusion.issue"), e -> {
            try {
                ConclusionForm form = binder.writeRecord();
                act(meeting.id(), () -> review.conclude(meeting.id(), project.projectId(),
                        new ReviewRequests.Conclusion(form.verdict(), form.conditions())));
            } catch (ValidationException invalid) {
                message.setText(getTranslation("review.required"));
            }
        });
        issue.setId("conclusion-issue-" + project.projectId());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(verdict, conditions, issue);
        row.setWrap(true);
        return row;
    }

    private void act(UUID meeting, Runnable action) {
        try {
            action.run();
            message.setText("");
        } catch (ApiProblem problem) {
            message.setText(ProblemText.of(problem, getLocale()));
        } catch (NumberFormatException | jakarta.validation.ConstraintViolationException invalid) {
            message.setText(getTranslation("review.invalid"));
        }
        refresh(meeting);
    }

    private static String nameOf(MeetingView meeting, UUID expertId) {
        return meeting.panel().stream().filter(s -> s.expertId().equals(expertId)).map(MeetingView.Seat::name)
                .findFirst().orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.heading");
    }
}
