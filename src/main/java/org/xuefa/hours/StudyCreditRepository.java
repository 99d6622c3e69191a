package org.xuefa.hours;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyCreditRepository extends JpaRepository<StudyCredit, Long> {
    boolean existsByOfficialIdAndSourceAndSourceRefAndYear(Long officialId, String source, String sourceRef, int year);

    List<StudyCredit> findByOfficialIdAndYearOrderByCreditedAtDesc(Long officialId, int year);
}
