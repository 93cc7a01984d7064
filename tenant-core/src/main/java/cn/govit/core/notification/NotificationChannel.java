package cn.govit.core.notification;

/**
 * 提醒渠道 — one way of delivering a {@link Notice} to its recipients (the in-app inbox; e-mail could be
 * another). Every channel bean receives every notice, in the tenant and transaction it was raised in.
 */
public interface NotificationChannel {

    void deliver(Notice notice);
}
