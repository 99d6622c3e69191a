package org.xuefa.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfficialRepository extends JpaRepository<Official, Long>, JpaSpecificationExecutor<Official> {
    Optional<Official> findByStaffNumber(String staffNumber);

    List<Official> findByStaffNumberIn(Collection<String> staffNumbers);

    Optional<Official> findByAccountId(Long accountId);

    long countByUnitId(Long unitId);

    /** Active officials without an account in the subtree whose path starts with the prefix, oldest first. */
    @Query("select o from Official o where o.accountId is null and o.active = true and o.unitId in"
            + " (select u.id from OrgUnit u where u.path like concat(:path, '%')) order by o.id")
    List<Official> withoutAccount(@Param("path") String path, Pageable page);

    @Query("select count(o) from Official o where o.accountId is null and o.active = true and o.unitId in"
            + " (select u.id from OrgUnit u where u.path like concat(:path, '%'))")
    long countWithoutAccount(@Param("path") String path);
}
