package org.xuefa.base.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xuefa.base.BusinessException;
import org.xuefa.base.imports.ImportFormat.UnknownSheets;

/** Templates read back, the writing and duplicate helpers, and that every importer words every framework problem. */
class ImportTemplatesTest {
    private static final Map<String, String> ENGLISH = Map.of("test.column.staffNumber", "Staff no.",
            "test.column.course", "Course title", "test.sheet.training", "Training hours");
    private final ImportFormat format = Fixtures.format(UnknownSheets.SKIP)
            .translations((key, locale) -> "en".equals(locale.getLanguage()) ? ENGLISH.get(key) : null).build();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<List<String>> example = List.of(List.of("T-1", "专题", "2026-01-05", "2", "是"));

    @Test
    void headers_are_written_in_the_readers_language_from_translations_or_the_first_alias() {
        assertThat(new ImportTemplates(format, Locale.SIMPLIFIED_CHINESE).header(Fixtures.TRAINING))
                .containsExactly("工号", "课程名称", "培训日期", "学时", "有证书");
        assertThat(new ImportTemplates(format, Locale.ENGLISH).header(Fixtures.TRAINING))
                .containsExactly("Staff no.", "Course title", "Date", "Hours", "Certificate");
        assertThat(new ImportTemplates(format, Locale.ENGLISH).sheetName(Fixtures.TRAINING.names()))
                .isEqualTo("Training hours");
    }

    @Test
    void a_csv_template_has_a_bom_and_reads_back_in_either_language() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            byte[] csv = new ImportTemplates(format, locale).csv(Fixtures.TRAINING, example);
            assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            List<DataRow> rows = new SpreadsheetReader(format).read("t.csv", csv, problems);
            assertThat(problems).as(locale.toString()).isEmpty();
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.columns()).containsExactlyInAnyOrderElementsOf(Fixtures.TRAINING.columns());
                assertThat(format.check(r, problems).get(Fixtures.CERTIFICATE)).isTrue();
            });
        }
    }

    @Test
    void an_xlsx_template_has_its_data_and_help_sheets_and_reads_back() throws IOException {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ImportTemplates templates = new ImportTemplates(format, locale);
            byte[] xlsx = templates.workbook()
                    .instructions(templates.sheetName(Fixtures.HELP), 20, 60).heading("Title").row("rule 1")
                    .blank().heading("a", "b").row("工号", "姓名").done()
                    .table(templates.sheetName(Fixtures.TRAINING.names()), Fixtures.TRAINING, example, 20)
                    .bytes();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(templates.header(Fixtures.TRAINING).get(0));
                assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("b");
            }
            List<DataRow> rows = new SpreadsheetReader(format).read("t.xlsx", xlsx, problems);
            assertThat(problems).as(locale.toString()).isEmpty();
            assertThat(rows).extracting(r -> r.table().id(), DataRow::number).containsExactly(tuple("TRAINING", 2));
        }
    }

    @Test
    void duplicates_name_the_row_where_the_key_first_stood() {
        DuplicateRows<String> rows = new DuplicateRows<>();
        assertThat(rows.firstRow("T-1", 2)).isNull();
        assertThat(rows.firstRow("T-2", 3)).isNull();
        assertThat(rows.firstRow("T-1", 7)).isEqualTo(2);
        assertThat(rows.contains("T-2")).isTrue();
        assertThat(rows.rowOf("T-3")).isNull();
    }

    @Test
    void a_rule_broken_while_writing_becomes_a_problem_of_its_row() {
        AllOrNothing writes = new AllOrNothing();
        int[] written = {0};
        writes.write("s", 2, () -> written[0]++);
        writes.write("s", 3, () -> {
            throw new BusinessException("unit.error.code-invalid", "X");
        });
        assertThat(written[0]).isEqualTo(1);
        assertThat(writes.ok()).isFalse();
        assertThat(writes.problems()).containsExactly(ImportProblem.of("s", 3, "unit.error.code-invalid", "X"));
    }

    @Test
    void every_importer_that_words_a_framework_problem_words_them_all() throws IOException {
        for (String file : List.of("translations_zh_CN.properties", "translations_en.properties")) {
            Properties p = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String marker = ImportError.UNSUPPORTED_FILE.key("");
            Set<String> prefixes = new TreeSet<>();
            p.stringPropertyNames().stream().filter(k -> k.endsWith(marker))
                    .forEach(k -> prefixes.add(k.substring(0, k.length() - marker.length())));
            assertThat(prefixes).contains("import.error", "credentialImport.error");
            Set<String> missing = new TreeSet<>();
            for (String prefix : prefixes) {
                Arrays.stream(ImportError.values()).map(e -> e.key(prefix)).filter(k -> !p.containsKey(k))
                        .forEach(missing::add);
            }
            assertThat(missing).as(file).isEmpty();
        }
    }

    @Test
    void twenty_thousand_rows_are_read_and_checked_well_within_half_a_minute() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            rows.add(List.of("T-" + i, "依法行政专题" + (i % 50), "2026-03-" + (10 + i % 18), (i % 8) + ".5", "是"));
        }
        List<String> header = new ImportTemplates(format, Locale.SIMPLIFIED_CHINESE).header(Fixtures.TRAINING);
        List<String> lines = new ArrayList<>(List.of(String.join(",", header)));
        rows.forEach(r -> lines.add(String.join(",", r)));
        assertReadQuickly("h.csv", SpreadsheetFiles.csv(lines.toArray(String[]::new)));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("培训");
            List<List<String>> all = new ArrayList<>(List.of(header));
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            workbook.write(out);
            assertReadQuickly("h.xlsx", out.toByteArray());
        }
    }

    private void assertReadQuickly(String name, byte[] file) {
        ImportFormat big = Fixtures.format(UnknownSheets.SKIP).maxRows(20_000).build();
        long start = System.nanoTime();
        DuplicateRows<String> seen = new DuplicateRows<>();
        int[] clean = {0};
        int[] last = {0, 0};
        new SpreadsheetReader(big, (done, total) -> {
            last[0] = done;
            last[1] = total;
        }).read(name, file, problems, row -> {
            RowCheck c = big.check(row, problems);
            Fixtures.TRAINING.columns().forEach(c::get);
            if (seen.firstRow(c.get(Fixtures.STAFF), row.number()) == null && c.clean()) {
                clean[0]++;
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(problems).as(name).isEmpty();
        assertThat(clean[0]).as(name).isEqualTo(20_000);
        assertThat(last).as(name).containsExactly(20_000, 20_000);
        assertThat(millis).as(name + ": milliseconds").isLessThan(15_000);
    }
}
