package org.xuefa.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {
    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByAttemptId(Long attemptId);
}
