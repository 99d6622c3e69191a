package org.xuefa.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.ServiceTestBase;
import org.xuefa.audit.AuditFilter;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.SpreadsheetFiles;

/** The roster import against the demo town; each test rolls back, so the shared data stay as seeded. */
@Transactional
class RosterImportServiceTest extends ServiceTestBase {
    private static final String[] UNIT_HEADER = {"机构代码", "机构名称", "英文名称", "机构类型", "上级机构代码", "排序"};
    private static final String[] POST_HEADER = {"机构代码", "岗位类别", "岗位名称", "编制数"};
    private static final String[] OFFICIAL_HEADER = {"工号", "姓名", "机构代码", "职务", "人员类别", "用工类型", "入职日期"};

    @Autowired
    RosterImport rosterImport;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;
    @Autowired
    AuditLog audit;

    @Test
    void nothing_is_written_when_any_row_has_a_problem() throws IOException {
        loginAs("hr");
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("机构", new String[][] {UNIT_HEADER, {"imp-x", "导入测试站", "", "站所", "office", "9"}});
        sheets.put("干部", new String[][] {OFFICIAL_HEADER,
                {"IMP-X-1", "测试甲", "imp-x", "科员", "一般干部", "在编", "2024-03-01"},
                {"IMP-X-2", "测试乙", "imp-x", "科员", "一般干部", "临时工", "2024-03-01"}});

        ImportResult result = rosterImport.importFile("roster.xlsx", SpreadsheetFiles.xlsx(sheets));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::sheet, ImportProblem::row)
                .containsExactly(tuple("干部", 3));
        assertThat(orgUnits.editableTree()).noneMatch(u -> u.code().equals("imp-x"));
        assertThat(officials.count(new OfficialFilter("IMP-X", null, null, null))).isZero();
    }

    @Test
    void importing_the_same_file_again_changes_nothing() throws IOException {
        loginAs("hr");
        byte[] file = SpreadsheetFiles.xlsx(rosterFor(2));
        ImportResult first = rosterImport.importFile("roster.xlsx", file);
        assertThat(first.problems()).isEmpty();
        assertThat(first.counts().get(ImportKind.UNITS)).isEqualTo(new ImportResult.Counts(1, 0, 1));
        assertThat(first.counts().get(ImportKind.POSTS)).isEqualTo(new ImportResult.Counts(1, 0, 0));
        assertThat(first.counts().get(ImportKind.OFFICIALS)).isEqualTo(new ImportResult.Counts(2, 0, 0));
        long audited = auditEntries();

        loginAs("hr");
        ImportResult again = rosterImport.importFile("roster.xlsx", file);

        assertThat(again.problems()).isEmpty();
        assertThat(again.counts().get(ImportKind.UNITS)).isEqualTo(new ImportResult.Counts(0, 0, 2));
        assertThat(again.counts().get(ImportKind.POSTS)).isEqualTo(new ImportResult.Counts(0, 0, 1));
        assertThat(again.counts().get(ImportKind.OFFICIALS)).isEqualTo(new ImportResult.Counts(0, 0, 2));
        assertThat(auditEntries()).isEqualTo(audited);

        loginAs("hr");
        ImportResult changed = rosterImport.importFile("roster.xlsx", SpreadsheetFiles.xlsx(rosterFor(3)));
        assertThat(changed.counts().get(ImportKind.POSTS)).isEqualTo(new ImportResult.Counts(0, 1, 0));
        assertThat(auditEntries()).isEqualTo(audited + 2); // the post's update and the import itself
    }

    @Test
    void hr_cannot_import_into_another_town_or_add_a_top_level_unit() throws IOException {
        loginAs("hr");
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("机构", new String[][] {UNIT_HEADER, {"imp-root", "新镇", "", "乡镇", "", ""}});
        sheets.put("干部", new String[][] {OFFICIAL_HEADER,
                {"IMP-S-1", "测试丙", "sj-brigade", "队员", "一般干部", "在编", ""}});

        ImportResult result = rosterImport.importFile("roster.xlsx", SpreadsheetFiles.xlsx(sheets));

        assertThat(result.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.root-needs-admin", "import.error.unit-outside-scope");
    }

    @Test
    void only_hr_and_admin_may_import_or_download_templates() {
        for (String user : List.of("cadre", "organizer", "leader")) {
            loginAs(user);
            assertThatThrownBy(() -> rosterImport.importFile("r.csv", new byte[] {1}))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rosterImport.templateXlsx(Locale.CHINESE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rosterImport.templateCsv(ImportKind.OFFICIALS, Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
        }
        loginAs("admin");
        assertThat(rosterImport.templateXlsx(Locale.ENGLISH)).isNotEmpty();
    }

    /** A new unit under the office with one post and two people, plus the demo brigade exactly as seeded. */
    private static Map<String, String[][]> rosterFor(int establishment) {
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("机构", new String[][] {UNIT_HEADER,
                {"brigade", "综合执法大队", "Comprehensive Enforcement Brigade", "BRIGADE", "tangpeng", "2"},
                {"imp-y", "导入测试中队", "Import test squad", "执法队", "brigade", "5"}});
        sheets.put("岗位", new String[][] {POST_HEADER, {"imp-y", "执法岗位", "行政执法岗", String.valueOf(establishment)}});
        sheets.put("干部", new String[][] {OFFICIAL_HEADER,
                {"IMP-Y-1", "测试丁", "imp-y", "中队长", "乡科级领导", "在编", "2023-07-01"},
                {"IMP-Y-2", "测试戊", "imp-y", "队员", "一般干部", "编外", ""}});
        return sheets;
    }

    private long auditEntries() {
        loginAs("admin");
        return audit.count(AuditFilter.none());
    }
}
