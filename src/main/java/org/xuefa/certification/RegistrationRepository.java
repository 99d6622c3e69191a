package org.xuefa.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {
    Optional<Registration> findByCredentialIdAndYear(Long credentialId, int year);

    /** Every registration of every credential a person holds or held. */
    @Query("select r from Registration r, Credential c where r.credentialId = c.id and c.holderId = :holder")
    List<Registration> ofHolder(@Param("holder") Long holderId);

    /** Of the credentials with ids in [from, to], those whose registration of the year passed. */
    @Query("select r.credentialId from Registration r where r.year = :year and r.passed = true"
            + " and r.credentialId between :from and :to")
    List<Long> passedBetween(@Param("year") int year, @Param("from") long from, @Param("to") long to);
}
