package org.xuefa.certification;

import java.math.BigDecimal;
import java.util.List;

/**
 * A credential with its history: registrations by year, what it replaced (renewal) and what replaced it, and the
 * risk to its next registration with the evidence (hours this year, annual exam), and whether a scanned copy is
 * on file.
 */
public record CredentialDetail(CredentialRecord credential, List<RegistrationRecord> registrations,
        Long replacedById, List<RiskReason> risks, BigDecimal hoursThisYear, AnnualExamOutcome annualExam,
        boolean scanned) {
}
