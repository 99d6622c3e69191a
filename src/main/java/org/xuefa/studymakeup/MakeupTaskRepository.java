package org.xuefa.studymakeup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MakeupTaskRepository extends JpaRepository<MakeupTask, Long> {
    Optional<MakeupTask> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<MakeupTask> findBySessionId(Long sessionId);

    List<MakeupTask> findByOfficialIdAndStatus(Long officialId, MakeupStatus status);

    List<MakeupTask> findByOfficialIdAndStatusIn(Long officialId, Collection<MakeupStatus> statuses);
}
