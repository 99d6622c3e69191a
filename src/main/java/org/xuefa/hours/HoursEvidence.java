package org.xuefa.hours;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.certification.RegistrationEvidence;

/** Tells the credentials module how many hours officials have this year (one grouped query). */
@Component
class HoursEvidence implements RegistrationEvidence {
    private final StudyCreditRepository credits;

    HoursEvidence(StudyCreditRepository credits) {
        this.credits = credits;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> hours(int year, Collection<Long> officialIds) {
        Map<Long, BigDecimal> result = new HashMap<>();
        if (!officialIds.isEmpty()) {
            for (Object[] row : credits.totals(year, officialIds)) {
                result.put((Long) row[0], (BigDecimal) row[1]);
            }
        }
        return result;
    }
}
