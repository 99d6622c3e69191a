package org.xuefa.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.hours.Progress;
import org.xuefa.hours.StudyHours;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.quiz.AttemptRow;
import org.xuefa.quiz.ExamResults;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.studyreport.AttendanceReports;
import org.xuefa.studyreport.PersonReportRow;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudySessions;

/**
 * A leader's 述法 material for a year as a Word document: collective study attended, sessions led as speaker,
 * hours by requirement, the annual exam's score and band, and make-up study done. For the leader themself, and for
 * HR and administrators whose scope holds the official. The figures are the screens' (attendance, exam results,
 * My hours); the prose is a draft.
 */
@Service
@Transactional(readOnly = true)
public class ShufaMaterial {
    private final Officials officials;
    private final StudySessions sessions;
    private final AttendanceReports attendance;
    private final StudyHours hours;
    private final LeadersOverview overview;
    private final ExamResults results;
    private final CurrentUser currentUser;
    private final Clock clock;

    ShufaMaterial(Officials officials, StudySessions sessions, AttendanceReports attendance,
            StudyHours hours, LeadersOverview overview, ExamResults results,
            CurrentUser currentUser, Clock clock) {
        this.officials = officials;
        this.sessions = sessions;
        this.attendance = attendance;
        this.hours = hours;
        this.overview = overview;
        this.results = results;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The paragraphs of the material; the official must be the reader or within HR's (or an admin's) scope. */
    @Allowed.HrAndLeaders
    public List<String> lines(Long officialId, int year) {
        if (!officialId.equals(currentUser.require().officialId())) {
            officials.requireInScope(officialId, Role.HR);
        }
        OfficialRecord o = officials.find(officialId).orElseThrow();
        ZoneId zone = clock.getZone();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<String> out = new ArrayList<>();
        out.add(AnnualDraft.DRAFT_MARK);
        out.add(o.name() + "（" + o.unitName() + (o.positionTitle() == null ? "" : " " + o.positionTitle()) + "）"
                + year + " 年度述法材料：学法用法情况");
        PersonReportRow row = attendance.person(officialId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .orElse(new PersonReportRow(officialId, o.name(), null, null, 0, 0, 0, 0, 0, null, 0, false, 0, 0));
        out.add("一、参加集体学法：全年应参加集体学法 " + row.invited() + " 次，实际参加 " + row.attended() + " 次，请假 "
                + row.excused() + " 次，缺席 " + row.absent() + " 次。");
        List<SessionRecord> led = sessions.closedSpokenBy(officialId, from, to);
        out.add("二、带头讲法：全年作为主讲人讲授 " + led.size() + " 次" + (led.isEmpty() ? "。" : "：" + String.join("；",
                led.stream().map(s -> s.day(zone) + "“" + s.title() + "”（" + AnnualDraft.kindName(s.kind()) + "）")
                        .toList()) + "。"));
        LocalDate asOf = year == LocalDate.now(clock).getYear() ? LocalDate.now(clock) : LocalDate.of(year, 12, 31);
        List<String> parts = new ArrayList<>();
        for (Progress p : hours.progressOf(officialId, asOf)) {
            parts.add((p.kind().name().equals("TRAINING") ? "集中培训 " : "网络自学 ") + plain(p.earned()) + " 学时（要求 "
                    + plain(p.required()) + " 学时）");
        }
        out.add("三、学时完成情况（截至 " + asOf + "）：" + String.join("，", parts) + "。");
        out.add("四、年度学法考试：" + exam(officialId, year));
        out.add("五、补学情况：全年需补学 " + row.makeupTotal() + " 项，已完成 " + row.makeupDone() + " 项。");
        return out;
    }

    private String exam(Long officialId, int year) {
        var exam = overview.annualExam(year);
        if (exam.isEmpty()) {
            return "本年度尚未组织。";
        }
        Optional<AttemptRow> best = results.attemptsOf(exam.get().id(), officialId).stream()
                .filter(a -> officialId.equals(a.officialId()) && a.score() != null && a.band() != null
                        && a.voidReason() == null)
                .max(Comparator.comparing(AttemptRow::score));
        return best.map(a -> "“" + exam.get().title() + "”成绩 " + plain(a.score()) + " 分，等次：" + band(a)
                + "。").orElse("“" + exam.get().title() + "”尚无成绩。");
    }

    private static String band(AttemptRow a) {
        return switch (a.band()) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case PASS -> "合格";
            default -> "不合格";
        };
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    @Allowed.HrAndLeaders
    public byte[] docx(Long officialId, int year) {
        List<String> lines = lines(officialId, year);
        try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            Docx.paragraph(doc, lines.get(1), 16, true, ParagraphAlignment.CENTER);
            Docx.paragraph(doc, lines.get(0), 11, true, ParagraphAlignment.LEFT);
            for (String line : lines.subList(2, lines.size())) {
                Docx.paragraph(doc, line, 12, false, ParagraphAlignment.BOTH);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
