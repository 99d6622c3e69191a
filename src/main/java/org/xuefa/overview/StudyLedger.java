package org.xuefa.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.course.CourseCatalog;
import org.xuefa.hours.HoursCompliance;
import org.xuefa.hours.UnitCompliance;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.quiz.ExamResults;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudySessions;
import org.xuefa.studyrecord.StudyRecordDetails;
import org.xuefa.studyrecord.StudyRecords;
import org.xuefa.studyreport.AttendanceReports;
import org.xuefa.studyreport.SessionReportRow;

/**
 * The 学法台账 of a unit's year as an Excel workbook and as a PDF ({@link LedgerPdf}), both from the same lines:
 * every held (closed) session of the unit's subtree with date,
 * kind, topic, speaker, laws, duration, invited, attended, leave, absent and its record, then sheets of the year's
 * exam results and hours compliance. Figures come from the attendance report, exam results and compliance
 * services, so they agree with those screens.
 */
@Service
@Transactional(readOnly = true)
public class StudyLedger {
    private final OrgUnits orgUnits;
    private final StudySessions sessions;
    private final AttendanceReports attendance;
    private final StudyRecords records;
    private final CourseCatalog catalog;
    private final LeadersOverview overview;
    private final ExamResults results;
    private final HoursCompliance hours;
    private final Clock clock;

    StudyLedger(OrgUnits orgUnits, StudySessions sessions, AttendanceReports attendance, StudyRecords records,
            CourseCatalog catalog, LeadersOverview overview, ExamResults results, HoursCompliance hours, Clock clock) {
        this.orgUnits = orgUnits;
        this.sessions = sessions;
        this.attendance = attendance;
        this.records = records;
        this.catalog = catalog;
        this.overview = overview;
        this.results = results;
        this.hours = hours;
        this.clock = clock;
    }

    /** One held session as the ledger prints it, in the workbook and in the PDF alike. */
    record Line(LocalDate date, String unitName, SessionKind kind, String title, String speaker, String laws,
            long minutes, int invited, int attended, int excused, int absent, String record) {
    }

    @Allowed.Overseers
    public byte[] xlsx(String unitCode, int year) {
        OrgUnitRecord unit = unit(unitCode);
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (var out = new ByteArrayOutputStream()) {
            Sheet ledger = wb.createSheet("学法台账");
            int[] n = {0};
            row(ledger, n[0]++, "日期", "单位", "形式", "主题", "主讲人", "学习法律", "时长（分钟）", "应到", "实到", "请假", "缺席",
                    "学法记录");
            eachLine(unit, year, l -> row(ledger, n[0]++, l.date().toString(), l.unitName(),
                    AnnualDraft.kindName(l.kind()), l.title(), l.speaker(), l.laws(), l.minutes(), l.invited(),
                    l.attended(), l.excused(), l.absent(), l.record()));
            examSheet(wb.createSheet("学法考试"), year);
            hoursSheet(wb.createSheet("学时"), unit.id());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    /** The same ledger as an A4 landscape PDF: the sessions, then the exam and hours summaries. */
    @Allowed.Overseers
    public byte[] pdf(String unitCode, int year) {
        OrgUnitRecord unit = unit(unitCode);
        return LedgerPdf.write(unit.name(), year, sink -> eachLine(unit, year, sink),
                overview.annualExam(year).map(e -> results.summary(e.id())).orElse(null), hours.units(unit.id()));
    }

    private OrgUnitRecord unit(String unitCode) {
        return orgUnits.visibleTree().stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("unit " + unitCode + " is outside your scope"));
    }

    /**
     * Every held (closed) session of the unit's subtree in the year (one statement over the unit path), unit by
     * unit in tree order, each unit's by start.
     */
    private void eachLine(OrgUnitRecord unit, int year, Consumer<Line> sink) {
        ZoneId zone = clock.getZone();
        Map<Long, Integer> treeOrder = new HashMap<>();
        orgUnits.visibleTree().forEach(u -> treeOrder.put(u.id(), treeOrder.size()));
        List<SessionRecord> held = sessions.closedInSubtree(unit.id(), LocalDate.of(year, 1, 1).atStartOfDay(zone)
                .toInstant(), LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant()).stream()
                .sorted(Comparator.comparing(s -> treeOrder.getOrDefault(s.data().unitId(), Integer.MAX_VALUE)))
                .toList();
        for (SessionRecord s : held) {
            SessionReportRow a = attendance.session(s.id());
            StudyRecordDetails rec = records.view(s.id());
            String laws = s.data().laws().stream().map(l -> {
                var law = catalog.library().law(l.lawId());
                return (law == null ? l.lawId() : "《" + law.titleZh() + "》")
                        + (l.articles() == null ? "" : l.articles());
            }).collect(Collectors.joining("；"));
            String summary = rec.summary() == null ? "" : rec.summary().length() > 300
                    ? rec.summary().substring(0, 300) + "…" : rec.summary();
            sink.accept(new Line(s.day(zone), s.unitName(), s.kind(), s.title(), s.speaker(), laws,
                    Duration.between(s.startsAt(), s.endsAt()).toMinutes(), a.invited(), a.present() + a.late(),
                    a.excused(), a.absent(), summary));
        }
    }

    private void examSheet(Sheet sheet, int year) {
        var exam = overview.annualExam(year);
        if (exam.isEmpty()) {
            row(sheet, 0, "本年度无学法考试");
            return;
        }
        ExamSummary s = results.summary(exam.get().id());
        row(sheet, 0, s.exam().title());
        row(sheet, 1, "单位", "应考", "实考", "合格", "优秀", "参考率", "合格率", "优秀率");
        int n = 2;
        for (ExamSummary.UnitResult u : s.units()) {
            row(sheet, n++, u.unitName(), u.audience(), u.sat(), u.passed(), u.excellent(),
                    AnnualDraft.pct(u.participation()), AnnualDraft.pct(u.passRate()), AnnualDraft.pct(u.excellence()));
        }
        ExamSummary.UnitResult t = s.total();
        row(sheet, n, "合计", t.audience(), t.sat(), t.passed(), t.excellent(), AnnualDraft.pct(t.participation()),
                AnnualDraft.pct(t.passRate()), AnnualDraft.pct(t.excellence()));
    }

    private void hoursSheet(Sheet sheet, Long unitId) {
        row(sheet, 0, "单位", "人数", "已达标", "进度落后", "已无法完成", "集中培训学时", "网络自学学时");
        int n = 1;
        for (UnitCompliance u : hours.units(unitId)) {
            row(sheet, n++, u.unitId() == null ? "合计" : u.unitName(), u.people(), u.met(), u.behind(),
                    u.cannotMakeIt(), u.training().doubleValue(), u.online().doubleValue());
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Number num) {
                row.createCell(i).setCellValue(num.doubleValue());
            } else {
                row.createCell(i).setCellValue(v == null ? "" : v.toString());
            }
        }
    }
}
