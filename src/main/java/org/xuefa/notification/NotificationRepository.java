package org.xuefa.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {
    boolean existsByRecipientAccountIdAndDedupeKey(Long accountId, String dedupeKey);

    List<Notification> findByRecipientAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Pageable page);

    long countByRecipientAccountId(Long accountId);

    long countByRecipientAccountIdAndReadAtIsNull(Long accountId);

    @Modifying
    @Query("update Notification n set n.readAt = :at, n.version = n.version + 1"
            + " where n.recipientAccountId = :account and n.readAt is null")
    int markAllRead(@Param("account") Long accountId, @Param("at") Instant at);
}
