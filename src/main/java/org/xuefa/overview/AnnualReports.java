package org.xuefa.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.i18n.Messages;
import org.xuefa.certification.CredentialFilter;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.certification.CredentialRegister;
import org.xuefa.hours.HoursCompliance;
import org.xuefa.hours.UnitCompliance;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.quiz.ExamResults;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.staffing.StaffingGapReport;
import org.xuefa.staffing.StaffingReport;
import org.xuefa.staffing.StaffingRow;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudySessions;
import org.xuefa.studyplan.StudyPlans;

/**
 * The annual report material (法治政府建设年度报告) of a unit in the reader's scope: the live figures
 * ({@link AnnualFacts}), a draft in the register of such reports ({@link AnnualDraft}) and the Word file
 * ({@link AnnualReportDocx}) or PDF ({@link AnnualReportPdf}). HR, leaders and administrators: it includes staffing
 * and credentials.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {
    private final OrgUnits orgUnits;
    private final StudySessions sessions;
    private final LeadersOverview overview;
    private final ExamResults results;
    private final HoursCompliance hours;
    private final StaffingGapReport staffing;
    private final CredentialRegister credentials;
    private final StudyPlans plans;
    private final Messages messages;
    private final Clock clock;
    private final double passLine;

    AnnualReports(OrgUnits orgUnits, StudySessions sessions, LeadersOverview overview, ExamResults results,
            HoursCompliance hours, StaffingGapReport staffing, CredentialRegister credentials, StudyPlans plans,
            Messages messages, Clock clock, @Value("${xuefa.reports.pass-line:0.9}") double passLine) {
        if (passLine <= 0 || passLine > 1) {
            throw new IllegalArgumentException("xuefa.reports.pass-line must be above 0 and at most 1: " + passLine);
        }
        this.passLine = passLine;
        this.orgUnits = orgUnits;
        this.sessions = sessions;
        this.overview = overview;
        this.results = results;
        this.hours = hours;
        this.staffing = staffing;
        this.credentials = credentials;
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    /** The unit (by code) must be in the reader's scope; otherwise {@link AccessDeniedException}. */
    @Allowed.HrAndLeaders
    public AnnualFacts facts(String unitCode, int year) {
        List<OrgUnitRecord> visible = orgUnits.visibleTree();
        OrgUnitRecord unit = visible.stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("unit " + unitCode + " is outside your scope"));
        ZoneId zone = clock.getZone();
        List<AnnualFacts.SessionLine> lines = new ArrayList<>();
        for (SessionRecord s : sessions.closedInSubtree(unit.id(), LocalDate.of(year, 1, 1).atStartOfDay(zone)
                .toInstant(), LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant())) {
            lines.add(new AnnualFacts.SessionLine(s.day(zone), s.kind(), s.title(), s.speaker(),
                    s.data().speakerTitle(), s.unitName()));
        }
        ExamSummary exam = overview.annualExam(year).map(e -> results.summary(e.id())).orElse(null);
        List<UnitCompliance> compliance = hours.units(unit.id());
        LocalDate today = LocalDate.now(clock);
        StaffingReport report = year == today.getYear() ? staffing.today() : staffing.asOf(LocalDate.of(year, 12, 31));
        StaffingReport mine = new StaffingReport(report.date(), report.rows().stream()
                .filter(r -> r.unitPath().startsWith(unit.path())).toList(), report.credentialTypes());
        Map<CredentialStatus, Integer> counts = new EnumMap<>(CredentialStatus.class);
        credentials.countByStatus(new CredentialFilter(null, null, null, unit.id(), null))
                .forEach((status, n) -> counts.put(status, n.intValue()));
        int concurrent = mine.rows().stream().filter(r -> r.concurrentUncertified() != null)
                .mapToInt(StaffingRow::concurrentUncertified).sum();
        List<String> below = exam == null ? List.of() : exam.units().stream()
                .filter(u -> u.sat() > 0 && u.passRate() != null && u.passRate() < passLine).map(ExamSummary.UnitResult::unitName)
                .toList();
        List<Integer> shortQuarters = plans.plan(unit.id(), year).isPresent()
                ? plans.progress(unit.id(), year).shortQuarters() : List.of();
        return new AnnualFacts(unit.code(), unit.name(), year, today, lines, exam,
                compliance.get(compliance.size() - 1), StaffingGapReport.sentences(mine, messages, Messages.CHINESE),
                counts, concurrent, shortQuarters, below, passLine);
    }

    /** The draft sections of the report, in Chinese (the language the report is filed in). */
    @Allowed.HrAndLeaders
    public List<AnnualDraft.Section> draft(String unitCode, int year) {
        return AnnualDraft.sections(facts(unitCode, year));
    }

    @Allowed.HrAndLeaders
    public byte[] docx(String unitCode, int year) {
        AnnualFacts facts = facts(unitCode, year);
        return AnnualReportDocx.write(facts, AnnualDraft.sections(facts));
    }

    /** The same material as a PDF, from the same facts and draft. */
    @Allowed.HrAndLeaders
    public byte[] pdf(String unitCode, int year) {
        AnnualFacts facts = facts(unitCode, year);
        return AnnualReportPdf.write(facts, AnnualDraft.sections(facts));
    }
}
