package org.xuefa.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One level of the drill-down: a unit of the caller's scope (or, for {@code unit == null}, the top above the
 * caller's several scope roots), the way there from the top, and either one summed row per child
 * ({@code rollUp}: above the towns) or, for a town or a unit, nothing here: its unit rows come paged from
 * {@link StaffingGapReport#rows}. {@code total} sums the whole subtree.
 */
public record StaffingLevel(LocalDate date, Crumb unit, List<Crumb> breadcrumbs, boolean rollUp,
        List<StaffingSum> sums, StaffingSum.Figures total) {

    /** A unit on the way down, by id and name. */
    public record Crumb(Long id, String code, String name, String nameEn) {
        public String name(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
        }
    }

    public Long unitId() {
        return unit == null ? null : unit.id();
    }
}
