package org.xuefa.staffing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        int established, int filled, int vacant, int contract, int concurrent, List<Holder> holders,
        String requiredCredential, Integer certified, Integer filledUncertified, Integer concurrentUncertified,
        Integer trainable, Integer expiringSoon) {

    static StaffingRow of(Long unitId, String unitName, String unitNameEn, String unitPath, PostKind kind,
            int established, List<Holder> holders) {
        int filled = (int) holders.stream().filter(h -> h.assignmentType() == AssignmentType.PRIMARY
                && h.employmentType() == EmploymentType.ESTABLISHED).count();
        int contract = (int) holders.stream().filter(h -> h.assignmentType() == AssignmentType.PRIMARY
                && h.employmentType() != EmploymentType.ESTABLISHED).count();
        int concurrent = (int) holders.stream().filter(h -> h.assignmentType() == AssignmentType.CONCURRENT).count();
        return new StaffingRow(unitId, unitName, unitNameEn, unitPath, kind, established, filled,
                Math.max(0, established - filled), contract, concurrent, holders, null, null, null, null, null, null);
    }

    /**
     * The same row once the posts require a credential: how many doing the work hold a valid one, how many doing
     * it full-time or part-time do not, and how many without one could get it by training and exam (only established staff
     * may hold it); the vacancies and the rest need recruitment or an establishment change.
     */
    StaffingRow withCredential(String code, Set<Long> entitled, Set<Long> expiring) {
        int certified = (int) holders.stream().filter(h -> entitled.contains(h.officialId())).count();
        int filledWithout = (int) holders.stream().filter(h -> h.assignmentType() == AssignmentType.PRIMARY
                && h.employmentType() == EmploymentType.ESTABLISHED && !entitled.contains(h.officialId())).count();
        int concurrentWithout = (int) holders.stream().filter(h -> h.assignmentType() == AssignmentType.CONCURRENT
                && !entitled.contains(h.officialId())).count();
        int trainable = (int) holders.stream().filter(h -> !entitled.contains(h.officialId())
                && h.employmentType() == EmploymentType.ESTABLISHED).count();
        int expiringSoon = (int) holders.stream().filter(h -> expiring.contains(h.officialId())).count();
        return new StaffingRow(unitId, unitName, unitNameEn, unitPath, kind, established, filled, vacant, contract,
                concurrent, holders, code, certified, filledWithout, concurrentWithout, trainable, expiringSoon);
    }

    /** Gaps that training cannot close: vacancies, and people doing the work who may not hold the credential. */
    public Integer needsRecruitment() {
        if (requiredCredential == null) {
            return null;
        }
        int withoutAndIneligible = holders.size() - certified - trainable;
        return vacant + withoutAndIneligible;
    }

    /** The unit's name in the reader's language; English falls back to the Chinese name. */
    public String unitName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && unitNameEn != null ? unitNameEn : unitName;
    }

    public boolean hasGap() {
        return vacant > 0 || concurrent > 0;
    }
}
