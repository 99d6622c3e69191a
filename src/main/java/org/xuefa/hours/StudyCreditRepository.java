package org.xuefa.hours;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StudyCreditRepository extends JpaRepository<StudyCredit, Long> {
    boolean existsByOfficialIdAndSourceAndYear(Long officialId, String source, int year);

    boolean existsByOfficialIdAndSourceAndSourceRef(Long officialId, String source, String sourceRef);

    boolean existsByOfficialIdAndSourceAndSourceRefAndYear(Long officialId, String source, String sourceRef, int year);

    @Modifying
    @Query("delete from StudyCredit c where c.officialId = :official"
            + " and c.source = :source and c.sourceRef = :ref and c.year = :year")
    int deleteByOfficialIdAndSourceAndSourceRefAndYear(
            @Param("official") Long officialId,
            @Param("source") String source,
            @Param("ref") String sourceRef,
            @Param("year") int year);

    List<StudyCredit> findByOfficialIdAndYearOrderByCreditedAtDescIdDesc(Long officialId, int year);

    @Query("select c.officialId, sum(c.hours) from StudyCredit c"
            + " where c.year = :year and c.officialId in :ids group by c.officialId")
    List<Object[]> totals(@Param("year") int year,
            @Param("ids") Collection<Long> officialIds);

    @Query("select c.countsToward, sum(c.hours), sum(case when c.creditedAt >= :since then c.hours else 0 end)"
            + " from StudyCredit c where c.officialId = :id and c.year = :year group by c.countsToward")
    List<Object[]> byKind(@Param("id") Long officialId, @Param("year") int year, @Param("since") Instant since);
}
