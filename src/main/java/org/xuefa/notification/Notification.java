package org.xuefa.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.xuefa.base.AbstractEntity;

/** One notice delivered to one account, read or not. */
@Entity
@Table(name = "notification")
class Notification extends AbstractEntity {
    private Long recipientAccountId;
    private String dedupeKey;
    private String messageKey;
    private String args;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    Notification(Notice notice, Instant createdAt) {
        this.recipientAccountId = notice.accountId();
        this.dedupeKey = notice.dedupeKey();
        this.messageKey = notice.messageKey();
        this.args = String.join(String.valueOf(Text.ARG_SEPARATOR), notice.args());
        this.link = notice.link();
        this.createdAt = createdAt;
    }

    Long recipientAccountId() {
        return recipientAccountId;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    List<String> argList() {
        return args.isEmpty() ? List.of() : Arrays.asList(args.split(String.valueOf(Text.ARG_SEPARATOR), -1));
    }

    NotificationRecord toRecord() {
        return new NotificationRecord(getId(), messageKey, argList(), link, createdAt, readAt != null);
    }
}
