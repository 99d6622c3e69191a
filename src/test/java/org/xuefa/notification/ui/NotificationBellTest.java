package org.xuefa.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.notification.Notice;
import org.xuefa.notification.Notifier;
import org.xuefa.security.AccountDirectory;
import org.xuefa.security.Role;
import org.xuefa.support.Fixtures;

class NotificationBellTest extends KaribuTestBase {
    @Autowired
    Notifier notifier;
    @Autowired
    AccountDirectory accounts;

    @Test
    void a_new_notice_raises_the_bell_at_once_without_a_navigation() {
        Fixtures.Person cadre = fixtures.newPerson(fixtures.newTown().id(), Role.CADRE);
        Long account = accounts.accountOf(cadre.officialId()).orElseThrow();
        loginAs(cadre.username());
        navigate("");
        // the badge hides at zero, and Karibu finds only what is visible: it is taken from the bell
        Button bell = _get(Button.class, s -> s.withId("notification-bell"));
        Span badge = bell.getChildren().filter(c -> c.getId().orElse("").equals("notification-count"))
                .map(Span.class::cast).findFirst().orElseThrow();
        assertThat(badge.isVisible()).isFalse();

        // as a reminder job would, on another thread or node: the bell hears it through base.ClusterEvents
        notifier.send(new Notice(account, "test:" + UUID.randomUUID(), "notification.title", List.of(),
                "notifications"));
        MockVaadin.clientRoundtrip();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("1");
    }
}
