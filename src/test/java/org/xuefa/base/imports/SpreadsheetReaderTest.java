package org.xuefa.base.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.xuefa.base.imports.Fixtures.CERTIFICATE;
import static org.xuefa.base.imports.Fixtures.COURSE;
import static org.xuefa.base.imports.Fixtures.DAY;
import static org.xuefa.base.imports.Fixtures.HOURS;
import static org.xuefa.base.imports.Fixtures.STAFF;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuefa.base.imports.ImportFormat.UnknownSheets;

/** The reader on files built in memory: headers, encodings, sheets, the file's form, and problems per cell. */
class SpreadsheetReaderTest {
    private final ImportFormat format = Fixtures.format(UnknownSheets.REPORT).build();
    private final List<ImportProblem> problems = new ArrayList<>();

    private List<DataRow> read(String name, byte[] content) {
        return new SpreadsheetReader(format).read(name, content, problems);
    }

    @Test
    void headers_match_whatever_their_case_width_spacing_notes_or_byte_order_mark() {
        for (String header : List.of("工号", "Staff Number", "STAFF_NUMBER", "staff-no", "ｓｔａｆｆ　ｎｏ", "工号（必填）",
                "* 工号", "\uFEFF工号", " staff  number ")) {
            assertThat(format.column(Fixtures.TRAINING, header)).as(header).isSameAs(STAFF);
        }
        assertThat(format.column(Fixtures.TRAINING, "备注")).isNull();
    }

