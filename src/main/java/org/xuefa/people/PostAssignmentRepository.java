package org.xuefa.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PostAssignmentRepository extends JpaRepository<PostAssignment, Long> {

    @Query("""
            select a from PostAssignment a
            where a.postId in :postIds and a.startDate <= :date and (a.endDate is null or a.endDate >= :date)
            """)
    List<PostAssignment> activeOn(@Param("postIds") Collection<Long> postIds, @Param("date") LocalDate date);

    List<PostAssignment> findByPostIdOrderByStartDateDesc(Long postId);

    List<PostAssignment> findByOfficialIdOrderByStartDateDesc(Long officialId);

    boolean existsByPostId(Long postId);
}
