package org.xuefa.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a credential's next annual registration is at risk, as soon as it can be known. Hours: the year's
 * required hours are due by year end, so by a date the holder should have at least the share of the year gone
 * by, less a tenth of the requirement as slack (40 required hours on 26 November: at risk below 32). Exam: a
 * failed or missed annual exam without a pass. Credentials issued this year and those that do not entitle any
 * more (expired, suspended, revoked) are not assessed.
 */
public final class RegistrationRisk {
    static final BigDecimal SLACK = new BigDecimal("0.10");

    private RegistrationRisk() {
    }

    public static List<RiskReason> assess(CredentialTypeRecord type, CredentialStatus status, LocalDate issuedOn,
            LocalDate today, BigDecimal hours, AnnualExamOutcome exam) {
        List<RiskReason> reasons = new ArrayList<>();
        if (type == null || !type.annualRegistration() || !status.entitles()
                || issuedOn.getYear() == today.getYear()) {
            return reasons;
        }
        if (type.requiredHours() > 0) {
            BigDecimal required = BigDecimal.valueOf(type.requiredHours());
            BigDecimal share = required.multiply(BigDecimal.valueOf(today.getDayOfYear()))
                    .divide(BigDecimal.valueOf(today.lengthOfYear()), 2, RoundingMode.HALF_UP);
            BigDecimal expected = share.subtract(required.multiply(SLACK));
            if ((hours == null ? BigDecimal.ZERO : hours).compareTo(expected) < 0) {
                reasons.add(RiskReason.HOURS_BEHIND);
            }
        }
        if (type.requiresPassedExam()) {
            if (exam == AnnualExamOutcome.FAILED) {
                reasons.add(RiskReason.EXAM_FAILED);
            } else if (exam == AnnualExamOutcome.MISSED) {
                reasons.add(RiskReason.EXAM_MISSED);
            }
        }
        return reasons;
    }

    /** The hours a holder should have by the date to be on pace (for messages). */
    public static BigDecimal expectedHours(CredentialTypeRecord type, LocalDate today) {
        BigDecimal required = BigDecimal.valueOf(type.requiredHours());
        return required.multiply(BigDecimal.valueOf(today.getDayOfYear()))
                .divide(BigDecimal.valueOf(today.lengthOfYear()), 1, RoundingMode.HALF_UP);
    }
}
