package org.xuefa.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.hours.UnitCompliance;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.study.SessionKind;

/**
 * The live figures of a unit's year that the annual report material is written from: the closed sessions of the
 * unit's subtree, the year's annual exam, hours compliance, staffing sentences, credential counts and the
 * shortfalls found.
 */
public record AnnualFacts(String unitCode, String unitName, int year, LocalDate asOf, List<SessionLine> sessions,
        ExamSummary exam, UnitCompliance hours, List<String> staffingSentences,
        Map<CredentialStatus, Integer> credentials, int concurrentUncertified, List<Integer> shortQuarters,
        List<String> unitsBelowPass, double passLine) {

    /**
     * The default pass rate under which a unit is named as a shortfall; {@code xuefa.reports.pass-line} sets another
     * ({@code passLine} is the one a report was written with).
     */
    public static final double PASS_LINE = 0.9;

    /** One closed session: when, what, who spoke (and as what, e.g. 法律顾问) and the unit that held it. */
    public record SessionLine(LocalDate date, SessionKind kind, String title, String speaker, String speakerTitle,
            String unitName) {
        public boolean counsel() {
            return speakerTitle != null && speakerTitle.contains("法律顾问");
        }
    }

    public List<SessionLine> ofKind(SessionKind kind) {
        return sessions.stream().filter(s -> s.kind() == kind).toList();
    }
}
