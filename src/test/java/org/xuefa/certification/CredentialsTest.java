package org.xuefa.certification;

import java.util.List;
import java.io.ByteArrayOutputStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.BusinessException;
import org.xuefa.base.i18n.Messages;
import org.xuefa.staffing.StaffingGapReport;
import org.xuefa.staffing.StaffingRow;

class CredentialsTest extends ServiceTestBase {
    @Autowired
    CredentialRegister register;
    @Autowired
    Credentials credentials;
    @Autowired
    StaffingGapReport staffing;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void the_staffing_report_counts_valid_certificates_and_part_timers_without_one() {
        loginAs("hr");
        var brigade = staffing.today().rows().stream().filter(r -> r.unitName().equals("综合执法大队")).findFirst()
                .orElseThrow();
        assertThat(brigade.certified()).isEqualTo(1);
        assertThat(brigade.concurrentUncertified()).isEqualTo(3);
        assertThat(brigade.trainable()).as("established staff without a certificate").isEqualTo(4);
        assertThat(brigade.needsRecruitment()).as("the three vacancies").isEqualTo(3);
    }

    @Test
    void only_established_staff_may_hold_an_enforcement_certificate() {
        loginAs("hr");
        assertThatThrownBy(() -> credentials.add(new NewCredential(official("TP-081"), "ENFORCEMENT", "X" + suffix, "",
                LocalDate.of(2026, 1, 5), null, ""))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("not-eligible");
        CredentialRecord ok = credentials.add(new NewCredential(official("TP-033"), "ENFORCEMENT", "Y" + suffix,
                "城市管理", LocalDate.of(2026, 1, 5), null, "广东省人民政府"));
        assertThat(ok.status()).isEqualTo(CredentialStatus.VALID);
        assertThat(ok.expiresOn()).isEqualTo(LocalDate.of(2031, 1, 4));
        assertThatThrownBy(() -> credentials.add(new NewCredential(official("TP-033"), "ENFORCEMENT", "Y" + suffix, "",
                LocalDate.of(2026, 1, 5), null, ""))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("duplicate");
    }

    @Test
    void a_failed_registration_suspends_and_a_stale_edit_is_refused() {
        loginAs("hr");
        CredentialRecord c = credentials.add(new NewCredential(official("TP-031"), "ENFORCEMENT", "Z" + suffix, "",
                LocalDate.of(2024, 1, 5), null, ""));
        CredentialRecord suspended = credentials.recordRegistration(c.id(), 2026, false, "学时不足", c.version());
        assertThat(suspended.status()).isEqualTo(CredentialStatus.SUSPENDED);
        assertThat(suspended.suspendReason()).isEqualTo("学时不足");
        assertThatThrownBy(() -> credentials.revoke(c.id(), "x", c.version())).isInstanceOf(BusinessException.class)
                .hasMessageContaining("error.conflict");
        CredentialRecord again = credentials.recordRegistration(c.id(), 2026, true, null, suspended.version());
        assertThat(again.status()).isEqualTo(CredentialStatus.VALID);
        assertThat(rows(new CredentialFilter("ENFORCEMENT", CredentialStatus.VALID, null, null, null)))
                .anyMatch(r -> r.id().equals(c.id()));
    }

    @Test
    void roles_and_scope_are_enforced() {
        loginAs("cadre");
        assertThatThrownBy(() -> register.count(CredentialFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.add(new NewCredential(1L, "ENFORCEMENT", "Q", "", LocalDate.now(), null,
                ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.exportCsv(CredentialFilter.all(), Messages.CHINESE, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThat(credentials.mine()).extracting(CredentialRecord::number).containsExactly("44080021000124");
        loginAs("admin");
        Long shijiao = official("SJ-023");
        loginAs("hr");
        assertThat(rows(CredentialFilter.all())).noneMatch(r -> r.holderUnit().startsWith("石角镇"));
        assertThatThrownBy(() -> credentials.add(new NewCredential(shijiao, "ENFORCEMENT", "W" + suffix, "",
                LocalDate.of(2026, 1, 1), null, ""))).isInstanceOf(AccessDeniedException.class);
        loginAs("leader");
        assertThatThrownBy(() -> credentials.revoke(1L, "x", 0)).isInstanceOf(AccessDeniedException.class);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        register.exportCsv(CredentialFilter.all(), Messages.CHINESE, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8))
                .contains("陈志明", "44080021000123", "已过期", "罗文杰", "即将到期", "暂停（年审未通过）");
    }

    @Test
    @Transactional // rolled back: the brigade's figures stay as seeded
    void renewing_keeps_the_old_credential_in_the_history_and_expiring_ones_show_in_the_report() {
        loginAs("hr");
        Long holder = official("TP-032"); // does enforcement work part-time in the brigade
        CredentialRecord old = credentials.add(new NewCredential(holder, "ENFORCEMENT", "R" + suffix, "城市管理",
                LocalDate.of(2022, 1, 10), null, ""));
        assertThat(old.expiresOn()).isEqualTo(LocalDate.of(2027, 1, 9));
        assertThat(old.status()).as("inside the 6 months before expiry").isEqualTo(CredentialStatus.EXPIRING);
        var brigade = brigade();
        assertThat(brigade.certified()).isEqualTo(2);
        assertThat(brigade.concurrentUncertified()).isEqualTo(2);
        assertThat(brigade.expiringSoon()).as("both expire within 90 days").isEqualTo(2);

        CredentialRecord renewed = credentials.renew(old.id(), "RN" + suffix, LocalDate.of(2026, 11, 20), old.version());
        assertThat(renewed.expiresOn()).isEqualTo(LocalDate.of(2031, 11, 19));
        assertThat(rows(new CredentialFilter("ENFORCEMENT", null, null, null, null))).filteredOn(r -> r.holderId().equals(holder))
                .extracting(CredentialRecord::status)
                .containsExactlyInAnyOrder(CredentialStatus.EXPIRED, CredentialStatus.VALID);
        assertThat(brigade().expiringSoon()).as("the cadre's only").isEqualTo(1);
        assertThat(brigade().certified()).isEqualTo(2);
    }

    private StaffingRow brigade() {
        return staffing.today().rows().stream().filter(r -> r.unitName().equals("综合执法大队")).findFirst()
                .orElseThrow();
    }

    private List<CredentialRecord> rows(CredentialFilter filter) {
        return register.page(filter, null, 0, 10_000).stream().map(RegisterEntry::credential).toList();
    }
}
