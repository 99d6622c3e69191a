package org.xuefa.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.BusinessException;
import org.xuefa.base.Allowed;
import org.xuefa.security.CurrentUser;

/** The signed-in user's own notification centre: list, unread count, mark read. Nobody sees another's. */
@Service
@Transactional
public class Notifications {
    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final UnreadSignals unread;
    private final Clock clock;

    Notifications(NotificationRepository notifications, CurrentUser currentUser, UnreadSignals unread, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.unread = unread;
        this.clock = clock;
    }

    /**
     * Runs the listener whenever the signed-in user gets a new notice (created on any node), until the returned
     * action is run. It runs on the delivering thread: hand UI work to the UI ({@code UI.access}).
     */
    @Allowed.SignedIn
    @Transactional(propagation = Propagation.SUPPORTS)
    public Runnable listen(Runnable listener) {
        Long account = me();
        return account == null ? () -> { } : unread.register(account, listener);
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public List<NotificationRecord> mine(int offset, int limit) {
        Long account = me();
        if (account == null) {
            return List.of();
        }
        int page = limit <= 0 ? 0 : offset / limit;
        return notifications.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(account,
                PageRequest.of(page, Math.max(1, limit))).stream().map(Notification::toRecord).toList();
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public long count() {
        Long account = me();
        return account == null ? 0 : notifications.countByRecipientAccountId(account);
    }

    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public long unreadCount() {
        Long account = me();
        return account == null ? 0 : notifications.countByRecipientAccountIdAndReadAtIsNull(account);
    }

    @Allowed.SignedIn
    public void markRead(Long id) {
        Notification n = notifications.findById(id).orElseThrow(() -> new BusinessException("error.not-found"));
        if (!n.recipientAccountId().equals(me())) {
            throw new AccessDeniedException("notification " + id + " is not yours");
        }
        n.markRead(clock.instant());
    }

    @Allowed.SignedIn
    public int markAllRead() {
        Long account = me();
        return account == null ? 0 : notifications.markAllRead(account, clock.instant());
    }

    private Long me() {
        return currentUser.require().accountId();
    }
}
