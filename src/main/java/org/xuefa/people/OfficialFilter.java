package org.xuefa.people;

/** Search for officials: text matches name, staff number or position; unitId includes the unit's subtree. */
public record OfficialFilter(String text, Long unitId, EmploymentType employmentType, Boolean active) {
    public static OfficialFilter all() {
        return new OfficialFilter(null, null, null, null);
    }
}
