package org.xuefa.hours;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyCreditRepository extends JpaRepository<StudyCredit, Long> {
    boolean existsByOfficialIdAndSourceAndSourceRefAndYear(Long officialId, String source, String sourceRef, int year);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from StudyCredit c where c.officialId = :official"
            + " and c.source = :source and c.sourceRef = :ref and c.year = :year")
    int deleteByOfficialIdAndSourceAndSourceRefAndYear(
            @org.springframework.data.repository.query.Param("official") Long officialId,
            @org.springframework.data.repository.query.Param("source") String source,
            @org.springframework.data.repository.query.Param("ref") String sourceRef,
            @org.springframework.data.repository.query.Param("year") int year);

    List<StudyCredit> findByOfficialIdAndYearOrderByCreditedAtDescIdDesc(Long officialId, int year);

    @org.springframework.data.jpa.repository.Query("select c.officialId, sum(c.hours) from StudyCredit c"
            + " where c.year = :year and c.officialId in :ids group by c.officialId")
    List<Object[]> totals(@org.springframework.data.repository.query.Param("year") int year,
            @org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> officialIds);
}
