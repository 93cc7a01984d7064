/**
 * 消息提醒 — tells the users of a tenant when something lands in their to-do list: a project arrives for
 * their step, an opinion is awaited from their authority, their unit's project moved on. Listens to the
 * lifecycle's and the authorities' events; delivers through {@link cn.govit.core.notification.NotificationChannel}s,
 * the in-app inbox first.
 */
@ApplicationModule(displayName = "notification", allowedDependencies = {"lifecycle", "authority", "project", "todo", "security", "shared", "tenancy", "web"})
package cn.govit.core.notification;

import org.springframework.modulith.ApplicationModule;
