package org.xuefa.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.xuefa.people.OfficialRecord;

/**
 * What annual registration looks at, answered by the modules that keep it: study hours (the hours module) and the
 * annual law exam (the quiz module). The credentials service has already checked that the caller may see these
 * officials; implementations do not check again.
 */
public interface RegistrationEvidence {

    /** Hours credited in the year, per official (officials without any may be missing). */
    default Map<Long, BigDecimal> hours(int year, Collection<Long> officialIds) {
        return Map.of();
    }

    /** The year's annual exam outcome per official, as of the instant (officials without one may be missing). */
    default Map<Long, AnnualExamOutcome> annualExam(int year, Collection<OfficialRecord> officials, Instant now) {
        return Map.of();
    }
}
