package org.xuefa.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByOfficialId(Long officialId);

    @Query("select a from UserAccount a where :text is null or lower(a.username) like :text or lower(a.displayName) like :text")
    List<UserAccount> search(@Param("text") String text, Pageable page);

    @Query("select count(a) from UserAccount a where :text is null or lower(a.username) like :text or lower(a.displayName) like :text")
    long countSearch(@Param("text") String text);

    @Query("select distinct a.id from UserAccount a join a.grants g where a.enabled = true and g.role = :role"
            + " and g.orgUnitId in :units")
    List<Long> granted(@Param("role") Role role, @Param("units") Collection<Long> unitIds);

    @Query("select distinct a.officialId from UserAccount a join a.grants g where g.role = :role and a.enabled = true"
            + " and a.officialId is not null")
    List<Long> officialsWithRole(@Param("role") Role role);

    /** The security stamp of an enabled account; empty when the account is disabled or gone. */
    @Query("select a.securityStamp from UserAccount a where a.id = :id and a.enabled = true")
    Optional<Long> enabledStamp(@Param("id") Long id);
}
