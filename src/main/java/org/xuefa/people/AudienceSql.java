package org.xuefa.people;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The audience rules of {@link Audiences} as one SQL condition, for reports that count an audience in the
 * database: an official {@code o} (table {@code official}) whose unit is {@code u} (table {@code org_unit}) is in
 * the audience when one of the rules stored in a rules table (exam_audience, study_session_invitee: the columns of
 * {@link AudienceRule}) takes them. A unit rule takes its subtree; role and category rules only inside the owner
 * unit's subtree; role holders are enabled accounts linked to the official. The number of parameters is fixed.
 */
public final class AudienceSql {
    private AudienceSql() {
    }

    /**
     * The condition for the rules of table {@code rulesTable} whose column {@code keyColumn} equals the bound
     * {@code :audienceKey}; the owner unit (null: the whole tree) is bound as {@code :audienceOwner}.
     */
    public static String condition(String rulesTable, String keyColumn, Object key, Long ownerUnitId,
            MapSqlParameterSource params) {
        params.addValue("audienceKey", key);
        String inOwner = "1 = 1";
        if (ownerUnitId != null) {
            params.addValue("audienceOwner", ownerUnitId);
            inOwner = "exists (select 1 from org_unit ow where ow.id = :audienceOwner"
                    + " and left(u.path, length(ow.path)) = ow.path)";
        }
        return "exists (select 1 from " + rulesTable + " r where r." + keyColumn + " = :audienceKey and ("
                + "(r.kind = 'OFFICIAL' and r.official_id = o.id)"
                + " or (r.kind = 'UNIT' and exists (select 1 from org_unit ru where ru.id = r.unit_id"
                + " and left(u.path, length(ru.path)) = ru.path))"
                + " or (r.kind = 'CATEGORY' and r.category = o.category and " + inOwner + ")"
                + " or (r.kind = 'ROLE' and " + inOwner + " and exists (select 1 from user_account ua"
                + " join role_grant g on g.account_id = ua.id where ua.official_id = o.id and ua.enabled = true"
                + " and g.role = r.role_name))))";
    }
}
