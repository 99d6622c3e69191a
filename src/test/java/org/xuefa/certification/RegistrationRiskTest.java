package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationRiskTest {
    private static final CredentialTypeRecord ENFORCEMENT = new CredentialTypeRecord("ENFORCEMENT", "行政执法证",
            "Enforcement", "", 5, 6, true, 40, true, true, List.of());
    private static final LocalDate ISSUED = LocalDate.of(2023, 5, 10);

    private static List<RiskReason> assess(String date, String hours, AnnualExamOutcome exam) {
        return RegistrationRisk.assess(ENFORCEMENT, CredentialStatus.VALID, ISSUED, LocalDate.parse(date),
                new BigDecimal(hours), exam);
    }

    @Test
    void hours_behind_the_years_pace_are_a_risk_as_soon_as_they_are() {
        // 26 November is day 330 of 365: on pace means 36.2 hours, less 4 hours of slack
        assertThat(assess("2026-11-26", "32.5", AnnualExamOutcome.PASSED)).isEmpty();
        assertThat(assess("2026-11-26", "31.5", AnnualExamOutcome.PASSED)).containsExactly(RiskReason.HOURS_BEHIND);
        // at the end of March, 6 hours are enough (9.9 on pace less 4); 5 are not
        assertThat(assess("2026-03-31", "6", AnnualExamOutcome.PENDING)).isEmpty();
        assertThat(assess("2026-03-31", "5", AnnualExamOutcome.PENDING)).containsExactly(RiskReason.HOURS_BEHIND);
        // in early January nobody is at risk yet
        assertThat(assess("2026-01-20", "0", AnnualExamOutcome.PENDING)).isEmpty();
    }

    @Test
    void a_failed_or_missed_annual_exam_is_a_risk_a_pending_one_is_not() {
        assertThat(assess("2026-06-01", "40", AnnualExamOutcome.FAILED)).containsExactly(RiskReason.EXAM_FAILED);
        assertThat(assess("2026-06-01", "40", AnnualExamOutcome.MISSED)).containsExactly(RiskReason.EXAM_MISSED);
        assertThat(assess("2026-06-01", "40", AnnualExamOutcome.PENDING)).isEmpty();
        assertThat(assess("2026-06-01", "40", null)).isEmpty();
    }

    @Test
    void only_entitling_credentials_of_types_with_registration_issued_before_this_year_are_assessed() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(RegistrationRisk.assess(ENFORCEMENT, CredentialStatus.SUSPENDED, ISSUED, today, BigDecimal.ZERO,
                AnnualExamOutcome.FAILED)).isEmpty();
        assertThat(RegistrationRisk.assess(ENFORCEMENT, CredentialStatus.EXPIRING, ISSUED, today, BigDecimal.ZERO,
                AnnualExamOutcome.FAILED)).containsExactly(RiskReason.HOURS_BEHIND, RiskReason.EXAM_FAILED);
        assertThat(RegistrationRisk.assess(ENFORCEMENT, CredentialStatus.VALID, LocalDate.of(2026, 2, 1), today,
                BigDecimal.ZERO, AnnualExamOutcome.FAILED)).isEmpty();
        CredentialTypeRecord lawyer = new CredentialTypeRecord("LEGAL_PROFESSION", "法律职业资格", "Legal", "", null, 0,
                false, 0, false, false, List.of());
        assertThat(RegistrationRisk.assess(lawyer, CredentialStatus.VALID, ISSUED, today, BigDecimal.ZERO,
                AnnualExamOutcome.MISSED)).isEmpty();
    }
}
