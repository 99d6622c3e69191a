package org.xuefa.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.xuefa.ServiceTestBase;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.Officials;
import org.xuefa.security.AccountDirectory;

class NotificationsTest extends ServiceTestBase {
    @Autowired
    Notifier notifier;
    @Autowired
    Notifications notifications;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    Officials officials;

    @Test
    void a_notice_is_delivered_once_per_key_and_only_its_recipient_reads_it() {
        loginAs("admin");
        Long organizerOfficial = officials.search(new OfficialFilter("TP-014", null, null, null), 0, 1)
                .get(0).id();
        Long account = accounts.accountOf(organizerOfficial).orElseThrow();
        String key = "test:" + UUID.randomUUID();
        Notice notice = new Notice(account, key, "notification.title", List.of(), "notifications");
        assertThat(notifier.send(notice)).isTrue();
        assertThat(notifier.send(notice)).isFalse();

        loginAs("organizer");
        long unread = notifications.unreadCount();
        NotificationRecord mine = notifications.mine(0, 10).get(0);
        assertThat(mine.messageKey()).isEqualTo("notification.title");
        loginAs("cadre");
        assertThatThrownBy(() -> notifications.markRead(mine.id())).isInstanceOf(AccessDeniedException.class);
        loginAs("organizer");
        notifications.markRead(mine.id());
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        logout();
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void bilingual_arguments_read_in_the_readers_language() {
        String arg = Text.bilingual("行政执法证", "Enforcement certificate");
        assertThat(Text.resolve(arg, Locale.SIMPLIFIED_CHINESE)).isEqualTo("行政执法证");
        assertThat(Text.resolve(arg, Locale.ENGLISH)).isEqualTo("Enforcement certificate");
        assertThat(Text.resolve("plain", Locale.ENGLISH)).isEqualTo("plain");
    }
}
