package cn.govit.app.project.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.LimitedUpload;
import cn.govit.app.authority.ui.OpinionDialog;
import cn.govit.app.authority.ui.OpinionIssuers;
import cn.govit.app.base.ui.ArticleBadge;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.PeopleLabels;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.Indicator;
import cn.govit.core.application.ResourceCatalogueEntry;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.OpinionView;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.lifecycle.Deadline;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.lifecycle.TimelineEntry;
import cn.govit.core.project.ProjectDetail;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.People;
import cn.govit.core.security.Role;
import cn.govit.core.rules.Finding;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.todo.NextStep;
import cn.govit.core.todo.TodoService;
import cn.govit.core.web.ApiProblem;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * 项目详情 — one project of the user's tenant: its application and findings, the steps the user's
 * roles may take now with what the articles still ask before each, the authorities' opinions (Art. 4,
 * 第八条第（十）项, 第十四条) and the way for an authority's officer to record one, its deadlines,
 * documents and timeline. Another tenant's project is not found.
 */
@Route(value = "projects/:id", layout = MainLayout.class)
public class ProjectDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectService projects;
    private final transient LifecycleService lifecycle;
    private final transient DocumentService documents;
    private final transient OpinionService opinions;
    private final transient PeopleLabels people;
    private final transient TodoService todo;
    private final Clock clock;
    private String pageTitle;
    private UUID projectId;

    public ProjectDetailView(ProjectService projects, LifecycleService lifecycle, DocumentService documents,
                             OpinionService opinions, TodoService todo, People directory, Clock clock) {
        this.projects = projects;
        this.people = new PeopleLabels(directory, getLocale());
        this.todo = todo;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.opinions = opinions;
        this.clock = clock;
        setWidthFull();
    }

    /** A route's id as a project id, if it is one. */
    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().get("id").flatMap(ProjectDetailView::parse).orElse(null);
        render();
    }

    /** Shows the project as it is stored now (after a step, too). */
    void render() {
        render(null);
    }

    /** As {@link #render()}, with the tab of that id selected. */
    private void render(String selectedTab) {
        removeAll();
        MainLayout.refreshTodoCount(this);
        pageTitle = getTranslation("detail.notFound");
        Optional<ProjectDetail> detail = projectId == null || TenantContext.current().isEmpty() ? Optional.empty()
                : projects.detail(projectId);
        if (detail.isEmpty()) {
            Paragraph notFound = new Paragraph(getTranslation("detail.notFound"));
            notFound.setId("project-not-found");
            add(new H2(getTranslation("detail.notFound")), notFound,
                    new RouterLink(getTranslation("detail.backToRegistry"), ProjectRegistryView.class));
            return;
        }
        ProjectView project = detail.get().project();
        pageTitle = project.title();
        add(header(project, detail.get().omFundingWithheld()));
        returnReason(project).ifPresent(this::add);
        add(nextStep(project));
        TabSheet tabs = new TabSheet();
        tabs.setId("detail-tabs");
        tabs.setWidthFull();
        tab(tabs, "tab-application", "detail.tab.application", () -> applicationTab(detail.get()));
        tab(tabs, "tab-actions", "detail.tab.actions", () -> actionsTab(project));
        tab(tabs, "tab-opinions", "detail.tab.opinions", () -> opinionsTab(project));
        tab(tabs, "tab-deadlines", "detail.tab.deadlines", () -> deadlinesTab(project.id()));
        tab(tabs, "tab-documents", "detail.tab.documents", () -> documentsTab(project));
        tab(tabs, "tab-timeline", "detail.tab.timeline", () -> timelineTab(project.id()));
        add(tabs);
        if (selectedTab != null) {
            IntStream.range(0, tabs.getTabCount()).mapToObj(tabs::getTabAt)
                    .filter(t -> t.getId().filter(selectedTab::equals).isPresent()).findFirst()
                    .ifPresent(tabs::setSelectedTab);
        }
    }

    private void tab(TabSheet tabs, String id, String labelKey, Supplier<Component> content) {
        Tab tab = tabs.add(getTranslation(labelKey), content.get());
        tab.setId(id);
    }

    private Component header(ProjectView project, boolean omFundingWithheld) {
        H2 title = new H2(project.title());
        title.setId("detail-title");
        title.addClassNames(LumoUtility.Margin.NONE);
        Span status = new Span(project.status().label(getLocale()));
        status.setId("detail-status");
        status.getElement().getThemeList().add("badge");
        status.addClassNames(LumoUtility.Padding.Horizontal.SMALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.PRIMARY_10, LumoUtility.TextColor.PRIMARY, LumoUtility.FontWeight.SEMIBOLD);
        Span investment = new Span(getTranslation("detail.investment", Formats.wanYuan(project.totalInvestment())));
        investment.setId("detail-investment");
        Span version = new Span(getTranslation("detail.updated", Formats.dateTime(project.updatedAt()),
                project.updatedBy()));
        version.setId("detail-updated");
        version.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span owner = new Span(project.ownerUnit());
        owner.addClassNames(LumoUtility.TextColor.SECONDARY);
        HorizontalLayout facts = new HorizontalLayout(status, investment, owner, version);
        if (omFundingWithheld) {
            // 第三十三条: a sanction is in force on the owner unit — 市财政不再安排项目（系统）运维经费.
            Badge withheld = new Badge(getTranslation("detail.omFundingWithheld"));
            withheld.setId("detail-om-withheld");
            withheld.addThemeVariants(BadgeVariant.ERROR);
            facts.add(withheld);
        }
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        facts.getStyle().set("flex-wrap", "wrap");
        VerticalLayout left = new VerticalLayout(title, facts);
        left.setPadding(false);
        left.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(left);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writeApplicationPdf(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()),
                    getTranslation("pdf.filename", project.title()), "application/pdf", out.size());
        }), "");
        pdf.setId("detail-application-pdf");
        pdf.getElement().setAttribute("download", true);
        Button pdfButton = new Button(getTranslation("pdf.download"), VaadinIcon.FILE_TEXT_O.create());
        pdfButton.setTabIndex(-1);
        pdf.add(pdfButton);
        HorizontalLayout buttons = new HorizontalLayout(pdf);
        header.add(buttons);
        if (projects.editableByCurrentUser(project)) {
            Button edit = new Button(getTranslation("detail.edit"), VaadinIcon.EDIT.create(), e -> UI.getCurrent()
                    .navigate("projects/" + project.id() + "/edit"));
            edit.setId("detail-edit");
            buttons.add(edit);
        }
        // Art. 4: the owner unit may withdraw a draft it never submitted; the service refuses anyone else.
        if (project.status() == ProjectStatus.DRAFT && projects.editableByCurrentUser(project)) {
            Button delete = new Button(getTranslation("detail.delete"), VaadinIcon.TRASH.create(),
                    e -> confirmDelete(project));
            delete.setId("detail-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        return header;
    }

    /** 删除草稿 — asked once more, since a deleted draft does not come back. */
    private void confirmDelete(ProjectView project) {
        Dialog dialog = new Dialog();
        dialog.setId("delete-dialog");
        dialog.setHeaderTitle(getTranslation("detail.delete.header"));
        dialog.add(new Paragraph(getTranslation("detail.delete.text", project.title())));
        Div refusal = new Div();
        refusal.setId("delete-refusal");
        refusal.addClassNames(LumoUtility.TextColor.ERROR);
        refusal.setVisible(false);
        dialog.add(refusal);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("delete-cancel");
        Button confirm = new Button(getTranslation("detail.delete"), VaadinIcon.TRASH.create(), e -> {
            try {
                projects.deleteDraft(project.id(), project.version());
            } catch (ApiProblem problem) {
                refusal.setText(ProblemText.of(problem, getLocale()));
                refusal.setVisible(true);
                return;
            } catch (OptimisticLockingFailureException conflict) {
                refusal.setText(getTranslation("wizard.conflict"));
                refusal.setVisible(true);
                return;
            }
            dialog.close();
            Notification.show(getTranslation("detail.deleted", project.title()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ProjectRegistryView.class);
        });
        confirm.setId("delete-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** 申报书 — the project's application as the paper form, in the UI's language (see {@link ApplicationPdf}). */
    void writeApplicationPdf(OutputStream out) {
        Application application = projects.application(projectId).orElseThrow();
        ApplicationPdf.write(application, key -> getTranslation(key), out);
    }

    /** 退回原因 — on a returned project, the reason of the step that returned it, at the top where the owner sees it. */
    private Optional<Component> returnReason(ProjectView project) {
        if (project.status() != ProjectStatus.RETURNED) {
            return Optional.empty();
        }
        return lifecycle.steps(project.id()).reversed().stream()
                .filter(s -> s.to() == ProjectStatus.RETURNED).findFirst()
                .map(step -> {
                    Span what = new Span(getTranslation("detail.returned", step.action().label(getLocale()),
                            people.of(step.actor()), Formats.date(step.occurredOn())));
                    what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
                    Span reason = new Span(step.explanation() == null ? "—" : step.explanation());
                    reason.setId("return-reason-text");
                    reason.getStyle().set("white-space", "pre-wrap");
                    Div banner = new Div(VaadinIcon.EXCLAMATION_CIRCLE.create(), what, new Div(reason));
                    banner.setId("return-reason");
                    banner.getElement().setAttribute("role", "alert");
                    banner.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM,
                            LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR_CONTRAST, LumoUtility.Width.FULL,
                            LumoUtility.BoxSizing.BORDER);
                    return banner;
                });
    }

    /** 下一步 — who moves the project on from here and by when, so nobody guesses whose turn it is. */
    private Component nextStep(ProjectView project) {
        List<NextStep> next = todo.next(project.id());
        String text = next.isEmpty() ? getTranslation("detail.next.none") : next.stream()
                .map(n -> getTranslation(n.dueOn() == null ? "detail.next.step" : "detail.next.stepBy",
                        n.action().label(getLocale()),
                        n.roles().stream().sorted().map(r -> r.label(getLocale()))
                                .collect(Collectors.joining(getTranslation("detail.separator"))),
                        n.dueOn() == null ? "" : Formats.date(n.dueOn())))
                .collect(Collectors.joining(getTranslation("detail.next.or")));
        Paragraph line = new Paragraph(getTranslation("detail.next", text));
        line.setId("detail-next");
        line.addClassNames(LumoUtility.Margin.NONE, next.stream().anyMatch(NextStep::overdue)
                ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SECONDARY);
        return line;
    }

    // ---------------------------------------------------------------- 申报书

    private Component applicationTab(ProjectDetail detail) {
        Application a = detail.application();
        FormLayout facts = new FormLayout();
        facts.setId("detail-application");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fact(facts, "application.kind", getTranslation("project.kind." + a.kind().name())
                + (a.constructionType() == null ? ""
                : " · " + getTranslation("application.constructionType." + a.constructionType().name())));
        fact(facts, "application.ownerUnit", a.ownerUnit());
        fact(facts, "application.competentDepartment", a.competentDepartment());
        fact(facts, "project.totalInvestment.wan", Formats.wanYuan(a.totalInvestment()));
        fact(facts, "application.plannedYear", a.plannedYear() == null ? null : a.plannedYear().toString());
        fact(facts, "application.network", a.network() == null ? null
                : getTranslation("application.network." + a.network().name()));
        fact(facts, "application.freeOmYears", a.freeOmYears() == null ? null : a.freeOmYears().toString());
        fact(facts, "application.classified", getTranslation(a.classified() ? "detail.yes" : "detail.no"));
        for (String[] text : new String[][] {{"application.background", a.background()},
                {"application.technicalSolution", a.technicalSolution()},
                {"application.dataSharingNeeds", a.dataSharingNeeds()},
                {"application.sharingAnalysis", a.sharingAnalysis()},
                {"application.supportingSoftware", a.supportingSoftware()},
                {"application.omCostBasis", a.omCostBasis()},
                {"application.hardwareExemption", a.hardwareExemption()}}) {
            if (text[1] != null) {
                facts.setColspan(fact(facts, text[0], text[1]), 2);
            }
        }
        VerticalLayout tab = new VerticalLayout(facts);
        tab.setPadding(false);
        Grid<Indicator> indicators = smallGrid(a.indicators(), "detail-indicators");
        indicators.addColumn(Indicator::name).setHeader(getTranslation("application.indicator.name")).setFlexGrow(3);
        indicators.addColumn(i -> i.target() == null ? "" : i.target().toPlainString())
                .setHeader(getTranslation("application.indicator.target")).setTextAlign(ColumnTextAlign.END);
        indicators.addColumn(Indicator::unit).setHeader(getTranslation("application.indicator.unit"));
        tab.add(section("wizard.step.goals"), indicators);
        Grid<ResourceCatalogueEntry> catalogue = smallGrid(a.resourceCatalogue(), "detail-catalogue");
        catalogue.addColumn(ResourceCatalogueEntry::name).setHeader(getTranslation("application.catalogue.name"))
                .setFlexGrow(2);
        catalogue.addColumn(ResourceCatalogueEntry::responsibleParty)
                .setHeader(getTranslation("application.catalogue.responsibleParty")).setFlexGrow(2);
        catalogue.addColumn(e -> e.sharingType() == null ? ""
                : getTranslation("application.sharingType." + e.sharingType().name()))
                .setHeader(getTranslation("application.catalogue.sharingType"));
        catalogue.addColumn(ResourceCatalogueEntry::updateFrequency)
                .setHeader(getTranslation("application.catalogue.updateFrequency"));
        tab.add(section("wizard.catalogue.heading"), catalogue);
        Grid<BudgetLine> budget = smallGrid(a.budget(), "detail-budget");
        budget.addColumn(b -> b.category() == null ? ""
                : getTranslation("application.budgetCategory." + b.category().name()))
                .setHeader(getTranslation("application.budget.category")).setFlexGrow(2);
        budget.addColumn(BudgetLine::item).setHeader(getTranslation("application.budget.item")).setFlexGrow(2);
        budget.addColumn(b -> b.amount() == null ? "" : Formats.wanYuan(b.amount()))
                .setHeader(getTranslation("detail.amountWan")).setTextAlign(ColumnTextAlign.END);
        budget.addColumn(b -> getTranslation(b.itContent() ? "detail.yes" : "detail.no"))
                .setHeader(getTranslation("application.budget.itContent"));
        tab.add(section("wizard.step.budget"), budget);
        FindingsPanel findings = new FindingsPanel("findings-panel");
        findings.show(detail.findings());
        findings.setWidthFull();
        tab.add(findings);
        return tab;
    }

    private Component fact(FormLayout form, String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.getStyle().set("white-space", "pre-wrap");
        return form.addFormItem(text, getTranslation(labelKey));
    }

    private <T> Grid<T> smallGrid(List<T> items, String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("detail.none"));
        return grid;
    }

    private H3 section(String key) {
        return Parts.section(getTranslation(key));
    }

    // ---------------------------------------------------------------- 办理

    private Component actionsTab(ProjectView project) {
        List<LifecycleAction> available = lifecycle.available(project.id());
        VerticalLayout tab = new VerticalLayout();
        tab.setId("detail-actions");
        tab.setPadding(false);
        if (available.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("detail.actions.none"));
            none.setId("actions-none");
            tab.add(none);
            return tab;
        }
        tab.add(new Paragraph(getTranslation("detail.actions.help")));
        Map<LifecycleAction, List<Finding>> outstanding = lifecycle.outstanding(project.id(), available);
        for (LifecycleAction action : available) {
            Button button = new Button(action.label(getLocale()), e -> new StepDialog(project, action, lifecycle,
                    documents, today(), this::render).open());
            button.setId("action-" + action.name());
            HorizontalLayout line = new HorizontalLayout(button, ArticleBadge.of(action.article(), english()));
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            if (action == LifecycleAction.INCLUDE_IN_ANNUAL_PLAN) {
                // Art. 12: only the leading group's inclusion, recorded on its page, takes this step.
                button.setEnabled(false);
                Anchor meetings = new Anchor("leading-group", getTranslation("detail.actions.leadingGroup"));
                meetings.setId("action-leading-group");
                line.add(meetings);
            }
            tab.add(line, new OutstandingList("outstanding-" + action.name(), outstanding.get(action)));
        }
        return tab;
    }

    // ---------------------------------------------------------------- 意见

    private Component opinionsTab(ProjectView project) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("detail-opinions-tab");
        tab.setPadding(false);
        tab.add(Parts.hint(getTranslation("detail.opinions.help")));
        // Art. 4: each authority records its own opinions; a classified project is handled offline (Art. 42).
        if (!project.classified()) {
            HorizontalLayout issue = new HorizontalLayout();
            issue.setId("detail-opinion-actions");
            issue.getStyle().set("flex-wrap", "wrap");
            for (OpinionKind kind : OpinionIssuers.kindsOf(CurrentUser.actor())) {
                Button button = new Button(getTranslation("detail.opinions.issue", kind.label(getLocale())),
                        VaadinIcon.EDIT.create(), e -> new OpinionDialog(project, kind, opinions, documents, today(),
                        () -> render("tab-opinions")).open());
                button.setId("issue-" + kind.name());
                issue.add(button);
            }
            if (issue.getComponentCount() > 0) {
                tab.add(issue);
            }
        }
        Grid<OpinionView> grid = smallGrid(opinions.history(project.id()).reversed(), "detail-opinions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("detail.opinions.none"));
        grid.addColumn(o -> o.authority().label(getLocale())).setKey("authority")
                .setHeader(getTranslation("detail.opinion.authority")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.kind().label(getLocale())).setKey("kind")
                .setHeader(getTranslation("detail.opinion.kind")).setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(this::verdictBadge).setKey("verdict")
                .setHeader(getTranslation("detail.opinion.verdict")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.conditions() == null ? "" : o.conditions()).setKey("conditions")
                .setHeader(getTranslation("detail.opinion.conditions")).setWidth("14rem").setFlexGrow(2);
        grid.addColumn(o -> Formats.date(o.issuedOn())).setKey("issuedOn")
                .setHeader(getTranslation("detail.opinion.issuedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> people.of(o.issuedBy())).setKey("issuedBy")
                .setHeader(getTranslation("detail.opinion.issuedBy")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> download(o.projectId(), o.documentId(),
                        o.documentFilename() == null ? o.documentId().toString() : o.documentFilename(),
                        "opinion-download-"))
                .setKey("document").setHeader(getTranslation("detail.opinion.document")).setWidth("12rem").setFlexGrow(1);
        grid.addComponentColumn(o -> {
            Badge state = new Badge(getTranslation(o.current() ? "detail.opinion.current" : "detail.opinion.superseded"));
            if (!o.current()) {
                state.addThemeVariants(BadgeVariant.CONTRAST);
            }
            return state;
        }).setKey("current").setHeader(getTranslation("detail.opinion.state")).setAutoWidth(true).setFlexGrow(0);
        tab.add(grid);
        return tab;
    }

    /** 同意 green, 有条件同意 amber, 不同意 red. */
    private Badge verdictBadge(OpinionView opinion) {
        Badge badge = new Badge(opinion.verdict().label(getLocale()));
        badge.addThemeVariants(switch (opinion.verdict()) {
            case APPROVED -> BadgeVariant.SUCCESS;
            case APPROVED_WITH_CONDITIONS -> BadgeVariant.WARNING;
            case REJECTED -> BadgeVariant.ERROR;
        });
        badge.getElement().setAttribute("data-verdict", opinion.verdict().name());
        return badge;
    }

    // ---------------------------------------------------------------- 时限

    private Component deadlinesTab(UUID id) {
        Grid<Deadline> grid = smallGrid(lifecycle.deadlines(id), "detail-deadlines");
        grid.setEmptyStateText(getTranslation("detail.deadlines.none"));
        grid.addComponentColumn(d -> ArticleBadge.of(d.article(), english()))
                .setHeader(getTranslation("detail.article")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> english() ? d.labelEn() : d.labelZh()).setHeader(getTranslation("detail.deadline"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.opensOn() == null ? "" : Formats.date(d.opensOn()))
                .setHeader(getTranslation("detail.opensOn")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.dueOn())).setHeader(getTranslation("detail.dueOn")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Span state = new Span(getTranslation(d.overdue() ? "detail.overdue" : "detail.onTime"));
            state.getElement().getThemeList().add(d.overdue() ? "badge error" : "badge success");
            state.addClassNames(LumoUtility.FontWeight.SEMIBOLD,
                    d.overdue() ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SUCCESS);
            return state;
        }).setHeader(getTranslation("project.status")).setAutoWidth(true);
        grid.setPartNameGenerator(d -> d.overdue() ? "overdue" : null);
        return grid;
    }

    // ---------------------------------------------------------------- 材料

    private Component documentsTab(ProjectView project) {
        Grid<DocumentView> grid = smallGrid(documents.list(project.id()), "detail-documents");
        grid.setEmptyStateText(getTranslation("detail.documents.none"));
        grid.addColumn(d -> d.type().label(getLocale())).setHeader(getTranslation("detail.documentType"))
                .setWidth("11rem").setFlexGrow(1);
        // The checksum is for whoever verifies a copy: in the link's tooltip, not in a column of its own.
        grid.addComponentColumn(d -> {
                    Anchor link = download(d.projectId(), d.id(), d.filename(), "download-");
                    link.setTitle(getTranslation("detail.sha256", d.sha256()));
                    return link;
                })
                .setKey("filename").setHeader(getTranslation("detail.filename")).setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(d -> Formats.fileSize(d.sizeBytes())).setHeader(getTranslation("detail.size"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> people.of(d.uploadedBy())).setHeader(getTranslation("detail.uploadedBy")).setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.uploadedAt())).setHeader(getTranslation("detail.uploadedAt"))
                .setAutoWidth(true);
        Actor actor = CurrentUser.actor();
        // Art. 4, 8: the owner unit supplies its own application material; opinions are the authorities' own.
        if (project.classified() || !actor.has(Role.OWNER_OFFICER) || !actor.actsFor(project.ownerUnit())) {
            return grid;
        }
        Select<DocumentType> type = new Select<>();
        type.setId("document-upload-type");
        type.setLabel(getTranslation("detail.documents.uploadType"));
        type.setItems(DocumentType.applicationMaterial().stream().sorted().toList());
        type.setItemLabelGenerator(t -> t.label(getLocale()));
        type.setValue(DocumentType.APPLICATION_PLAN);
        Upload upload = new Upload(LimitedUpload.toMemory((meta, bytes) -> uploaded(project,
                type.getValue() == null ? DocumentType.OTHER : type.getValue(), meta.fileName(), meta.contentType(),
                bytes)));
        Localized.upload(upload);
        upload.setId("document-upload");
        upload.setMaxFiles(10);
        HorizontalLayout add = new HorizontalLayout(type, upload);
        add.setId("document-upload-bar");
        add.setAlignItems(FlexComponent.Alignment.END);
        VerticalLayout tab = new VerticalLayout(add, grid);
        tab.setPadding(false);
        return tab;
    }

    /** Called with the UI locked, once the owner's file has arrived: stored, or the service's refusal shown. */
    void uploaded(ProjectView project, DocumentType type, String filename, String contentType, byte[] bytes) {
        try {
            documents.attach(project.id(), type, filename, contentType, bytes);
        } catch (ApiProblem problem) {
            Notification.show(ProblemText.of(problem, getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(getTranslation("detail.documents.uploaded", filename), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render("tab-documents");
    }

    /** A link that downloads the document; its id is {@code idPrefix} and the document's id. */
    private Anchor download(UUID project, UUID document, String filename, String idPrefix) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> documents.content(project, document)
                .map(c -> new DownloadResponse(new ByteArrayInputStream(c.bytes()), c.document().filename(),
                        c.document().contentType(), c.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404))), filename);
        link.setId(idPrefix + document);
        return link;
    }

    // ---------------------------------------------------------------- 时间轴

    private Component timelineTab(UUID id) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("detail-timeline");
        tab.setPadding(false);
        List<TimelineEntry> entries = lifecycle.timeline(id).reversed();
        people.prefetch(entries.stream().map(TimelineEntry::actor).toList());
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            Span at = new Span(Formats.dateTime(entry.at()));
            at.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            Span actor = new Span(people.of(entry.actor()));
            actor.addClassNames(LumoUtility.FontSize.SMALL);
            Span title = new Span(english() ? entry.titleEn() : entry.titleZh());
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            HorizontalLayout line = new HorizontalLayout(at, actor, title);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.getStyle().set("flex-wrap", "wrap");
            if (entry.article() != null) {
                line.add(ArticleBadge.of(entry.article(), english()));
            }
            Div row = new Div(line);
            if (!entry.detail().isEmpty()) {
                Span detail = new Span(entry.detail().stream()
                        .map(d -> "EDIT".equals(entry.kind()) ? fieldLabel(d) : d)
                        .collect(Collectors.joining(getTranslation("detail.separator"))));
                detail.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
                row.add(new Div(detail));
            }
            row.setId("timeline-" + i);
            row.addClassNames(LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM,
                    LumoUtility.BorderColor.CONTRAST_10);
            row.setWidthFull();
            tab.add(row);
        }
        if (entries.isEmpty()) {
            tab.add(new Paragraph(getTranslation("detail.none")));
        }
        return tab;
    }

    /** An application field of an edit, as the form labels it. */
    private String fieldLabel(String field) {
        String label = getTranslation("application." + field);
        return label.startsWith("!") ? field : label;
    }

    private boolean english() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return pageTitle == null ? getTranslation("detail.notFound") : pageTitle;
    }

    static RouteParameters of(UUID id) {
        return new RouteParameters("id", id.toString());
    }
}
