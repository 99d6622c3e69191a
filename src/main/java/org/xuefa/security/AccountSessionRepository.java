package org.xuefa.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountSessionRepository extends JpaRepository<AccountSession, String> {
    List<AccountSession> findByAccountIdOrderByLastSeenAtDesc(Long accountId);

    @Modifying
    @Query("update AccountSession s set s.lastSeenAt = :at where s.id = :id")
    int touch(@Param("id") String id, @Param("at") Instant at);

    @Modifying
    @Query("delete from AccountSession s where s.id = :id and s.accountId = :accountId")
    int deleteOwn(@Param("id") String id, @Param("accountId") Long accountId);

    @Modifying
    @Query("delete from AccountSession s where s.lastSeenAt < :before")
    int deleteSeenBefore(@Param("before") Instant before);
}
