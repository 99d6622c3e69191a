package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.BusinessException;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;

/** Editing credential types; each test rolls back, so the seeded types stay as they are. */
@Transactional
class CredentialTypesTest extends ServiceTestBase {
    @Autowired
    CredentialTypes types;
    @Autowired
    Credentials credentials;
    @Autowired
    AuditLog audit;

    private final String code = "T_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');

    static CredentialTypeRecord details(String code, Integer years, int window, boolean annual, int hours,
            boolean exam) {
        return new CredentialTypeRecord(code, "测试证", "Test certificate", "县司法局", years, window, annual, hours, exam,
                true, List.of("城市管理", " 市场监管 ", "城市管理"));
    }

    @Test
    void hr_creates_a_type_that_the_register_then_offers() {
        loginAs("hr");
        CredentialTypeEntry created = types.create(details(code.toLowerCase(), 3, 6, true, 40, true));
        assertThat(created.code()).as("codes are stored in capitals").isEqualTo(code);
        assertThat(created.type().fields()).containsExactly("城市管理", "市场监管");
        assertThat(credentials.types()).extracting(CredentialTypeRecord::code).contains(code);
        assertThatThrownBy(() -> types.create(details(code, 3, 6, true, 40, true)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("credentialType.error.code-taken");
    }

    @Test
    void an_update_keeps_the_code_needs_the_version_seen_and_is_audited() {
        loginAs("hr");
        CredentialTypeEntry created = types.create(details(code, 3, 6, true, 40, true));
        long audited = auditEntries("hr");

        CredentialTypeEntry changed = types.update(code, details("OTHER_CODE", null, 0, false, 0, false),
                created.version());
        assertThat(changed.code()).isEqualTo(code);
        assertThat(changed.type().validityYears()).isNull();
        assertThat(changed.type().annualRegistration()).isFalse();
        assertThat(changed.version()).isGreaterThan(created.version());
        assertThat(auditEntries("hr")).isEqualTo(audited + 1);

        assertThatThrownBy(() -> types.update(code, details(code, 5, 6, true, 40, true), created.version()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.conflict");
        // the same values again: nothing to record
        types.update(code, details(code, null, 0, false, 0, false), changed.version());
        assertThat(auditEntries("hr")).isEqualTo(audited + 1);
    }

    @Test
    void inconsistent_rules_are_refused_with_the_field_they_concern() {
        loginAs("admin");
        assertThatThrownBy(() -> types.create(details(code, null, 6, false, 0, false)))
                .hasMessageContaining("credentialType.error.window-without-validity");
        assertThatThrownBy(() -> types.create(details(code, 2, 24, true, 0, false)))
                .hasMessageContaining("credentialType.error.window");
        assertThatThrownBy(() -> types.create(details(code, 5, 6, false, 40, false)))
                .hasMessageContaining("credentialType.error.registration-needed");
        assertThatThrownBy(() -> types.create(details("1BAD", 5, 6, true, 40, false)))
                .hasMessageContaining("credentialType.error.code");
        assertThatThrownBy(() -> types.create(new CredentialTypeRecord(code, " ", "x", "", 5, 6, true, 0, false, true,
                List.of()))).hasMessageContaining("credentialType.error.nameZh");
        assertThat(types.all()).noneMatch(t -> t.code().equals(code));
    }

    @Test
    void only_hr_and_administrators_change_types_and_everyone_signed_in_reads_them() {
        loginAs("cadre");
        assertThat(types.all()).extracting(CredentialTypeEntry::code).contains("ENFORCEMENT");
        assertThatThrownBy(() -> types.create(details(code, 5, 6, true, 40, true)))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("leader");
        CredentialTypeEntry enforcement = types.all().stream().filter(t -> t.code().equals("ENFORCEMENT")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> types.update("ENFORCEMENT", enforcement.type(), enforcement.version()))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("organizer");
        assertThatThrownBy(() -> types.update("ENFORCEMENT", enforcement.type(), enforcement.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void types_are_shared_so_only_administrators_and_hr_at_a_root_of_the_tree_change_them() {
        Long office = fixtures.newUnit(unit("tangpeng"), UnitKind.OFFICE).id();
        String townHr = fixtures.newAccount(Role.HR, office, null);
        String rootHr = fixtures.newAccount(Role.HR, unit("shijiao"), null);
        loginAs(townHr);
        assertThat(types.editable()).isFalse();
        assertThat(types.all()).extracting(CredentialTypeEntry::code).contains("ENFORCEMENT");
        CredentialTypeEntry enforcement = types.all().stream().filter(t -> t.code().equals("ENFORCEMENT")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> types.create(details(code, 5, 6, true, 40, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> types.update("ENFORCEMENT", enforcement.type(), enforcement.version()))
                .isInstanceOf(AccessDeniedException.class);

        long before = auditEntries(rootHr);
        assertThat(types.editable()).isTrue();
        types.create(details(code, 5, 6, true, 40, true));
        assertThat(auditEntries(rootHr)).as("the change is audited").isEqualTo(before + 1);
        loginAs("admin");
        assertThat(types.editable()).isTrue();
        loginAs("cadre");
        assertThat(types.editable()).isFalse();
    }

    private long auditEntries(String user) {
        loginAs("admin");
        long n = audit.count(new AuditFilter(null, "credential_type", null, null, null));
        loginAs(user);
        return n;
    }
}
