package org.xuefa.certification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {
    Optional<Registration> findByCredentialIdAndYear(Long credentialId, int year);

    List<Registration> findByCredentialIdIn(Collection<Long> credentialIds);
}
