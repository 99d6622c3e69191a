package org.xuefa.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.ImportProgress;
import org.xuefa.base.imports.SpreadsheetFiles;

/**
 * A county's roster of 20,000 officials imports in one go (the time is printed, not asserted: docs/benchmarks.md
 * holds the measured figure), and in a file that large every bad row is still named. Each test rolls back.
 */
@Transactional
class RosterImportScaleTest extends ServiceTestBase {
    static final int ROWS = 20_000;
    private static final String[] UNIT_HEADER = {"机构代码", "机构名称", "英文名称", "机构类型", "上级机构代码", "排序"};
    private static final String[] OFFICIAL_HEADER = {"工号", "姓名", "机构代码", "职务", "人员类别", "用工类型", "入职日期"};

    @Autowired
    RosterImport rosterImport;
    @Autowired
    Officials officials;

    @Test
    void a_roster_of_twenty_thousand_officials_imports_all_rows() throws IOException {
        byte[] file = SpreadsheetFiles.xlsx(roster("SC1", -1));
        loginAs("hr");
        AtomicInteger progressed = new AtomicInteger();
        AtomicLong checked = new AtomicLong();
        long started = System.nanoTime();

        ImportResult result = rosterImport.importFile("county.xlsx", file, new ImportProgress() {
            @Override
            public void rows(int processed, int total) {
                progressed.set(processed);
            }

            @Override
            public void written(int written, int total) {
                checked.compareAndSet(0, System.nanoTime());
            }
        });

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Roster import: %,d officials (file %,d bytes) in %,d ms, of which reading and checking"
                + " %,d ms%n", ROWS, file.length, millis, (checked.get() - started) / 1_000_000);
        assertThat(result.problems()).isEmpty();
        assertThat(result.counts().get(ImportKind.OFFICIALS)).isEqualTo(new ImportResult.Counts(ROWS, 0, 0));
        assertThat(progressed.get()).isGreaterThanOrEqualTo(ROWS);
        assertThat(officials.count(new OfficialFilter("SC1-", null, null, null))).isEqualTo(ROWS);
    }

    @Test
    void in_a_large_roster_every_bad_row_is_named_and_nothing_is_written() throws IOException {
        Map<String, String[][]> sheets = roster("SC2", 12_345);
        String[][] people = sheets.get("干部");
        people[ROWS][0] = people[3][0]; // a staff number twice: sheet rows 4 and 20,001
        loginAs("hr");

        ImportResult result = rosterImport.importFile("county.xlsx", SpreadsheetFiles.xlsx(sheets));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::sheet, ImportProblem::row)
                .contains(tuple("干部", 12_346), tuple("干部", ROWS + 1));
        assertThat(officials.count(new OfficialFilter("SC2-", null, null, null))).isZero();
    }

    /** One new office under the demo town and ROWS officials in it; {@code badRow} (1-based data row) has a bad type. */
    private static Map<String, String[][]> roster(String prefix, int badRow) {
        String unit = prefix.toLowerCase() + "-office";
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("机构", new String[][] {UNIT_HEADER, {unit, "规模测试办" + prefix, "", "站所", "office", "9"}});
        String[][] people = new String[ROWS + 1][];
        people[0] = OFFICIAL_HEADER;
        for (int i = 1; i <= ROWS; i++) {
            people[i] = new String[] {prefix + "-" + i, "测试" + i, unit, "科员", "一般干部",
                    i == badRow ? "临时工" : "在编", "2024-03-01"};
        }
        sheets.put("干部", people);
        return sheets;
    }
}
