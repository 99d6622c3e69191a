package org.xuefa.certification;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.i18n.Messages;
import org.xuefa.base.imports.ImportProblem;

/** The credential import against the demo town; each test rolls back, so the shared data stay as seeded. */
@Transactional
class CredentialImportServiceTest extends ServiceTestBase {
    private static final String HEADER = "工号,证件类型,证件编号,执法领域,发证日期,有效期至,发证机关";
    @Autowired
    CredentialRegister register;
    @Autowired
    CredentialImport credentialImport;
    @Autowired
    Credentials credentials;
    @Autowired
    AuditLog audit;

    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static byte[] csv(String... rows) {
        return (String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private long credentialsOf(String number) {
        return register.count(new CredentialFilter(null, null, null, null, number));
    }

    @Test
    void nothing_is_written_when_any_row_has_a_problem() {
        loginAs("hr");
        CredentialImportResult result = credentialImport.importFile("证件.csv", csv(HEADER,
                "TP-033,ENFORCEMENT,I" + tag + "-1,城市管理,2024-01-05,,",
                "TP-081,ENFORCEMENT,I" + tag + "-2,城市管理,2024-01-05,,",
                "TP-031,行政执法证,I" + tag + "-3,城市管理,2024-01-05,,"));
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(3, "credentialImport.error.not-eligible"));
        assertThat(credentialsOf("I" + tag)).isZero();
    }

    @Test
    void importing_the_same_file_again_changes_nothing_and_a_changed_row_updates() {
        loginAs("hr");
        byte[] file = csv(HEADER,
                "TP-033,ENFORCEMENT,J" + tag + "-1,城市管理,2024-01-05,,",
                "TP-071,LEGAL_PROFESSION,J" + tag + "-2,,2012-03-01,,司法部");
        CredentialImportResult first = credentialImport.importFile("证件.csv", file);
        assertThat(first.problems()).isEmpty();
        assertThat(first).extracting(CredentialImportResult::created, CredentialImportResult::updated,
                CredentialImportResult::unchanged).containsExactly(2, 0, 0);
        CredentialRecord stored = rows(new CredentialFilter(null, null, null, null, "J" + tag)).stream()
                .filter(r -> r.number().equals("J" + tag + "-1")).findFirst().orElseThrow();
        assertThat(stored.holderName()).isEqualTo("谢婷");
        assertThat(stored.expiresOn()).as("from the type's five years").isEqualTo(LocalDate.of(2029, 1, 4));
        assertThat(stored.issuer()).as("the type's issuing authority").isEqualTo("省人民政府");
        long audited = auditEntries();

        CredentialImportResult again = credentialImport.importFile("证件.csv", file);
        assertThat(again).extracting(CredentialImportResult::created, CredentialImportResult::updated,
                CredentialImportResult::unchanged).containsExactly(0, 0, 2);
        assertThat(auditEntries()).isEqualTo(audited);
        assertThat(credentialsOf("J" + tag)).isEqualTo(2);

        CredentialImportResult changed = credentialImport.importFile("证件.csv", csv(HEADER,
                "TP-033,ENFORCEMENT,J" + tag + "-1,市场监管,2024-01-05,2028-12-31,广东省人民政府"));
        assertThat(changed).extracting(CredentialImportResult::created, CredentialImportResult::updated,
                CredentialImportResult::unchanged).containsExactly(0, 1, 0);
        assertThat(auditEntries()).isEqualTo(audited + 2); // the credential's update and the import itself
        CredentialRecord updated = rows(new CredentialFilter(null, null, null, null, "J" + tag)).stream()
                .filter(r -> r.number().equals("J" + tag + "-1")).findFirst().orElseThrow();
        assertThat(updated).extracting(CredentialRecord::fields, CredentialRecord::expiresOn, CredentialRecord::issuer)
                .containsExactly("市场监管", LocalDate.of(2028, 12, 31), "广东省人民政府");
        assertThat(updated.id()).isEqualTo(stored.id());
    }

    @Test
    void a_number_recorded_for_another_official_is_refused() {
        loginAs("hr");
        // 44080021000123 is 陈志明's (TP-021) enforcement certificate
        CredentialImportResult result = credentialImport.importFile("c.csv", csv(HEADER,
                "TP-022,ENFORCEMENT,44080021000123,,2023-05-10,,"));
        assertThat(result.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("credentialImport.error.number-taken");
    }

    @Test
    void hr_cannot_import_for_another_town_but_an_administrator_can() {
        loginAs("hr");
        byte[] file = csv(HEADER, "SJ-023,ENFORCEMENT,K" + tag + ",综合行政执法,2024-01-05,,");
        CredentialImportResult refused = credentialImport.importFile("c.csv", file);
        assertThat(refused.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(2, "credentialImport.error.unknown-official"));
        loginAs("admin");
        assertThat(credentialImport.importFile("c.csv", file).created()).isEqualTo(1);
    }

    @Test
    void only_hr_and_administrators_import() {
        loginAs("leader");
        assertThatThrownBy(() -> credentialImport.importFile("c.csv", csv(HEADER)))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("cadre");
        assertThatThrownBy(() -> credentialImport.templateCsv(Messages.CHINESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_untouched_templates_are_read_back_and_refused_for_their_example_staff_number() {
        loginAs("hr");
        for (var locale : Messages.LOCALES) {
            CredentialImportResult csv = credentialImport.importFile("t.csv", credentialImport.templateCsv(locale));
            assertThat(csv.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                    .containsExactly(tuple(2, "credentialImport.error.unknown-official"));
            CredentialImportResult xlsx = credentialImport.importFile("t.xlsx", credentialImport.templateXlsx(locale));
            assertThat(xlsx.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                    .containsExactly(tuple(2, "credentialImport.error.unknown-official"));
        }
    }

    private long auditEntries() {
        loginAs("admin");
        long n = audit.count(AuditFilter.none());
        loginAs("hr");
        return n;
    }

    private List<CredentialRecord> rows(CredentialFilter filter) {
        return register.page(filter, null, 0, 10_000).stream().map(RegisterEntry::credential).toList();
    }
}
