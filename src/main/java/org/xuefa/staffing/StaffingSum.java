package org.xuefa.staffing;

import java.util.Locale;

/**
 * The figures of a unit's whole subtree, all post kinds together: one row of the roll-up (a county, a town). The
 * credential figures sum only the rows whose posts require one and are null when none does; {@code gaps} counts the
 * unit rows with a vacancy or part-time work. {@code own} marks the posts of the unit itself, beside its children;
 * {@code drillable} whether opening it shows more.
 */
public record StaffingSum(Long unitId, String unitName, String unitNameEn, String unitKind, boolean own,
        boolean drillable, Figures figures) {

    /** The summed counts. */
    public record Figures(int established, int filled, int vacant, int contract, int concurrent, Integer certified,
            Integer filledUncertified, Integer concurrentUncertified, Integer trainable, Integer needsRecruitment,
            Integer expiringSoon, int gaps) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, null, null, null, null, null, null, 0);

        public Figures plus(Figures o) {
            return new Figures(established + o.established, filled + o.filled, vacant + o.vacant,
                    contract + o.contract, concurrent + o.concurrent, add(certified, o.certified),
                    add(filledUncertified, o.filledUncertified), add(concurrentUncertified, o.concurrentUncertified),
                    add(trainable, o.trainable), add(needsRecruitment, o.needsRecruitment),
                    add(expiringSoon, o.expiringSoon), gaps + o.gaps);
        }

        public boolean anyCredentialRequired() {
            return certified != null;
        }

        private static Integer add(Integer a, Integer b) {
            return a == null ? b : b == null ? a : Integer.valueOf(a + b);
        }
    }

    /** The unit's name in the reader's language; English falls back to the Chinese name. */
    public String unitName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && unitNameEn != null ? unitNameEn : unitName;
    }
}
