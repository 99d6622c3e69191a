package org.xuefa.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {
    Optional<OrgUnit> findByCode(String code);

    boolean existsByParentId(Long parentId);
}
