package cn.govit.app.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.core.notification.NotificationService;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.People;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.todo.TodoItem;
import cn.govit.core.todo.TodoService;

/**
 * The frame of every view: platform name, the user's tenant and name, language, logout, and the menu of
 * views ({@code @Menu}, titles are message keys; {@link MenuShownTo} keeps an entry from those it is not for).
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The route of the to-do list, whose menu entry carries the count of what waits for the user. */
    private static final String TODO_PATH = "";

    private final transient TodoService todo;
    private final Badge todoCount = new Badge();
    private final NotificationBell bell;

    public MainLayout(TodoService todo, NotificationService notifications, People people) {
        this.todo = todo;
        this.bell = new NotificationBell(notifications);
        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        boolean english = "en".equals(getLocale().getLanguage());
        Span tenant = new Span(TenantContext.current()
                .map(t -> english && t.nameEn() != null ? t.nameEn() : t.nameZh())
                .orElse(getTranslation("app.noTenant")));
        tenant.setId("current-tenant");
        tenant.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.PRIMARY);

        Span user = new Span(getTranslation("app.user", new PeopleLabels(people, getLocale()).of(CurrentUser.name())));
        user.setId("current-user");
        user.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        Button language = new Button(getTranslation("app.switchLanguage"), e -> {
            UiLocale.choose(UI.getCurrent().getSession(), english ? MessagesI18NProvider.CHINESE : Locale.ENGLISH);
            UI.getCurrent().getPage().reload();
        });
        language.setId("switch-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        // The gateway owns the login session; its logout (a POST with the gateway's CSRF token from its
        // XSRF-TOKEN cookie, so no other site can trigger it) ends it at Keycloak too.
        Button logout = new Button(getTranslation("app.logout"), e -> UI.getCurrent().getPage().executeJs("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/logout';
                const csrf = document.createElement('input');
                csrf.type = 'hidden';
                csrf.name = '_csrf';
                csrf.value = decodeURIComponent((document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1] || '');
                form.appendChild(csrf);
                document.body.appendChild(form);
                form.submit();"""));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout right = new HorizontalLayout(tenant, user, bell, language, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(title, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        Actor actor = CurrentUser.actor();
        todoCount.setId("todo-count");
        todoCount.addThemeVariants(BadgeVariant.SMALL);
        MenuConfiguration.getMenuEntries().stream().filter(entry -> shownTo(entry, actor)).forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()));
            if (TODO_PATH.equals(entry.path()) || "/".equals(entry.path())) {
                item.setSuffixComponent(todoCount);
            }
            nav.addItem(item);
        });
        nav.addClassNames(LumoUtility.Padding.SMALL);
        addToDrawer(nav);
    }

    /** Counts again after every navigation: a step taken or an opinion issued changes what waits and what is new. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshTodoCount();
    }

    /** Counts again for the frame around {@code view} (to-do and notifications), after a step or an opinion taken without navigating. */
    public static void refreshTodoCount(Component view) {
        for (Optional<Component> c = Optional.of(view); c.isPresent(); c = c.get().getParent()) {
            if (c.get() instanceof MainLayout layout) {
                layout.refreshTodoCount();
                return;
            }
        }
    }

    private void refreshTodoCount() {
        bell.refresh();
        List<TodoItem> items = todo.mine();
        long overdue = items.stream().filter(TodoItem::overdue).count();
        todoCount.setText(Integer.toString(items.size()));
        todoCount.setVisible(!items.isEmpty());
        todoCount.removeThemeVariants(BadgeVariant.ERROR);
        if (overdue > 0) {
            todoCount.addThemeVariants(BadgeVariant.ERROR);
        }
        todoCount.getElement().setAttribute("title", getTranslation("todo.summary", items.size(), overdue));
    }

    private static boolean shownTo(MenuEntry entry, Actor actor) {
        MenuShownTo limit = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(MenuShownTo.class);
        if (limit == null) {
            return true;
        }
        try {
            return limit.value().getDeclaredConstructor().newInstance().test(actor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot decide who sees " + entry.menuClass().getName(), e);
        }
    }
}
