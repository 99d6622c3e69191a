package org.xuefa.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.security.AccountService;
import org.xuefa.security.XuefaUser;

class AccountRolloutTest extends ServiceTestBase {
    @Autowired
    AccountRollout rollout;
    @Autowired
    AccountSlips papers;
    @Autowired
    Officials officials;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;

    private List<RolloutSlip> createAll(Long unitId) {
        List<RolloutSlip> slips = new ArrayList<>();
        for (var batch = rollout.createNextBatch(unitId); !batch.done(); batch = rollout.createNextBatch(unitId)) {
            slips.addAll(batch.slips());
        }
        return slips;
    }

    @Test
    void admin_creates_accounts_for_every_official_of_the_brigade_in_one_action() {
        Long squad = fixtures.newUnit(unit("brigade"), UnitKind.OFFICE).id();
        OfficialRecord a = fixtures.newOfficial(squad);
        OfficialRecord b = fixtures.newOfficial(squad);
        loginAs("admin");
        assertThat(rollout.countWithoutAccount(unit("brigade"))).isGreaterThanOrEqualTo(2);

        List<RolloutSlip> slips = createAll(unit("brigade"));

        assertThat(rollout.countWithoutAccount(unit("brigade"))).isZero();
        assertThat(slips).extracting(RolloutSlip::officialId).contains(a.id(), b.id());
        RolloutSlip slip = slips.stream().filter(s -> s.officialId().equals(a.id())).findFirst().orElseThrow();
        assertThat(slip.username()).isEqualTo(a.staffNumber().toLowerCase(Locale.ROOT));
        assertThat(slip.oneTimePassword()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(slip.unitName()).startsWith("测试单位");
        // linked on both sides; the first sign-in demands a new password; only the hash is stored
        assertThat(officials.find(a.id()).orElseThrow().accountId()).isNotNull();
        assertThat(accounts.forOfficial(a.id()).orElseThrow().username()).isEqualTo(slip.username());
        XuefaUser user = (XuefaUser) userDetailsService.loadUserByUsername(slip.username());
        assertThat(user.mustChangePassword()).isTrue();
        assertThat(user.getPassword()).isNotEqualTo(slip.oneTimePassword());
        assertThat(encoder.matches(slip.oneTimePassword(), user.getPassword())).isTrue();
        // audited, without the password
        var entries = audit.search(new AuditFilter(slip.username(), null, null, null, null), 0, 10);
        assertThat(entries).isNotEmpty();
        assertThat(entries.toString()).doesNotContain(slip.oneTimePassword());
        assertThat(audit.search(new AuditFilter(null, "org_unit", null, null, null), 0, 50).toString())
                .contains("ROLLOUT");
    }

    @Test
    void running_it_again_creates_no_second_account() {
        Long squad = fixtures.newUnit(unit("brigade"), UnitKind.OFFICE).id();
        fixtures.newOfficial(squad);
        loginAs("hr");
        assertThat(createAll(squad)).hasSize(1);
        assertThat(createAll(squad)).isEmpty();
        assertThat(rollout.createNextBatch(squad).done()).isTrue();
    }

    @Test
    void an_account_linked_only_from_the_account_side_is_kept_and_mended() {
        Long squad = fixtures.newUnit(unit("brigade"), UnitKind.OFFICE).id();
        OfficialRecord linked = fixtures.newOfficial(squad);
        String username = fixtures.newAccount(org.xuefa.security.Role.CADRE, squad, linked.id());
        loginAs("hr");
        assertThat(createAll(squad)).isEmpty();
        assertThat(accounts.forOfficial(linked.id()).orElseThrow().username()).isEqualTo(username);
        assertThat(officials.find(linked.id()).orElseThrow().accountId()).isNotNull();
    }

    @Test
    void papers_list_every_new_account() throws Exception {
        Long squad = fixtures.newUnit(unit("brigade"), UnitKind.OFFICE).id();
        fixtures.newOfficial(squad);
        loginAs("hr");
        List<RolloutSlip> slips = createAll(squad);
        byte[] pdf = papers.pdf(slips, Locale.SIMPLIFIED_CHINESE);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(papers.xlsx(slips, Locale.SIMPLIFIED_CHINESE)))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(slips.get(0).username());
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo(slips.get(0).oneTimePassword());
            assertThat(row.getCell(5).getStringCellValue()).endsWith("/login");
        }
    }

    @Test
    void wrong_roles_and_units_outside_the_scope_are_refused() {
        for (String user : new String[] {"cadre", "organizer", "leader"}) {
            loginAs(user);
            assertThatThrownBy(() -> rollout.createNextBatch(unit("brigade")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rollout.countWithoutAccount(unit("brigade")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> papers.pdf(List.of(), Locale.CHINESE)).isInstanceOf(AccessDeniedException.class);
        }
        loginAs("hr"); // HR of Tangpeng, not of Shijiao
        assertThatThrownBy(() -> rollout.createNextBatch(unit("sj-brigade")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_account_of_an_official_who_left_is_disabled_with_them() {
        Long squad = fixtures.newUnit(unit("brigade"), UnitKind.OFFICE).id();
        OfficialRecord leaver = fixtures.newOfficial(squad);
        loginAs("hr");
        RolloutSlip slip = createAll(squad).get(0);
        OfficialRecord current = officials.find(leaver.id()).orElseThrow();
        OfficialData left = new OfficialData(current.name(), current.unitId(), current.positionTitle(),
                current.category(), current.employmentType(), current.joinedOn(), LocalDate.of(2026, 11, 1));
        officials.update(leaver.id(), left, current.version());
        assertThat(userDetailsService.loadUserByUsername(slip.username()).isEnabled()).isFalse();
    }

    @Test
    void the_demo_town_has_an_account_for_every_official() {
        XuefaUser user = (XuefaUser) userDetailsService.loadUserByUsername("tp-001");
        assertThat(user.officialId()).isEqualTo(official("TP-001"));
        assertThat(encoder.matches("demo12345", user.getPassword())).isTrue();
        assertThat(user.mustChangePassword()).isFalse();
        loginAs("admin");
        assertThat(officials.find(official("TP-095")).orElseThrow().accountId()).isNotNull();
    }
}
