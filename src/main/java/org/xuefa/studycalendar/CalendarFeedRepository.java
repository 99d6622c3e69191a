package org.xuefa.studycalendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {
    Optional<CalendarFeed> findByAccountId(Long accountId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
