package cn.govit.app.rollup.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.ArticleBadge;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.PeopleLabels;
import cn.govit.core.application.Application;
import cn.govit.core.lifecycle.Deadline;
import cn.govit.core.lifecycle.StepView;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rollup.SupervisedProject;
import cn.govit.core.rollup.SupervisionService;
import cn.govit.core.security.People;
import cn.govit.core.web.ApiProblem;

/**
 * 项目（只读）— one project of a district as the city's supervisors read it (Art. 40): its facts, its time limits and
 * the steps taken, read from the district itself. No step, edit or upload is offered: supervision reads only.
 */
@Route(value = "supervision/:code/projects/:id", layout = MainLayout.class)
public class SupervisedProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupervisionService supervision;
    private final transient PeopleLabels people;
    private String title = "";

    public SupervisedProjectView(SupervisionService supervision, People directory) {
        this.supervision = supervision;
        this.people = new PeopleLabels(directory, getLocale());
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        title = getTranslation("supervision.project.pageTitle");
        if (!CitySupervisors.refuseOthers(this)) {
            return;
        }
        RouterLink back = new RouterLink(getTranslation("supervision.project.back"), SupervisedDistrictView.class,
                new RouteParameters("code", code));
        back.setId("supervision-project-back");
        Optional<UUID> id = event.getRouteParameters().get("id").flatMap(SupervisedProjectView::parse);
        SupervisedProject read;
        try {
            read = supervision.project(code, id.orElseThrow(() -> ApiProblem.notFound("project.notFound", code)));
        } catch (ApiProblem notFound) {
            Paragraph missing = new Paragraph(getTranslation("detail.notFound"));
            missing.setId("supervision-not-found");
            add(back, new H2(getTranslation("supervision.project.pageTitle")), missing);
            return;
        }
        ProjectView project = read.project().project();
        title = project.title();
        H2 heading = new H2(project.title());
        heading.setId("supervision-project-title");
        Badge status = new Badge(project.status().label(getLocale()));
        status.setId("supervision-project-status");
        HorizontalLayout header = new HorizontalLayout(heading, status);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph readOnly = new Paragraph(getTranslation("supervision.project.readOnly", read.tenantName()));
        readOnly.setId("supervision-project-readonly");
        readOnly.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(back, header, readOnly, facts(read.project().application()),
                section("detail.tab.deadlines"), deadlines(read.deadlines()),
                section("supervision.project.steps"), steps(read.steps()));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Component facts(Application a) {
        FormLayout facts = new FormLayout();
        facts.setId("supervision-project-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fact(facts, "application.kind", getTranslation("project.kind." + a.kind().name()));
        fact(facts, "application.ownerUnit", a.ownerUnit());
        fact(facts, "application.competentDepartment", a.competentDepartment());
        fact(facts, "project.totalInvestment.wan", Formats.wanYuan(a.totalInvestment()));
        fact(facts, "application.plannedYear", a.plannedYear() == null ? null : a.plannedYear().toString());
        fact(facts, "application.classified", getTranslation(a.classified() ? "detail.yes" : "detail.no"));
        if (a.background() != null) {
            facts.setColspan(fact(facts, "application.background", a.background()), 2);
        }
        return facts;
    }

    private Component fact(FormLayout form, String labelKey, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.getStyle().set("white-space", "pre-wrap");
        return form.addFormItem(text, getTranslation(labelKey));
    }

    private Grid<Deadline> deadlines(List<Deadline> deadlines) {
        Grid<Deadline> grid = grid(deadlines, "supervision-project-deadlines", "detail.deadlines.none");
        boolean english = "en".equals(getLocale().getLanguage());
        grid.addComponentColumn(d -> ArticleBadge.of(d.article(), english))
                .setHeader(getTranslation("detail.article")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(d -> english ? d.labelEn() : d.labelZh()).setHeader(getTranslation("detail.deadline"))
                .setFlexGrow(2);
        grid.addColumn(d -> Formats.date(d.dueOn())).setHeader(getTranslation("detail.dueOn")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation(d.overdue() ? "detail.overdue" : "detail.onTime"))
                .setHeader(getTranslation("project.status")).setWidth("7rem").setFlexGrow(0);
        grid.setPartNameGenerator(d -> d.overdue() ? "overdue" : null);
        return grid;
    }

    private Grid<StepView> steps(List<StepView> steps) {
        Grid<StepView> grid = grid(steps, "supervision-project-steps", "supervision.project.steps.none");
        grid.addColumn(s -> Formats.date(s.occurredOn())).setHeader(getTranslation("supervision.step.on"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(s -> s.action().label(getLocale())).setHeader(getTranslation("supervision.step.action"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(s -> s.to().label(getLocale())).setHeader(getTranslation("supervision.step.to"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(s -> people.of(s.actor())).setHeader(getTranslation("supervision.step.actor")).setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(s -> s.lateArticle() == null ? "" : getTranslation("supervision.step.late", s.lateArticle()))
                .setHeader(getTranslation("supervision.step.late.header")).setWidth("8rem").setFlexGrow(0);
        return grid;
    }

    private <T> Grid<T> grid(List<T> items, String id, String emptyKey) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation(emptyKey));
        return grid;
    }

    private H3 section(String key) {
        return new H3(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
