package org.xuefa.certification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialTypeRepository extends JpaRepository<CredentialType, Long> {
    Optional<CredentialType> findByCode(String code);
}

interface CredentialRepository extends JpaRepository<Credential, Long> {
    List<Credential> findByHolderIdIn(Collection<Long> holderIds);

    List<Credential> findByHolderIdOrderByIssuedOnDesc(Long holderId);

    boolean existsByTypeCodeAndNumber(String typeCode, String number);

    List<Credential> findByNumberIn(Collection<String> numbers);
}

interface RegistrationRepository extends JpaRepository<Registration, Long> {
    Optional<Registration> findByCredentialIdAndYear(Long credentialId, int year);

    List<Registration> findByCredentialIdIn(Collection<Long> credentialIds);
}
