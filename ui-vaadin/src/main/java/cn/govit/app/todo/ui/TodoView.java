package cn.govit.app.todo.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.GridCount;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.core.rules.Article;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.todo.TodoItem;
import cn.govit.core.todo.TodoService;

/**
 * 我的待办 — the landing page of every role: the projects waiting for the user's step or the opinion of
 * the user's authority, each with the article that asks for it and the date it sets, overdue first.
 * A row opens the project, where the step or the opinion is taken.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(order = -1, title = "todo.heading", icon = "vaadin:tasks")
public class TodoView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<TodoItem> grid = new Grid<>();

    public TodoView(TodoService todo) {
        setSizeFull();
        H2 heading = new H2(getTranslation("todo.heading"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        if (TenantContext.current().isEmpty()) {
            add(heading, new Paragraph(getTranslation("app.noTenant.explain")));
            return;
        }
        List<TodoItem> items = todo.mine();
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        // Art. 4: only an owner unit's officer proposes projects; the desk is where the day starts.
        if (CurrentUser.has(Role.OWNER_OFFICER)) {
            Button create = new Button(getTranslation("project.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate("projects/new"));
            create.setId("new-project");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        long overdue = items.stream().filter(TodoItem::overdue).count();
        Paragraph summary = new Paragraph(getTranslation("todo.summary", items.size(), overdue));
        summary.setId("todo-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        boolean english = "en".equals(getLocale().getLanguage());
        grid.setId("todo-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(i -> i.dueOn() == null ? "" : Formats.date(i.dueOn())).setKey("due")
                .setHeader(getTranslation("todo.column.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.overdue() ? getTranslation("todo.overdue") : "").setKey("overdue")
                .setHeader(getTranslation("todo.column.overdue")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.label(getLocale())).setKey("what").setHeader(getTranslation("todo.column.what"))
                .setWidth("8rem").setFlexGrow(1).setTooltipGenerator(i -> i.label(getLocale()));
        grid.addColumn(i -> i.project().title()).setKey("project").setHeader(getTranslation("project.title"))
                .setWidth("9rem").setFlexGrow(3).setTooltipGenerator(i -> i.project().title());
        grid.addColumn(i -> i.project().ownerUnit()).setKey("ownerUnit").setHeader(getTranslation("project.ownerUnit"))
                .setWidth("10rem").setFlexGrow(2).setTooltipGenerator(i -> i.project().ownerUnit());
        grid.addColumn(i -> i.project().status().label(getLocale())).setKey("stage")
                .setHeader(getTranslation("opinions.column.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Formats.wanYuan(i.project().totalInvestment())).setKey("investment")
                .setHeader(getTranslation("project.totalInvestment.wan")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        ValueProvider<TodoItem, String> article = i -> i.article() + " · "
                + (english ? Article.en(i.article()) : Article.zh(i.article()));
        grid.addColumn(article).setKey("article").setHeader(getTranslation("opinions.column.article")).setWidth("9rem")
                .setFlexGrow(1).setTooltipGenerator(article::apply);
        grid.setPartNameGenerator(i -> i.overdue() ? "overdue" : null);
        // At 1280 px the minimum widths fit beside the menu; long names show whole in their tooltips.
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setEmptyStateText(getTranslation("todo.empty"));
        GridCount.show(grid);
        grid.setSizeFull();
        // Art. 12: the leading group decides inclusion in the annual plan; its page is where the bureau does it.
        grid.addItemClickListener(e -> UI.getCurrent().navigate(e.getItem().action() == LifecycleAction.INCLUDE_IN_ANNUAL_PLAN
                ? "leading-group" : "projects/" + e.getItem().project().id()));
        grid.setItems(items);
        add(header, summary, grid);
    }

    @Override
    public String getPageTitle() {
        return TenantContext.current()
                .map(t -> "en".equals(getLocale().getLanguage()) && t.nameEn() != null ? t.nameEn() : t.nameZh())
                .map(name -> getTranslation("todo.pageTitle", name))
                .orElse(getTranslation("todo.heading"));
    }
}
