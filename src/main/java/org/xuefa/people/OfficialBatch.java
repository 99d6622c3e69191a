package org.xuefa.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Looks up the stored officials a roster names, and stores new officials of a large roster import as JDBC batches (inside the import's transaction) instead of one
 * persist each, and reads their ids back by staff number, {@value #BATCH} per statement (the last chunk padded).
 * The entities were built, and so checked, by the importer; this only writes their fields.
 */
@Component
class OfficialBatch {
    static final int BATCH = 500;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final OfficialRepository officials;

    OfficialBatch(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, OfficialRepository officials) {
        this.jdbc = jdbc;
        this.named = named;
        this.officials = officials;
    }

    /** Inserts the officials and returns their ids by staff number. */
    Map<String, Long> insert(List<Official> officials) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < officials.size(); i += BATCH) {
            List<Official> chunk = officials.subList(i, Math.min(officials.size(), i + BATCH));
            List<Object[]> rows = new ArrayList<>();
            for (Official o : chunk) {
                OfficialData d = o.data();
                rows.add(new Object[] {o.staffNumber(), d.name(), d.unitId(), d.positionTitle(), d.category().name(),
                    d.employmentType().name(), o.active(), date(d.joinedOn()), date(d.leftOn())});
            }
            jdbc.batchUpdate("insert into official (version, staff_number, name, unit_id, position_title, category,"
                    + " employment_type, active, joined_on, left_on) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            List<String> numbers = new ArrayList<>(chunk.stream().map(Official::staffNumber).toList());
            while (numbers.size() < BATCH) {
                numbers.add(numbers.get(numbers.size() - 1));
            }
            named.query("select id, staff_number from official where staff_number in (:numbers)",
                    new MapSqlParameterSource("numbers", numbers),
                    rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
        }
        return ids;
    }

    /**
     * The stored officials with these staff numbers, looked up {@value #BATCH} at a time: every statement binds
     * exactly {@value #BATCH} numbers (the last chunk repeats its last number), so a large roster never sends a
     * statement whose parameters grow with the file.
     */
    Map<String, Official> existing(Set<String> numbers) {
        Map<String, Official> found = new HashMap<>();
        List<String> all = new ArrayList<>(numbers);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<String> chunk = new ArrayList<>(all.subList(i, Math.min(all.size(), i + BATCH)));
            while (chunk.size() < BATCH) {
                chunk.add(chunk.get(chunk.size() - 1));
            }
            officials.findByStaffNumberIn(chunk).forEach(o -> found.put(o.staffNumber(), o));
        }
        return found;
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
