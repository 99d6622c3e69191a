package org.xuefa.certification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CredentialRepository extends JpaRepository<Credential, Long> {
    List<Credential> findByHolderIdOrderByIssuedOnDesc(Long holderId);

    boolean existsByTypeCodeAndNumber(String typeCode, String number);

    /** Credentials with one of these numbers; callers pass at most {@link RegisterQueries#CHUNK} at a time. */
    @Query("select c from Credential c where c.number in :numbers")
    List<Credential> withNumbers(@Param("numbers") Collection<String> numbers);

    /** The next current (not replaced) credentials after an id, in id order: the reminders walk them in chunks. */
    List<Credential> findByReplacedByIdIsNullAndIdGreaterThanOrderById(Long after, Limit limit);
}
