package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.xuefa.base.imports.DataRow;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.SpreadsheetReader;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialRecord;

/** Reading and checking credential files built in memory, without Spring or a database. */
class CredentialImportParsingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String HEADER = "工号,证件类型,证件编号,执法领域,发证日期,有效期至,发证机关";

    private final CredentialType enforcement = new CredentialType("ENFORCEMENT", new CredentialTypeRecord(
            "ENFORCEMENT", "行政执法证", "Administrative enforcement certificate", "省人民政府", 5, 6, true, 40, true, true,
            List.of("城市管理")));
    private final CredentialType legal = new CredentialType("LEGAL_PROFESSION", new CredentialTypeRecord(
            "LEGAL_PROFESSION", "法律职业资格证书", "Legal professional qualification", "司法部", null, 0, false, 0, false,
            false, List.of()));
    private final Map<String, OfficialRecord> staff = Map.of(
            "TP-021", official(21L, "TP-021", "陈志明", EmploymentType.ESTABLISHED),
            "TP-022", official(22L, "TP-022", "罗文杰", EmploymentType.ESTABLISHED),
            "TP-081", official(81L, "TP-081", "黎小军", EmploymentType.CONTRACT));
    private final Map<String, Credential> existing = new HashMap<>();

    private static OfficialRecord official(Long id, String number, String name, EmploymentType employment) {
        return new OfficialRecord(id, number, name, 1L, "综合执法大队", "队员", OfficialCategory.STAFF, employment, true,
                null, null, null, 0);
    }

    private static byte[] csv(String... rows) {
        return (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private CredentialImportValidator.Plan check(String fileName, byte[] content, List<ImportProblem> problems) {
        List<DataRow> lines = new SpreadsheetReader(CredentialColumn.FORMAT).read(fileName, content, problems);
        return new CredentialImportValidator(staff, List.of(enforcement, legal), existing, TODAY)
                .validate(lines, problems);
    }

    private CredentialImportValidator.Plan check(String fileName, byte[] content) {
        return check(fileName, content, new ArrayList<>());
    }

    @Test
    void one_bad_row_among_good_ones_fails_the_file_and_names_that_row() {
        CredentialImportValidator.Plan plan = check("c.csv", csv(HEADER,
                "TP-021,ENFORCEMENT,N-1,城市管理,2023-05-10,,",
                "TP-022,行政执法证,N-2,城市管理,2024-02-30,,",
                "TP-022,Legal professional qualification,A-1,,2012/3/1,,司法部"));
        assertThat(plan.ok()).isFalse();
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(tuple(3, "credentialImport.error.invalid-date"));
        assertThat(plan.problems().get(0).args()).containsExactly("credentialImport.column.issuedOn", "2024-02-30");
    }

    @Test
    void a_good_file_plans_every_row_with_defaults_from_the_type() {
        CredentialImportValidator.Plan plan = check("c.csv", csv(HEADER,
                "ＴＰ－０２１,enforcement,N-1,城市管理,2023年5月10日,,",
                "TP-022,法律职业资格证书,A-1,,20120301,,"));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).extracting(r -> r.holder().staffNumber(), CredentialImportValidator.Planned::number,
                CredentialImportValidator.Planned::issuedOn, CredentialImportValidator.Planned::issuer)
                .containsExactly(tuple("TP-021", "N-1", LocalDate.of(2023, 5, 10), "省人民政府"),
                        tuple("TP-022", "A-1", LocalDate.of(2012, 3, 1), "司法部"));
        assertThat(plan.rows().get(0).expiresOn()).as("empty: from the type's validity when stored").isNull();
    }

    @Test
    void csv_with_a_byte_order_mark_english_headers_and_semicolons_reads_the_same() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = csv("Staff number;Credential type;Credential number;Issued on;Valid until",
                "TP-021;ENFORCEMENT;N-9;2023-05-10;2028-05-09");
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        CredentialImportValidator.Plan plan = check("c.csv", file);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo("N-9");
            assertThat(r.expiresOn()).isEqualTo(LocalDate.of(2028, 5, 9));
        });
    }

    @Test
    void every_kind_of_bad_row_is_reported_with_its_row_number() {
        existing.put(CredentialImportValidator.key("ENFORCEMENT", "TAKEN"),
                new Credential(99L, enforcement, "TAKEN", "", LocalDate.of(2022, 1, 1), null, ""));
        CredentialImportValidator.Plan plan = check("c.csv", csv(HEADER,
                "XX-999,ENFORCEMENT,N-1,,2023-05-10,,",            // 2 unknown staff number (or outside scope)
                "TP-021,DRIVING_LICENCE,N-2,,2023-05-10,,",        // 3 unknown type
                "TP-081,ENFORCEMENT,N-3,,2023-05-10,,",            // 4 contract staff: not eligible
                "TP-021,ENFORCEMENT,N-4,,2023-05-10,2022-01-01,",  // 5 expires before issued
                "TP-021,ENFORCEMENT,N-5,,2023-05-10,,",            // 6 fine
                "TP-022,ENFORCEMENT,N-5,,2023-05-10,,",            // 7 same number again
                "TP-021,ENFORCEMENT,TAKEN,,2023-05-10,,",          // 8 recorded for someone else
                "TP-021,ENFORCEMENT,N-8,,2027-01-01,,",            // 9 issued in the future
                "TP-021,ENFORCEMENT,,,2023-05-10,,"));             // 10 no number
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                tuple(2, "credentialImport.error.unknown-official"),
                tuple(3, "credentialImport.error.unknown-type"),
                tuple(4, "credentialImport.error.not-eligible"),
                tuple(5, "credentialImport.error.dates"),
                tuple(7, "credentialImport.error.duplicate-row"),
                tuple(8, "credentialImport.error.number-taken"),
                tuple(9, "credentialImport.error.issued-in-future"),
                tuple(10, "credentialImport.error.required"));
        assertThat(plan.problems().get(4).args()).containsExactly("N-5", 6);
    }

    @Test
    void a_number_already_recorded_for_the_same_holder_is_planned_as_an_update() {
        Credential stored = new Credential(21L, enforcement, "N-1", "城市管理", LocalDate.of(2023, 5, 10), null, "省政府");
        ReflectionTestUtils.setField(stored, "id", 7L);
        existing.put(CredentialImportValidator.key("ENFORCEMENT", "N-1"), stored);
        // without the fields and issuer columns, the stored values stay
        CredentialImportValidator.Plan plan = check("c.csv", csv("工号,证件类型,证件编号,发证日期",
                "TP-021,ENFORCEMENT,N-1,2023-06-01"));
        assertThat(plan.problems()).isEmpty();
        CredentialImportValidator.Planned row = plan.rows().get(0);
        assertThat(row.existing()).isSameAs(stored);
        assertThat(row.fields()).isEqualTo("城市管理");
        assertThat(row.issuer()).isEqualTo("省政府");
        assertThat(row.expiresOn()).isEqualTo(stored.expiresOn());
    }

    @Test
    void the_file_form_is_checked_before_any_row() {
        List<ImportProblem> problems = new ArrayList<>();
        check("c.csv", csv("工号,证件类型,发证日期", "TP-021,ENFORCEMENT,2023-05-10"), problems);
        assertThat(problems).extracting(ImportProblem::messageKey, p -> p.args().get(0))
                .containsExactly(tuple("credentialImport.error.missing-column", "credentialImport.column.number"));
        assertThat(check("c.txt", csv(HEADER)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("credentialImport.error.unsupported-file");
        assertThat(check("c.csv", new byte[0]).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("credentialImport.error.empty-file");
        assertThat(check("c.csv", csv("a,b,c", "1,2,3")).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("credentialImport.error.no-header");
        assertThat(check("c.xlsx", csv(HEADER)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("credentialImport.error.unreadable-file");
        assertThat(check("c.csv", new byte[(int) CredentialColumn.FORMAT.maxBytes() + 1]).problems())
                .extracting(ImportProblem::messageKey).containsExactly("credentialImport.error.file-too-large");
    }

    @Test
    void an_excel_file_is_read_with_real_dates_and_its_instructions_sheet_skipped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet help = workbook.createSheet("填写说明");
            help.createRow(0).createCell(0).setCellValue("首行为表头");
            Sheet sheet = workbook.createSheet("证件");
            Row head = sheet.createRow(0);
            String[] header = HEADER.split(",");
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("TP-021");
            row.createCell(1).setCellValue("ENFORCEMENT");
            row.createCell(2).setCellValue(44080021000999d); // a number typed without a text format
            var date = row.createCell(4);
            date.setCellValue(LocalDate.of(2023, 5, 10));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            workbook.write(out);
            CredentialImportValidator.Plan plan = check("c.xlsx", out.toByteArray());
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.rows()).singleElement().satisfies(r -> {
                assertThat(r.sheet()).isEqualTo("证件");
                assertThat(r.row()).isEqualTo(2);
                assertThat(r.number()).isEqualTo("44080021000999");
                assertThat(r.issuedOn()).isEqualTo(LocalDate.of(2023, 5, 10));
            });
        }
    }
}
