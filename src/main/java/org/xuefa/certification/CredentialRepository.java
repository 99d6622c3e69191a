package org.xuefa.certification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialRepository extends JpaRepository<Credential, Long> {
    List<Credential> findByHolderIdIn(Collection<Long> holderIds);

    List<Credential> findByHolderIdOrderByIssuedOnDesc(Long holderId);

    boolean existsByTypeCodeAndNumber(String typeCode, String number);

    List<Credential> findByNumberIn(Collection<String> numbers);
}
