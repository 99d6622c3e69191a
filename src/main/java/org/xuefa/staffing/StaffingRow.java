package org.xuefa.staffing;

import java.util.Locale;
import org.xuefa.people.PostKind;

/**
 * One unit and post kind, counted by the database ({@link StaffingSql}) over the distinct people doing the work on
 * the date. {@code filled} counts established staff holding the posts full-time; {@code contract} counts full-time
 * holders outside the establishment (编外), who do not fill it; {@code concurrent} counts people doing the work
 * part-time beside another post; {@code holders} all of them. When the posts require a credential: how many doing
 * the work hold a valid one, how many doing it full-time (established) or part-time do not, how many without one
 * could get it by training and exam (only established staff may hold it), and how many hold one expiring within 90
 * days; otherwise these are null.
 */
public record StaffingRow(Long unitId, String unitName, String unitNameEn, String unitPath, PostKind kind,
        int established, int filled, int vacant, int contract, int concurrent, int holders,
        String requiredCredential, Integer certified, Integer filledUncertified, Integer concurrentUncertified,
        Integer trainable, Integer expiringSoon) {

    /** Gaps that training cannot close: vacancies, and people doing the work who may not hold the credential. */
    public Integer needsRecruitment() {
        if (requiredCredential == null) {
            return null;
        }
        int withoutAndIneligible = holders - certified - trainable;
        return vacant + withoutAndIneligible;
    }

    /** People doing the work without the required credential (none when no credential is required). */
    public int uncertified() {
        return requiredCredential == null ? 0 : filledUncertified + concurrentUncertified;
    }

    /** The unit's name in the reader's language; English falls back to the Chinese name. */
    public String unitName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && unitNameEn != null ? unitNameEn : unitName;
    }

    public boolean hasGap() {
        return vacant > 0 || concurrent > 0;
    }
}
