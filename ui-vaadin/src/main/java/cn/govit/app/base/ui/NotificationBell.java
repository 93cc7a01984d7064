package cn.govit.app.base.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.core.notification.NotificationService;
import cn.govit.core.notification.NotificationView;

/**
 * 消息提醒 — the bell in the navigation bar: the count of the user's unread notifications, and on a click the
 * latest of them (unread in bold); one opens its project and counts as read, or all are marked read at once.
 */
public class NotificationBell extends Composite<Button> {

    /** How many notifications the list shows. */
    static final int SHOWN = 20;

    private final transient NotificationService notifications;
    private final Badge count = new Badge();
    private final VerticalLayout list = new VerticalLayout();
    private final Popover popover = new Popover();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        Button bell = getContent();
        bell.setIcon(VaadinIcon.BELL.create());
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(getTranslation("notifications.heading"));
        count.setId("notification-count");
        count.addThemeVariants(BadgeVariant.SMALL, BadgeVariant.ERROR);
        bell.setSuffixComponent(count);
        bell.addClickListener(e -> refresh());

        Span heading = new Span(getTranslation("notifications.heading"));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Button markAll = new Button(getTranslation("notifications.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout top = new HorizontalLayout(heading, markAll);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        list.setId("notification-list");
        list.setPadding(false);
        list.setSpacing(false);
        list.getStyle().set("max-height", "60vh").set("overflow-y", "auto");
        VerticalLayout content = new VerticalLayout(top, list);
        content.setPadding(false);
        content.setWidth("24rem");
        content.getStyle().set("max-width", "90vw");
        popover.setId("notification-popover");
        popover.add(content);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
    }

    /** Counts and lists again: after a navigation, a step on the page, a click on the bell. */
    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
        getContent().getElement().setAttribute("title", getTranslation("notifications.unread", unread));
        list.removeAll();
        List<NotificationView> latest = notifications.latest(SHOWN);
        if (latest.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notifications.none"));
            none.setId("notifications-none");
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        latest.forEach(n -> list.add(entry(n)));
    }

    private Div entry(NotificationView notification) {
        Span title = new Span(notification.title(getLocale()));
        title.addClassNames(notification.read() ? LumoUtility.FontWeight.NORMAL : LumoUtility.FontWeight.BOLD);
        Span at = new Span(Formats.dateTime(notification.createdAt()));
        at.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
        Div entry = new Div(new Div(title), new Div(at));
        entry.setId("notification-" + notification.id());
        entry.getElement().setAttribute("data-read", Boolean.toString(notification.read()));
        entry.getElement().setAttribute("role", "link");
        entry.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER);
        if (!notification.read()) {
            entry.addClassNames(LumoUtility.Background.PRIMARY_10);
        }
        entry.getStyle().set("cursor", "pointer");
        entry.addClickListener(e -> {
            notifications.markRead(notification.id());
            popover.close();
            UI.getCurrent().navigate(notification.link());
            refresh();
        });
        return entry;
    }
}
