package org.xuefa.hours;

import java.math.BigDecimal;
import org.xuefa.people.OfficialCategory;

/** One official's year against the requirements on a date, for the compliance report and its exports. */
public record ComplianceRow(Long officialId, String name, String staffNumber, Long unitId, String unitName,
        OfficialCategory category, Progress training, Progress online, Long accountId) {

    public boolean behind() {
        return training.standing().behind() || online.standing().behind();
    }

    public boolean cannotMakeIt() {
        return training.standing() == PaceRules.Standing.CANNOT_MAKE_IT
                || online.standing() == PaceRules.Standing.CANNOT_MAKE_IT;
    }

    public boolean met() {
        return training.standing() == PaceRules.Standing.MET && online.standing() == PaceRules.Standing.MET;
    }

    public BigDecimal total() {
        return training.earned().add(online.earned());
    }
}
