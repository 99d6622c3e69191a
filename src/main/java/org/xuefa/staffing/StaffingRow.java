package org.xuefa.staffing;

import java.util.List;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.PostKind;
import org.xuefa.people.PostSnapshot.Holder;

/**
 * One unit and post kind. {@code filled} counts established staff holding the posts full-time; {@code contract}
 * counts full-time holders outside the establishment (编外), who do not fill it; {@code concurrent} counts people
 * doing the work part-time beside another post.
 */
public record StaffingRow(Long unitId, String unitName, String unitNameEn, String unitPath, PostKind kind,
        int established, int filled, int vacant, int contract, int concurrent, List<Holder> holders) {

    static StaffingRow of(Long unitId, String unitName, String unitNameEn, String unitPath, PostKind kind,
            int established, List<Holder> holders) {
        int filled = (int) holders.stream().filter(h -> h.assignmentType() == AssignmentType.PRIMARY
                && h.employmentType() == EmploymentType.ESTABLISHED).count();
        int contract = (int) holders.stream().filter(h -> h.assignmentType() == AssignmentType.PRIMARY
                && h.employmentType() != EmploymentType.ESTABLISHED).count();
        int concurrent = (int) holders.stream().filter(h -> h.assignmentType() == AssignmentType.CONCURRENT).count();
        return new StaffingRow(unitId, unitName, unitNameEn, unitPath, kind, established, filled,
                Math.max(0, established - filled), contract, concurrent, holders);
    }

    /** The unit's name in the reader's language; English falls back to the Chinese name. */
    public String unitName(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && unitNameEn != null ? unitNameEn : unitName;
    }

    public boolean hasGap() {
        return vacant > 0 || concurrent > 0;
    }
}
