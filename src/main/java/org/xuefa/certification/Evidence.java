package org.xuefa.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.xuefa.people.OfficialRecord;

/** The year's hours and annual exam outcomes of some officials, gathered from every evidence source. */
record Evidence(Map<Long, BigDecimal> hours, Map<Long, AnnualExamOutcome> exams) {

    static Evidence gather(Collection<RegistrationEvidence> sources, int year, Collection<OfficialRecord> officials,
            Instant now) {
        Map<Long, BigDecimal> hours = new HashMap<>();
        Map<Long, AnnualExamOutcome> exams = new HashMap<>();
        if (!officials.isEmpty()) {
            var ids = officials.stream().map(OfficialRecord::id).toList();
            for (RegistrationEvidence source : sources) {
                hours.putAll(source.hours(year, ids));
                exams.putAll(source.annualExam(year, officials, now));
            }
        }
        return new Evidence(hours, exams);
    }
}
