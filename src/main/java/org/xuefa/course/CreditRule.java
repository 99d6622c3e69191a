package org.xuefa.course;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many 学时 a course is worth when its file does not say: by default 30 minutes or more is 1, 15 to 30 minutes
 * 0.5, under 15 minutes 0.25 (one provincial platform's rule). Configurable under {@code xuefa.hours.course}.
 */
@ConfigurationProperties("xuefa.hours.course")
public record CreditRule(Integer fullMinutes, Integer halfMinutes, BigDecimal full, BigDecimal half,
        BigDecimal quarter) {

    public CreditRule {
        fullMinutes = fullMinutes == null ? 30 : fullMinutes;
        halfMinutes = halfMinutes == null ? 15 : halfMinutes;
        full = full == null ? BigDecimal.ONE : full;
        half = half == null ? new BigDecimal("0.5") : half;
        quarter = quarter == null ? new BigDecimal("0.25") : quarter;
    }

    public static CreditRule defaults() {
        return new CreditRule(null, null, null, null, null);
    }

    public BigDecimal hoursFor(int minutes) {
        if (minutes >= fullMinutes) {
            return full;
        }
        return minutes >= halfMinutes ? half : quarter;
    }

    /** The course's own credit hours when its file gives them, else the rule applied to its reading time. */
    public BigDecimal hoursFor(Course course) {
        return course.creditHours() != null ? course.creditHours() : hoursFor(course.minutes());
    }
}
