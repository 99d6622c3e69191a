package org.xuefa.studylive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LiveQuizStateRepository extends JpaRepository<LiveQuizState, Long> {
    Optional<LiveQuizState> findBySessionId(Long sessionId);

    List<LiveQuizState> findBySessionIdIn(Collection<Long> sessionIds);
}
