package org.xuefa.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.xuefa.audit.AuditBatch;
import org.xuefa.audit.AuditLog;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.imports.ImportProblem;
import org.xuefa.base.imports.SpreadsheetFiles;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.XuefaUser;

/**
 * The roster import without Spring: real reader, checks and entities, with repositories as mocks so that "nothing
 * written" can be verified. HR here is scoped to the town (units 1 and 2); the other town (3) is outside.
 */
class RosterImportParsingTest {
    private static final String[] OFFICIAL_HEADER = {"工号", "姓名", "机构代码", "职务", "人员类别", "用工类型", "入职日期"};

    private final OrgUnitRepository units = mock(OrgUnitRepository.class);
    private final PostRepository posts = mock(PostRepository.class);
    private final OfficialRepository officials = mock(OfficialRepository.class);
    private final UnitScopes scopes = mock(UnitScopes.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final OfficialBatch batch = mock(OfficialBatch.class);
    private final AuditBatch auditBatch = mock(AuditBatch.class);
    private final List<Object> saved = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);
    private RosterImport rosterImport;
    private OrgUnit town;

    @BeforeEach
    void setUp() {
        town = withId(new OrgUnit("tangpeng", "塘蓬镇人民政府", null, UnitKind.TOWN, null, 0), 1L);
        OrgUnit office = withId(new OrgUnit("office", "党政综合办公室", null, UnitKind.OFFICE, town, 1), 2L);
        OrgUnit other = withId(new OrgUnit("shijiao", "石角镇人民政府", null, UnitKind.TOWN, null, 1), 3L);
        when(units.findAll()).thenReturn(new ArrayList<>(List.of(town, office, other)));
        when(scopes.visibleIds(Role.HR)).thenReturn(Set.of(1L, 2L));
        when(officials.findByStaffNumberIn(anyCollection())).thenReturn(List.of());
        when(units.save(any(OrgUnit.class))).thenAnswer(i -> remember(i.getArgument(0)));
        when(posts.save(any(Post.class))).thenAnswer(i -> remember(i.getArgument(0)));
        when(officials.save(any(Official.class))).thenAnswer(i -> remember(i.getArgument(0)));
        signIn(new RoleGrant(Role.HR, 1L));
        // the batched lookup reads through the repository's mock, chunk by chunk
        when(batch.existing(any())).thenAnswer(i -> officials.findByStaffNumberIn(List.copyOf(i.getArgument(0)))
                .stream().collect(Collectors.toMap(Official::staffNumber, o -> o)));
        // new officials are stored as a batch: the mock remembers them as a save would
        when(batch.insert(any())).thenAnswer(i -> {
            List<Official> created = i.getArgument(0);
            created.forEach(this::remember);
            return Map.of();
        });
        rosterImport = new RosterImport(units, posts, officials, scopes, currentUser, audit, null, batch, auditBatch,
                mock(AccountRollout.class));
    }

