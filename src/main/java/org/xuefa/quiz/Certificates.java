package org.xuefa.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.BusinessException;
import org.xuefa.base.Allowed;
import org.xuefa.notification.Notice;
import org.xuefa.notification.Notifier;
import org.xuefa.people.Officials;
import org.xuefa.security.AccountDirectory;
import org.xuefa.security.CurrentUser;
import org.xuefa.security.Role;
import org.xuefa.security.XuefaUser;

/** Issues certificates of passing and answers anyone who checks a code. */
@Service
@Transactional
public class Certificates {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final CertificateRepository certificates;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final CertificatePdf pdf;
    private final Notifier notifier;
    private final AccountDirectory accounts;
    private final Officials officials;
    private final SecureRandom random = new SecureRandom();

    Certificates(CertificateRepository certificates, Clock clock, CurrentUser currentUser, CertificatePdf pdf,
            Notifier notifier, AccountDirectory accounts, Officials officials) {
        this.officials = officials;
        this.certificates = certificates;
        this.clock = clock;
        this.currentUser = currentUser;
        this.pdf = pdf;
        this.notifier = notifier;
        this.accounts = accounts;
    }

    /** Issues one certificate for a passed attempt (at most one); it is valid until the end of that year. */
    void issue(ExamAttempt attempt, String examTitle, String officialName, Instant now) {
        if (certificates.findByAttemptId(attempt.getId()).isPresent()) {
            return;
        }
        LocalDate issued = LocalDate.ofInstant(now, clock.getZone());
        certificates.save(new Certificate(newCode(), attempt.getId(), attempt.officialId(), officialName, examTitle,
                attempt.band(), issued, issued.withDayOfYear(1).plusYears(1).minusDays(1)));
    }

    /**
     * Revokes the certificate of a voided attempt, if it has one, and tells its holder (once the voiding commits).
     * Returns the revoked certificate's code. The public check then says "revoked", never why.
     */
    Optional<String> revokeFor(ExamAttempt attempt) {
        Optional<Certificate> found = certificates.findByAttemptId(attempt.getId()).filter(c -> !c.revoked());
        found.ifPresent(c -> {
            c.revoke();
            certificates.saveAndFlush(c);
            accounts.accountOf(c.officialId()).ifPresent(account -> notifier.send(new Notice(account,
                    "certificate.revoked:" + c.code(), "notification.certificate.revoked",
                    List.of(c.examTitle(), c.code()), "exams")));
        });
        return found.map(Certificate::code);
    }

    /** The code of the attempt's certificate while it stands; a revoked one is no longer offered. */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public Optional<String> codeFor(Long attemptId) {
        return certificates.findByAttemptId(attemptId).filter(c -> !c.revoked()).map(Certificate::code);
    }

    /** Public: what a certificate's code shows, or empty for an unknown code. */
    @Allowed.Anyone
    @Transactional(readOnly = true)
    public Optional<CertificateRecord> verify(String code) {
        if (code == null || !code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
            return Optional.empty();
        }
        return certificates.findByCode(code).map(c -> c.toRecord(LocalDate.now(clock)));
    }

    /**
     * The certificate as a PDF, for its holder or for an organizer, HR, leader or administrator whose scope holds the
     * holder; anyone else is refused.
     */
    @Allowed.SignedIn
    @Transactional(readOnly = true)
    public byte[] pdf(String code) {
        Certificate certificate = (code == null ? Optional.<Certificate>empty() : certificates.findByCode(code))
                .filter(c -> !c.revoked())
                .orElseThrow(() -> new BusinessException("certificate.error.unknown"));
        XuefaUser user = currentUser.require();
        boolean holder = user.officialId() != null && user.officialId().equals(certificate.officialId());
        if (!holder) {
            if (!user.has(Role.ORGANIZER) && !user.has(Role.HR) && !user.has(Role.LEADER) && !user.has(Role.ADMIN)) {
                throw new AccessDeniedException("not the holder of certificate " + code);
            }
            officials.requireInScope(certificate.officialId(), Role.ORGANIZER, Role.HR, Role.LEADER);
        }
        return pdf.render(certificate.toRecord(LocalDate.now(clock)));
    }

    private String newCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
