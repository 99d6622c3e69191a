package org.xuefa.studyrecord;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionRepository extends JpaRepository<Reflection, Long> {
    Optional<Reflection> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<Reflection> findBySessionIdOrderBySubmittedAtAsc(Long sessionId);
}
