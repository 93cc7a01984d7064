package cn.govit.app.authority.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.GridCount;
import cn.govit.app.base.ui.ArticleBadge;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.lifecycle.AwaitedOpinion;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;

/**
 * 待出具意见 — the projects of the user's tenant that wait for an opinion of the user's authority (Art. 4;
 * 保密局、国家安全局、人防办 under 第八条第（十）项, 财政局 under 第十四条, …), each with the article that asks
 * for it and the way to record it. Only the authorities' officers see it in the menu; anyone else who
 * opens it is told whose it is.
 */
@Route(value = "opinions", layout = MainLayout.class)
@Menu(order = 5, title = "opinions.inbox.heading", icon = "vaadin:inbox")
@MenuShownTo(OpinionIssuers.class)
public class OpinionInboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient LifecycleService lifecycle;
    private final transient OpinionService opinions;
    private final transient DocumentService documents;
    private final Clock clock;
    private final Grid<AwaitedOpinion> grid = new Grid<>();

    public OpinionInboxView(LifecycleService lifecycle, OpinionService opinions, DocumentService documents,
                            Clock clock) {
        this.lifecycle = lifecycle;
        this.opinions = opinions;
        this.documents = documents;
        this.clock = clock;
        setSizeFull();
        add(new H2(getTranslation("opinions.inbox.heading")));
        if (TenantContext.current().isEmpty()) {
            add(new Paragraph(getTranslation("app.noTenant.explain")));
            return;
        }
        if (!new OpinionIssuers().test(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("opinions.inbox.forbidden"));
            forbidden.setId("opinions-forbidden");
            add(forbidden);
            return;
        }
        Paragraph help = new Paragraph(getTranslation("opinions.inbox.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        boolean english = "en".equals(getLocale().getLanguage());
        grid.setId("opinion-inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A link by address, not by view class: the project feature opens this package's dialog, so no type goes back.
        grid.addComponentColumn(a -> new Anchor("projects/" + a.project().id(), a.project().title()))
                .setKey("project").setHeader(getTranslation("project.title")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(a -> a.project().ownerUnit()).setKey("ownerUnit").setHeader(getTranslation("project.ownerUnit"))
                .setWidth("11rem").setFlexGrow(2);
        grid.addColumn(a -> a.project().status().label(getLocale())).setKey("status")
                .setHeader(getTranslation("opinions.column.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.kind().label(getLocale())).setKey("kind").setHeader(getTranslation("opinions.column.kind"))
                .setWidth("12rem").setFlexGrow(1);
        grid.addComponentColumn(a -> ArticleBadge.of(a.article(), english)).setKey("article")
                .setHeader(getTranslation("opinions.column.article")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::issueButton).setKey("issue").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("opinions.inbox.empty"));
        GridCount.show(grid);
        grid.setSizeFull();
        add(help, grid);
        refresh();
    }

    private Button issueButton(AwaitedOpinion awaited) {
        Button issue = new Button(getTranslation("opinions.issue"), VaadinIcon.EDIT.create(), e ->
                new OpinionDialog(awaited.project(), awaited.kind(), opinions, documents, today(), this::refresh).open());
        issue.setId("issue-" + awaited.project().id() + "-" + awaited.kind().name());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return issue;
    }

    private void refresh() {
        grid.setItems(lifecycle.awaitingMyOpinion());
        MainLayout.refreshTodoCount(this);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return TenantContext.current()
                .map(t -> "en".equals(getLocale().getLanguage()) && t.nameEn() != null ? t.nameEn() : t.nameZh())
                .map(name -> getTranslation("opinions.inbox.pageTitle", name))
                .orElse(getTranslation("opinions.inbox.heading"));
    }
}
