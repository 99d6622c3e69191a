package org.xuefa.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {
    List<AttemptItem> findByAttemptIdOrderByPosition(Long attemptId);

    Optional<AttemptItem> findByAttemptIdAndPosition(Long attemptId, int position);
}
