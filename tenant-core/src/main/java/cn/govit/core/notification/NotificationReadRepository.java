package cn.govit.core.notification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationReadRepository extends JpaRepository<NotificationRead, NotificationRead.Key> {

    @Query("select m.key.notificationId from NotificationRead m where m.key.username = :username"
            + " and m.key.notificationId in :ids")
    List<UUID> readAmong(String username, Collection<UUID> ids);

    @Query("delete from NotificationRead m where m.key.notificationId in :ids")
    @org.springframework.data.jpa.repository.Modifying
    void deleteForNotifications(Collection<UUID> ids);
}
