package org.xuefa.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each notice in its own short transaction, once per account and key (the unique constraint settles a race
 * between two runs), then hands new ones to the mail relay. Called inside a caller's transaction, it waits for
 * that transaction to commit, so a rolled-back change notifies nobody. Open bells of the account hear of a new one.
 */
@Component
class StoredNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(StoredNotifier.class);
    private final NotificationRepository notifications;
    private final TransactionTemplate newTransaction;
    private final MailRelay mail;
    private final UnreadSignals unread;
    private final Clock clock;

    StoredNotifier(NotificationRepository notifications, PlatformTransactionManager transactions, MailRelay mail,
            UnreadSignals unread, Clock clock) {
        this.notifications = notifications;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.mail = mail;
        this.unread = unread;
        this.clock = clock;
    }

    @Override
    public boolean send(Notice notice) {
        if (notice.accountId() == null) {
            return false;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    store(notice);
                }
            });
            return true;
        }
        return store(notice);
    }

    private boolean store(Notice notice) {
        boolean created;
        try {
            created = Boolean.TRUE.equals(newTransaction.execute(status -> {
                if (notifications.existsByRecipientAccountIdAndDedupeKey(notice.accountId(), notice.dedupeKey())) {
                    return false;
                }
                notifications.saveAndFlush(new Notification(notice, clock.instant()));
                return true;
            }));
        } catch (DataIntegrityViolationException e) {
            log.debug("Notice {} to account {} was delivered by a concurrent run", notice.dedupeKey(),
                    notice.accountId());
            created = false;
        }
        if (created) {
            unread.changed(notice.accountId()); // committed: the bells of the account, on every node
            mail.send(notice);
        }
        return created;
    }
}
