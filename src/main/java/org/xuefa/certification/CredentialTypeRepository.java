package org.xuefa.certification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialTypeRepository extends JpaRepository<CredentialType, Long> {
    Optional<CredentialType> findByCode(String code);
}
