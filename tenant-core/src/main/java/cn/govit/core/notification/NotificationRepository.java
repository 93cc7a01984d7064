package cn.govit.core.notification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import cn.govit.core.security.Role;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    /** Addressed to one of {@code roles} — for the whole tenant, or for one of {@code units}. */
    String ADDRESSED = """
            exists (select 1 from n.recipients r where r.role in :roles
                    and (r.ownerUnit is null or r.ownerUnit in :units))""";
    String UNREAD = """
            not exists (select 1 from NotificationRead m where m.key.notificationId = n.id
                        and m.key.username = :username)""";

    @Query("select n from Notification n where " + ADDRESSED + " order by n.createdAt desc, n.id")
    List<Notification> addressed(Collection<Role> roles, Collection<String> units, Limit limit);

    @Query("select count(n) from Notification n where " + ADDRESSED + " and " + UNREAD)
    long countUnread(Collection<Role> roles, Collection<String> units, String username);

    @Query("select n.id from Notification n where " + ADDRESSED + " and " + UNREAD)
    List<UUID> unreadIds(Collection<Role> roles, Collection<String> units, String username);

    @Query("select n from Notification n where n.id = :id and " + ADDRESSED)
    List<Notification> addressed(UUID id, Collection<Role> roles, Collection<String> units);

    List<Notification> findByProjectId(UUID projectId);
}
