package org.xuefa.security;

import java.util.List;

/**
 * What security needs to know about org units, implemented by the people module so that security does not
 * depend on it.
 */
public interface OrgUnitDirectory {
    /** All units as (id, indented name) pairs in tree order, for choosing where a grant applies. */
    List<UnitChoice> choices();

    String nameOf(Long unitId);

    /** Whether the unit lies in the subtree of one of the signed-in user's grants of the role (admins: anywhere). */
    boolean inScope(Long unitId, Role role);

    record UnitChoice(Long id, String label) {
    }
}
