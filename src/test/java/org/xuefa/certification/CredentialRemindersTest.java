package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.notification.NotificationRecord;
import org.xuefa.notification.Notifications;
import org.xuefa.people.Officials;

/** The reminder job and the person's page. Not transactional: notices are stored after their change commits. */
class CredentialRemindersTest extends ServiceTestBase {
    @Autowired
    CredentialRegister register;
    @Autowired
    CredentialReminders reminders;
    @Autowired
    Credentials credentials;
    @Autowired
    Notifications notifications;
    @Autowired
    Officials officials;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private List<NotificationRecord> noticesAbout(String username, String number) {
        loginAs(username);
        return notifications.mine(0, 500).stream().filter(n -> n.args().contains(number)).toList();
    }

    @Test
    void the_cadre_has_a_notice_for_the_certificate_expiring_and_hr_one_for_the_cadre() {
        // the job ran when the application started
        assertThat(noticesAbout("cadre", "44080021000124")).extracting(NotificationRecord::messageKey)
                .contains("notification.credential.expiring.own");
        loginAs("cadre");
        assertThat(notifications.unreadCount()).isPositive();
        assertThat(noticesAbout("hr", "44080021000124")).extracting(NotificationRecord::messageKey)
                .contains("notification.credential.expiring.hr");
        assertThat(noticesAbout("leader", "44080021000124")).as("not HR").isEmpty();
    }

    @Test
    void running_the_job_twice_even_at_once_creates_each_notification_once() throws Exception {
        Long holder = official("TP-014"); // the organizer's official, with an account
        loginAs("hr");
        String number = "RM" + suffix;
        // issued so that it expires in 25 days: the 30-day reminder is due
        credentials.add(new NewCredential(holder, "ENFORCEMENT", number, "", LocalDate.of(2026, 11, 26)
                .plusDays(25).minusYears(5).plusDays(1), null, ""));
        var first = CompletableFuture.supplyAsync(reminders::run);
        var second = CompletableFuture.supplyAsync(reminders::run);
        assertThat(first.get() + second.get()).as("holder and hr: expiry, registration due, hours behind")
                .isGreaterThanOrEqualTo(6);
        assertThat(reminders.run()).isZero();
        assertThat(keys("organizer", number)).containsExactlyInAnyOrder("notification.credential.expiring.own",
                "notification.credential.registrationDue.own", "notification.credential.risk.HOURS_BEHIND.own");
        assertThat(keys("hr", number)).containsExactlyInAnyOrder("notification.credential.expiring.hr",
                "notification.credential.registrationDue.hr", "notification.credential.risk.HOURS_BEHIND.hr");
        assertThat(noticesAbout("organizer", number)).filteredOn(n -> n.messageKey().contains("expiring"))
                .singleElement().satisfies(n -> assertThat(n.args()).contains("25", "2026-12-21"));

        // a week later 18 days are left: still inside the 30-day notice, nothing new
        clock.advance(Duration.ofDays(7));
        reminders.run();
        assertThat(keys("organizer", number)).hasSize(3);
        // 7 days left: the 7-day notice, once
        clock.advance(Duration.ofDays(11));
        reminders.run();
        reminders.run();
        assertThat(keys("organizer", number)).hasSize(4);
        assertThat(keys("hr", number)).hasSize(4);
    }

    private List<String> keys(String username, String number) {
        return noticesAbout(username, number).stream().map(NotificationRecord::messageKey).toList();
    }

    @Test
    void a_suspension_notifies_the_holder_and_hr_at_once() {
        Long holder = official("TP-014");
        loginAs("hr");
        String number = "SP" + suffix;
        CredentialRecord c = credentials.add(new NewCredential(holder, "ENFORCEMENT", number, "",
                LocalDate.of(2024, 3, 1), null, ""));
        credentials.recordRegistration(c.id(), 2026, false, "未按期年审", c.version());
        assertThat(noticesAbout("organizer", number)).extracting(NotificationRecord::messageKey)
                .containsExactly("notification.credential.suspended.own");
        assertThat(noticesAbout("hr", number)).extracting(NotificationRecord::messageKey)
                .containsExactly("notification.credential.suspended.hr");
        reminders.run();
        assertThat(noticesAbout("organizer", number)).as("the job does not repeat it").hasSize(1);
    }

    @Test
    void a_person_page_is_for_hr_in_scope_and_the_person_themself() {
        Long cadre = official("TP-022");
        Long head = official("TP-021");
        Long shijiao = official("SJ-022");
        loginAs("hr");
        HolderCredentials page = credentials.holder(cadre);
        assertThat(page.name()).isEqualTo("罗文杰");
        assertThat(page.credentials()).singleElement().satisfies(d -> {
            assertThat(d.credential().status()).isEqualTo(CredentialStatus.EXPIRING);
            assertThat(d.risks()).as("no study hours this year").contains(RiskReason.HOURS_BEHIND);
        });
        assertThatThrownBy(() -> credentials.holder(shijiao)).isInstanceOf(AccessDeniedException.class);
        loginAs("cadre");
        assertThat(credentials.holder(cadre).credentials()).hasSize(1);
        assertThat(credentials.myDetails()).isPresent();
        assertThatThrownBy(() -> credentials.holder(head)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.count(CredentialFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_register_filters_by_unit_and_flags_risks() {
        loginAs("hr");
        loginAs("admin");
        Long brigade = officials.find(official("TP-022")).orElseThrow().unitId();
        loginAs("hr");
        List<RegisterEntry> rows = register.page(new CredentialFilter("ENFORCEMENT", null, null, brigade, null), null,
                0, 100);
        assertThat(rows).extracting(e -> e.credential().holderName()).containsExactlyInAnyOrder("陈志明", "罗文杰");
        var risky = rows.stream().filter(e -> !e.risks().isEmpty()).toList();
        assertThat(risky).hasSize(1);
        assertThat(risky.get(0).risks()).contains(RiskReason.HOURS_BEHIND);
    }
}
