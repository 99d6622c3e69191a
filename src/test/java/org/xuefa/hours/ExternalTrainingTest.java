package org.xuefa.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.course.CourseQuizPassed;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.security.Role;

/** External training one by one and by import, its list in the HR scope, and the credit of a passed course quiz. */
class ExternalTrainingTest extends ServiceTestBase {
    @Autowired
    ExternalTraining external;
    @Autowired
    ExternalImport externalImport;
    @Autowired
    StudyHours hours;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    private static byte[] csv(String... rows) {
        return ("工号,培训名称,主办单位,开始日期,结束日期,学时,证书编号,计入\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_good_file_is_recorded_listed_in_scope_and_a_second_import_changes_nothing() {
        OrgUnitRecord town = fixtures.newTown();
        var a = fixtures.newPerson(town.id(), Role.CADRE);
        var b = fixtures.newPerson(town.id(), Role.CADRE);
        String hr = fixtures.newAccount(Role.HR, town.id(), null);
        byte[] file = csv(a.staffNumber() + ",全省行政执法人员培训班,广东省司法厅,2026-09-07,2026-09-10,24,GD-" + a.staffNumber()
                + ",集中培训", b.staffNumber() + ",广东干部网络学院年度学时,广东干部网络学院,,2026-10-31,12.5,,网络自学");
        ExternalImportResult first = fixtures.as(hr, () -> externalImport.importFile("培训.csv", file));
        assertThat(first.ok()).as(first.problems().toString()).isTrue();
        assertThat(first.created()).isEqualTo(2);
        ExternalImportResult again = fixtures.as(hr, () -> externalImport.importFile("培训.csv", file));
        assertThat(again.created()).isZero();
        assertThat(again.alreadyRecorded()).isEqualTo(2);
        List<ExternalTrainingRow> rows = fixtures.as(hr, () -> external.page(2026, 0, 10));
        assertThat(rows).extracting(ExternalTrainingRow::staffNumber).containsExactly(b.staffNumber(), a.staffNumber());
        assertThat(rows.get(1).provider()).isEqualTo("广东省司法厅");
        assertThat(rows.get(1).startedOn()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(rows.get(0).countsToward()).isEqualTo(RequirementKind.ONLINE);
        assertThat(fixtures.as(hr, () -> external.count(2026))).isEqualTo(2);
        assertThat(fixtures.as(hr, () -> external.page(2026, 1, 10))).hasSize(1);
        var progress = fixtures.asOfficial(b.officialId(), () -> hours.mine().orElseThrow().progress());
        assertThat(progress.get(1).earned()).isEqualByComparingTo("12.5");
        String otherHr = fixtures.newAccount(Role.HR, fixtures.newTown().id(), null);
        assertThat(fixtures.as(otherHr, () -> external.count(2026))).isZero();
    }

    @Test
    void a_file_with_bad_rows_records_nothing_and_names_every_row_with_its_reason() {
        OrgUnitRecord town = fixtures.newTown();
        var a = fixtures.newPerson(town.id(), Role.CADRE);
        String hr = fixtures.newAccount(Role.HR, town.id(), null);
        ExternalImportResult result = fixtures.as(hr, () -> externalImport.importFile("培训.csv", csv(
                a.staffNumber() + ",培训一,,,2026-09-10,8,,",
                "TP-022,培训二,,,2026-09-10,8,,",
                a.staffNumber() + ",培训三,,2026-09-12,2026-09-10,8,,",
                a.staffNumber() + ",培训四,,,2026-09-10,-3,,",
                a.staffNumber() + ",培训五,,,2026-09-10,abc,,",
                a.staffNumber() + ",培训六,,,2099-01-01,8,,",
                a.staffNumber() + ",培训一,,,2026-09-10,8,,",
                a.staffNumber() + ",培训七,,,2026-09-10,8,,远程")));
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                tuple(3, "externalImport.error.unknown-official"),
                tuple(4, "hours.external.error.dates"),
                tuple(5, "hours.external.error.hours"),
                tuple(6, "externalImport.error.invalid-decimal"),
                tuple(7, "hours.external.error.date"),
                tuple(8, "externalImport.error.duplicate-row"),
                tuple(9, "externalImport.error.invalid-choice"));
        assertThat(fixtures.as(hr, () -> external.count(2026))).isZero();
    }

    @Test
    void the_excel_template_reads_back_and_its_example_row_is_refused() throws IOException {
        String hr = fixtures.newAccount(Role.HR, fixtures.newTown().id(), null);
        byte[] xlsx = fixtures.as(hr, () -> externalImport.templateXlsx(Locale.SIMPLIFIED_CHINESE));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("工号");
        }
        ExternalImportResult result = fixtures.as(hr, () -> externalImport.importFile("模板.xlsx", xlsx));
        assertThat(result.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("externalImport.error.unknown-official");
    }

    @Test
    void cadres_and_organizers_may_not_import_list_or_record() {
        loginAs("cadre");
        assertThatThrownBy(() -> externalImport.importFile("x.csv", csv("TP-022,x,,,2026-09-10,1,,")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> external.page(2026, 0, 10)).isInstanceOf(AccessDeniedException.class);
        loginAs("organizer");
        assertThatThrownBy(() -> external.count(2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> external.record(new ExternalTraining.Entry(official("TP-022"), "x", null,
                BigDecimal.ONE, LocalDate.of(2026, 5, 1), null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_passed_course_quiz_earns_half_an_online_hour_once_however_often_it_is_passed() {
        OrgUnitRecord town = fixtures.newTown();
        var a = fixtures.newPerson(town.id(), Role.CADRE);
        fixtures.asOfficial(a.officialId(), () -> {
            for (int i = 0; i < 2; i++) {
                transactions.executeWithoutResult(s -> events.publishEvent(
                        new CourseQuizPassed(a.officialId(), "admin-penalty", clock.instant())));
            }
        });
        var credits = fixtures.asOfficial(a.officialId(), () -> hours.myCreditsThisYear());
        assertThat(credits).filteredOn(c -> c.source().equals("QUIZ")).singleElement().satisfies(c -> {
            assertThat(c.hours()).isEqualByComparingTo("0.5");
            assertThat(c.countsToward()).isEqualTo(RequirementKind.ONLINE);
            assertThat(c.sourceRef()).isEqualTo("admin-penalty");
        });
    }
}
