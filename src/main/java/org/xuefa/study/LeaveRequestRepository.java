package org.xuefa.study;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {
    Optional<LeaveRequest> findBySessionIdAndOfficialId(Long sessionId, Long officialId);

    List<LeaveRequest> findBySessionId(Long sessionId);

    List<LeaveRequest> findByOfficialIdAndSessionIdIn(Long officialId, Collection<Long> sessionIds);
}