    @Test
    void a_csv_reads_the_same_with_or_without_bom_in_utf8_or_gb18030_with_commas_or_semicolons() {
        String[] lines = {"工号,课程名称,培训日期,学时,有证书", "T-1,依法行政专题,2026/3/1,2.5,是"};
        for (byte[] file : List.of(SpreadsheetFiles.csv(StandardCharsets.UTF_8, true, lines),
                SpreadsheetFiles.csv(StandardCharsets.UTF_8, false, lines),
                SpreadsheetFiles.csv(Charset.forName("GB18030"), false, lines),
                SpreadsheetFiles.csv(StandardCharsets.UTF_8, true, lines[0].replace(',', ';'), lines[1].replace(',', ';')))) {
            problems.clear();
            List<DataRow> rows = read("hours.csv", file);
            assertThat(problems).isEmpty();
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.sheet()).isEqualTo("hours.csv");
                assertThat(row.number()).isEqualTo(2);
                assertThat(row.table()).isSameAs(Fixtures.TRAINING);
                RowCheck c = format.check(row, problems);
                assertThat(c.get(STAFF)).isEqualTo("T-1");
                assertThat(c.get(COURSE)).isEqualTo("依法行政专题");
                assertThat(c.get(DAY)).isEqualTo(LocalDate.of(2026, 3, 1));
                assertThat(c.get(HOURS)).isEqualByComparingTo("2.5");
                assertThat(c.get(CERTIFICATE)).isTrue();
                assertThat(c.clean()).isTrue();
            });
        }
    }

    @Test
    void every_problem_of_every_row_is_collected_with_its_row_and_column() {
        List<DataRow> rows = read("hours.csv", SpreadsheetFiles.csv("工号,课程名称,培训日期,学时,备注",
                "T-1,,2026-02-30,两小时,", "", "T-2,课程,2026-03-01,,只有备注", ",,,,只有备注"));
        for (DataRow row : rows) {
            RowCheck c = format.check(row, problems);
            format.tables().get(0).columns().forEach(c::get);
        }
        assertThat(rows).extracting(DataRow::number).containsExactly(2, 4);
        assertThat(problems).extracting(ImportProblem::row, ImportProblem::messageKey, p -> p.args().get(0))
                .containsExactly(tuple(2, "test.error.required", "test.column.course"),
                        tuple(2, "test.error.invalid-date", "test.column.day"),
                        tuple(2, "test.error.invalid-decimal", "test.column.hours"));
    }

    @Test
    void missing_and_repeated_columns_are_named_on_the_header_row() {
        read("hours.csv", SpreadsheetFiles.csv("工号,课程,课程名称,有证书", "T-1,A,A,否"));
        assertThat(problems).containsExactly(
                ImportProblem.of("hours.csv", 1, "test.error.duplicate-column", "test.column.course"),
                ImportProblem.of("hours.csv", 1, "test.error.missing-column", "test.column.hours"));
    }

    @Test
    void a_workbook_is_read_sheet_by_sheet_by_name_or_header_and_its_help_sheet_is_passed_over() {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put("说明", new Object[][] {{"首行为表头"}, {"工号", "姓名"}});
        sheets.put("Sheet1", new Object[][] {{"工号", "姓名"}, {"T-1", "张三"}});
        sheets.put("培训", new Object[][] {{"工号", "课程", "学时", "培训日期"},
                {"T-1", "专题", 3, LocalDate.of(2026, 1, 5)}, {}, {"T-2", "专题", 1.5, "2026-01-06"}});
        sheets.put("空表", new Object[][] {{}, {}});
        List<DataRow> rows = read("t.xlsx", SpreadsheetFiles.xlsx(sheets));
        assertThat(problems).isEmpty();
        assertThat(rows).extracting(DataRow::sheet, r -> r.table().id(), DataRow::number).containsExactly(
                tuple("Sheet1", "PEOPLE", 2), tuple("培训", "TRAINING", 2), tuple("培训", "TRAINING", 4));
        RowCheck c = format.check(rows.get(1), problems);
        assertThat(c.get(DAY)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(c.get(HOURS)).isEqualByComparingTo("3");
        assertThat(c.has(CERTIFICATE)).isFalse();
    }

    @Test
    void an_unknown_sheet_is_a_problem_or_passed_over_as_the_importer_chooses() {
        byte[] file = SpreadsheetFiles.xlsx(Map.of("Sheet1", new Object[][] {{"a", "b"}, {"1", "2"}}));
        read("t.xlsx", file);
        assertThat(problems).containsExactly(ImportProblem.of("Sheet1", 0, "test.error.sheet-not-recognised",
                "Sheet1"));
        problems.clear();
        new SpreadsheetReader(Fixtures.format(UnknownSheets.SKIP).build()).read("t.xlsx", file, problems);
        assertThat(problems).containsExactly(ImportProblem.of("t.xlsx", 1, "test.error.no-header"));
    }

    @Test
    void the_files_form_is_checked_before_any_row() {
        assertThat(keys("hours.xls", new byte[10])).containsExactly("test.error.unsupported-file");
        assertThat(keys("hours.csv", new byte[5 * 1024 * 1024 + 1])).containsExactly("test.error.file-too-large");
        assertThat(keys("hours.csv", new byte[0])).containsExactly("test.error.empty-file");
        assertThat(keys("hours.xlsx", SpreadsheetFiles.csv("工号,课程,学时"))).containsExactly("test.error.unreadable-file");
        assertThat(keys("hours.csv", SpreadsheetFiles.csv("工号,课程,学时"))).containsExactly("test.error.empty-file");
        assertThat(keys("hours.csv", SpreadsheetFiles.csv("工号,课程,学时", "\"T-1,A,1"))).containsExactly(
                "test.error.unreadable-file");
    }

    @Test
    void rows_beyond_the_limit_are_refused_once_and_not_read() {
        ImportFormat small = Fixtures.format(UnknownSheets.REPORT).maxRows(2).build();
        List<DataRow> rows = new SpreadsheetReader(small).read("h.csv",
                SpreadsheetFiles.csv("工号,课程,学时", "T-1,A,1", "", "T-2,A,1", "T-3,A,1", "T-4,A,1"), problems);
        assertThat(rows).hasSize(2);
        assertThat(problems).containsExactly(ImportProblem.of("h.csv", 0, "test.error.too-many-rows", 2));
    }

    @Test
    void rows_are_handed_over_one_at_a_time_and_progress_is_told() {
        List<String> lines = new ArrayList<>(List.of("工号,课程,学时"));
        for (int i = 1; i <= 1000; i++) {
            lines.add("T-" + i + ",A," + i);
        }
        List<int[]> reports = new ArrayList<>();
        int[] seen = {0};
        new SpreadsheetReader(format, (done, total) -> reports.add(new int[] {done, total}))
                .read("h.csv", SpreadsheetFiles.csv(lines.toArray(String[]::new)), problems, row -> seen[0]++);
        assertThat(seen[0]).isEqualTo(1000);
        assertThat(reports).extracting(r -> r[0]).containsExactly(250, 500, 750, 1000, 1000);
        assertThat(reports).allMatch(r -> r[1] == 1000);
    }

    @Test
    void a_workbook_tells_progress_against_its_sheets_declared_size() {
        Object[][] rows = new Object[601][];
        rows[0] = new Object[] {"工号", "课程", "学时"};
        for (int i = 1; i <= 600; i++) {
            rows[i] = new Object[] {"T-" + i, "A", i};
        }
        List<int[]> reports = new ArrayList<>();
        new SpreadsheetReader(format, (done, total) -> reports.add(new int[] {done, total}))
                .read("h.xlsx", SpreadsheetFiles.xlsx(Map.of("培训", rows)), problems);
        assertThat(problems).isEmpty();
        assertThat(reports).extracting(r -> r[0] + "/" + r[1]).containsExactly("250/600", "500/600", "600/600");
    }

    private List<String> keys(String name, byte[] content) {
        problems.clear();
        read(name, content);
        return problems.stream().map(ImportProblem::messageKey).toList();
    }
}
