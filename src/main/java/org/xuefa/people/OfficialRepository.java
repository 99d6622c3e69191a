package org.xuefa.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OfficialRepository extends JpaRepository<Official, Long>, JpaSpecificationExecutor<Official> {
    Optional<Official> findByStaffNumber(String staffNumber);

    List<Official> findByStaffNumberIn(Collection<String> staffNumbers);

    Optional<Official> findByAccountId(Long accountId);

    long countByUnitId(Long unitId);
}
