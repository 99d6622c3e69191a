package org.xuefa.hours;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.certification.RegistrationEvidence;

/** Tells the credentials module how many hours officials have this year (grouped queries of 500 ids each). */
@Component
class HoursEvidence implements RegistrationEvidence {
    private static final int CHUNK = 500;
    private final StudyCreditRepository credits;

    HoursEvidence(StudyCreditRepository credits) {
        this.credits = credits;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> hours(int year, Collection<Long> officialIds) {
        Map<Long, BigDecimal> result = new HashMap<>();
        List<Long> all = officialIds.stream().distinct().toList();
        // a fixed number of ids per statement (the last chunk padded): a city's register never sends one IN list
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = new ArrayList<>(all.subList(i, Math.min(all.size(), i + CHUNK)));
            while (chunk.size() < CHUNK) {
                chunk.add(chunk.get(chunk.size() - 1));
            }
            for (Object[] row : credits.totals(year, chunk)) {
                result.put((Long) row[0], (BigDecimal) row[1]);
            }
        }
        return result;
    }
}