    @Test
    void one_bad_row_among_good_ones_writes_nothing_and_names_that_row() throws IOException {
        byte[] file = SpreadsheetFiles.xlsx(Map.of("干部", new Object[][] {OFFICIAL_HEADER,
                {"T-1", "甲", "office", "科员", "一般干部", "在编", "2020-01-02"},
                {"T-2", "乙", "office", "科员", "一般干部", "正式工", "2020-01-02"},
                {"T-3", "丙", "office", "科员", "一般干部", "编外", "2020-01-02"}}));

        ImportResult result = rosterImport.importFile("roster.xlsx", file);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).containsExactly(new ImportProblem("干部", 3, "import.error.invalid-choice",
                List.of("import.column.officials.employment", "正式工")));
        verify(officials, never()).save(any());
        verify(units, never()).save(any());
        verifyNoInteractions(audit);
        assertThat(result.counts().get(ImportKind.OFFICIALS)).isEqualTo(ImportResult.Counts.NONE);
    }

    @Test
    void every_problem_of_every_row_is_listed() throws IOException {
        byte[] file = SpreadsheetFiles.xlsx(Map.of("干部", new Object[][] {OFFICIAL_HEADER,
                {"T-1", "", "office", "科员", "班长", "在编", "2020-13-02"},
                {"T-2", "乙", "office", "科员", "一般干部", "在编", "2020-01-02"}}));

        ImportResult result = rosterImport.importFile("roster.xlsx", file);

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                tuple(2, "import.error.required"),
                tuple(2, "import.error.invalid-choice"),
                tuple(2, "import.error.invalid-date"));
    }

    @Test
    void enum_values_are_accepted_as_chinese_labels_and_as_codes() throws IOException {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put("机构", new Object[][] {{"机构代码", "机构名称", "机构类型", "上级机构代码"},
                {"v-a", "甲村委会", "村委会", "tangpeng"}, {"v-b", "乙村委会", "VILLAGE_COMMITTEE", "tangpeng"},
                {"v-c", "丙村", "village committee", "tangpeng"}});
        sheets.put("岗位", new Object[][] {{"机构代码", "岗位类别", "岗位名称", "编制数"},
                {"v-a", "执法岗位", "执法岗", 2}, {"v-b", "ENFORCEMENT", "执法岗", "1"}});
        sheets.put("干部", new Object[][] {OFFICIAL_HEADER,
                {"T-1", "甲", "v-a", "主任", "领导班子成员", "在编", LocalDate.of(2019, 3, 1)},
                {"T-2", "乙", "v-b", "科员", "STAFF", "ESTABLISHED", ""},
                {"T-3", "丙", "v-c", "科员", "staff", "兼职", "2021/5/6"}});

        ImportResult result = rosterImport.importFile("roster.xlsx", SpreadsheetFiles.xlsx(sheets));

        assertThat(result.problems()).isEmpty();
        assertThat(saved).filteredOn(OrgUnit.class::isInstance).map(u -> ((OrgUnit) u).kind())
                .containsOnly(UnitKind.VILLAGE_COMMITTEE);
        assertThat(saved).filteredOn(Post.class::isInstance).map(p -> ((Post) p).kind())
                .containsExactly(PostKind.ENFORCEMENT, PostKind.ENFORCEMENT);
        List<OfficialData> people = saved.stream().filter(Official.class::isInstance)
                .map(o -> ((Official) o).data()).toList();
        assertThat(people).extracting(OfficialData::category).containsExactly(OfficialCategory.LEADERSHIP_TEAM,
                OfficialCategory.STAFF, OfficialCategory.STAFF);
        assertThat(people).extracting(OfficialData::employmentType).containsExactly(EmploymentType.ESTABLISHED,
                EmploymentType.ESTABLISHED, EmploymentType.CONCURRENT);
        assertThat(people).extracting(OfficialData::joinedOn).containsExactly(LocalDate.of(2019, 3, 1), null,
                LocalDate.of(2021, 5, 6));
        assertThat(result.counts().get(ImportKind.UNITS)).isEqualTo(new ImportResult.Counts(3, 0, 0));
        assertThat(result.counts().get(ImportKind.OFFICIALS).created()).isEqualTo(3);
    }

    @Test
    void a_file_creates_a_unit_and_its_people_in_one_go() throws IOException {
        Map<String, Object[][]> sheets = new LinkedHashMap<>();
        sheets.put("Officials", new Object[][] {OFFICIAL_HEADER, {"T-9", "丁", "new-station", "站长", "乡科级领导", "在编", ""}});
        sheets.put("Units", new Object[][] {{"Code", "Name", "Kind", "Parent code"},
                {"new-station", "新站所", "站所", "office"}});

        ImportResult result = rosterImport.importFile("roster.xlsx", SpreadsheetFiles.xlsx(sheets));

        assertThat(result.problems()).isEmpty();
        OrgUnit station = (OrgUnit) saved.get(0);
        assertThat(station.path()).isEqualTo("/tangpeng/office/new-station/");
        assertThat(((Official) saved.get(1)).unitId()).isEqualTo(station.getId());
    }

    @Test
    void english_headers_are_recognised_whatever_the_sheet_is_called() throws IOException {
        byte[] file = SpreadsheetFiles.xlsx(Map.of("Sheet1", new Object[][] {
                {"Staff number", "Name", "Unit code", "Position title", "Category", "Employment type", "Joined on*"},
                {"T-1", "Zhang San", "office", "Clerk", "STAFF", "CONTRACT", LocalDate.of(2022, 1, 3)}}));

        ImportResult result = rosterImport.importFile("people.xlsx", file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.counts().get(ImportKind.OFFICIALS).created()).isEqualTo(1);
        assertThat(((Official) saved.get(0)).data().joinedOn()).isEqualTo(LocalDate.of(2022, 1, 3));
    }

    @Test
    void a_csv_is_recognised_by_its_header_with_bom_or_in_gb18030() {
        String csv = "unit code,post kind,title,establishment\r\noffice,GENERAL,综合岗,3\r\n";
        ImportResult utf8 = rosterImport.importFile("posts.csv",
                ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.problems()).isEmpty();
        assertThat(utf8.counts().get(ImportKind.POSTS).created()).isEqualTo(1);

        String chinese = "工号,姓名,机构代码,职务,人员类别,用工类型\r\nT-7,王五,office,科员,一般干部,编外\r\n";
        ImportResult gb = rosterImport.importFile("干部.csv", chinese.getBytes(Charset.forName("GB18030")));
        assertThat(gb.problems()).isEmpty();
        assertThat(((Official) saved.get(1)).name()).isEqualTo("王五");
    }

    @Test
    void a_staff_number_twice_in_the_file_is_a_problem_on_the_second_row() throws IOException {
        byte[] file = SpreadsheetFiles.xlsx(Map.of("干部", new Object[][] {OFFICIAL_HEADER,
                {"T-1", "甲", "office", "科员", "一般干部", "在编", ""},
                {"T-2", "乙", "office", "科员", "一般干部", "在编", ""},
                {"T-1", "丙", "office", "科员", "一般干部", "在编", ""}}));

        ImportResult result = rosterImport.importFile("roster.xlsx", file);

        assertThat(result.problems()).containsExactly(
                new ImportProblem("干部", 4, "import.error.duplicate-official", List.of("T-1", 2)));
        verify(officials, never()).save(any());
    }

    @Test
    void an_unknown_unit_code_is_a_problem() throws IOException {
        byte[] file = SpreadsheetFiles.xlsx(Map.of("岗位", new Object[][] {{"机构代码", "岗位类别", "岗位名称", "编制数"},
                {"office", "综合管理岗位", "综合岗", 2}, {"nowhere", "综合管理岗位", "综合岗", 2}}));

        ImportResult result = rosterImport.importFile("roster.xlsx", file);

        assertThat(result.problems()).containsExactly(
                new ImportProblem("岗位", 3, "import.error.unknown-unit", List.of("nowhere")));
        verify(posts, never()).save(any());
    }

    @Test
    void units_outside_the_hr_scope_new_roots_and_moved_parents_are_refused() throws IOException {
        byte[] file = SpreadsheetFiles.xlsx(Map.of("机构", new Object[][] {{"机构代码", "机构名称", "机构类型", "上级机构代码"},
                {"sj-new", "石角新站", "站所", "shijiao"},
                {"new-root", "新镇", "乡镇", ""},
                {"office", "党政综合办公室", "办公室", "shijiao"},
                {"late-child", "下级", "其他", "late-parent"},
                {"late-parent", "上级", "其他", "tangpeng"}}));

        ImportResult result = rosterImport.importFile("roster.xlsx", file);

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                tuple(2, "import.error.unit-outside-scope"),
                tuple(3, "import.error.root-needs-admin"),
                tuple(4, "import.error.parent-differs"),
                tuple(5, "import.error.parent-after-child"));
        verify(units, never()).save(any());
    }

    @Test
    void an_unchanged_row_is_neither_saved_nor_audited_and_a_changed_one_is() throws IOException {
        Official same = withId(new Official("T-1", new OfficialData("甲", 2L, "科员", OfficialCategory.STAFF,
                EmploymentType.ESTABLISHED, LocalDate.of(2020, 1, 2), null)), 50L);
        Official moved = withId(new Official("T-2", new OfficialData("乙", 2L, "科员", OfficialCategory.STAFF,
                EmploymentType.ESTABLISHED, null, null)), 51L);
        when(officials.findByStaffNumberIn(anyCollection())).thenReturn(List.of(same, moved));
        byte[] file = SpreadsheetFiles.xlsx(Map.of("干部", new Object[][] {OFFICIAL_HEADER,
                {"T-1", "甲", "office", "科员", "一般干部", "在编", "2020-01-02"},
                {"T-2", "乙", "tangpeng", "科员", "一般干部", "在编", ""}}));

        ImportResult result = rosterImport.importFile("roster.xlsx", file);

        assertThat(result.counts().get(ImportKind.OFFICIALS)).isEqualTo(new ImportResult.Counts(0, 1, 1));
        verify(officials, never()).save(same);
        verify(officials).save(moved);
        assertThat(moved.unitId()).isEqualTo(1L);
        verify(audit).record(eq("UPDATE"), eq("official"),
                eq(51L), any(), contains("unit: 2 → 1"));
    }

    @Test
    void files_too_large_or_of_an_unknown_type_are_problems_not_exceptions() {
        assertThat(rosterImport.importFile("roster.xls", new byte[10]).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.error.unsupported-file");
        assertThat(rosterImport.importFile("roster.csv", new byte[6 * 1024 * 1024]).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.error.file-too-large");
        assertThat(rosterImport.importFile("roster.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))
                .problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.unreadable-file");
        assertThat(rosterImport.importFile("roster.csv", "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8))
                .problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.sheet-not-recognised");
    }

    @Test
    void a_missing_required_column_is_named_once_on_the_header_row() {
        ImportResult result = rosterImport.importFile("posts.csv",
                "机构代码,岗位名称,编制数\r\noffice,综合岗,1\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).containsExactly(new ImportProblem("posts.csv", 1,
                "import.error.missing-column", List.of("import.column.posts.kind")));
    }

    @Test
    void an_untouched_template_is_read_in_either_language_but_refused_for_its_example_parent() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ImportResult result = rosterImport.importFile("template.xlsx", rosterImport.templateXlsx(locale));
            assertThat(result.problems()).as(locale.toString()).extracting(ImportProblem::messageKey)
                    .containsExactly("import.error.unknown-parent");
            for (ImportKind kind : ImportKind.values()) {
                ImportResult csv = rosterImport.importFile("t.csv", rosterImport.templateCsv(kind, locale));
                assertThat(csv.problems()).as(kind + " " + locale).extracting(ImportProblem::messageKey)
                        .containsExactly(kind == ImportKind.UNITS ? "import.error.unknown-parent"
                                : "import.error.unknown-unit");
            }
        }
        verify(units, never()).save(any());
    }

    private void signIn(RoleGrant... grants) {
        XuefaUser user = new XuefaUser(9L, "hr", "x", "HR", true, null, "zh_CN", Set.of(grants));
        when(currentUser.require()).thenReturn(user);
    }

    private Object remember(Object entity) {
        if (((AbstractEntity) entity).getId() == null) {
            withId(entity, ids.incrementAndGet());
        }
        saved.add(entity);
        return entity;
    }

    private static <T> T withId(T entity, Long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }
}
