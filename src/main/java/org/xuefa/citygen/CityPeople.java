package org.xuefa.citygen;

import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.PostKind;
import org.xuefa.people.UnitKind;

/**
 * The officials of every unit (leaders, heads and staff; established, contract and part-time), then the posts with
 * their establishment (the holders plus a few vacancies, sometimes one short), then the assignments: established
 * officials fill their unit's post full-time, and some office staff of a town do enforcement part-time in its
 * brigade, as in the demo town.
 */
final class CityPeople {
    private final CityModel city;
    private final CityUnits units;
    private final Ids ids;
    private final JdbcTemplate jdbc;

    CityPeople(CityModel city, CityUnits units, Ids ids, JdbcTemplate jdbc) {
        this.city = city;
        this.units = units;
        this.ids = ids;
        this.jdbc = jdbc;
    }

    void write() {
        Rows officials = new Rows(jdbc, "insert into official (id, version, staff_number, name, unit_id,"
                + " position_title, category, employment_type, active, joined_on) values (?, 0, ?, ?, ?, ?, ?, ?, true, ?)",
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.DATE);
        Map<Integer, Integer> brigadeOfTown = new HashMap<>();
        int i = 0;
        for (CityUnits.Slot slot : units.slots) {
            CityModel.Unit unit = city.unit(slot.unit());
            if (slot.post() >= 0 && "ENFORCEMENT".equals(city.posts.get(slot.post()).credential())
                    && unit.town() >= 0) {
                brigadeOfTown.put(unit.town(), slot.post());
            }
            boolean partTimeEnforcement = unit.kind() == UnitKind.OFFICE && unit.town() >= 0
                    && !unit.code().endsWith("office") && !unit.code().endsWith("social");
            for (int k = 0; k < slot.officials(); k++, i++) {
                person(i, slot, unit, k, officials);
                if (partTimeEnforcement && k > 0 && city.employment[i] == EmploymentType.ESTABLISHED
                        && city.chance(0.12)) {
                    city.concurrentPost[i] = brigadeOfTown.getOrDefault(unit.town(), -1);
                }
                int key = unit.town() >= 0 ? unit.town() : Math.max(0, unit.county());
                int index = i;
                city.ranges.merge(key, new int[] {index, index + 1}, (a, b) -> new int[] {a[0], b[1]});
            }
        }
        city.count = i;
        officials.written();
        posts();
        assignments();
    }

    private void person(int i, CityUnits.Slot slot, CityModel.Unit unit, int k, Rows rows) {
        OfficialCategory category = slot.leaders() ? OfficialCategory.LEADERSHIP_TEAM
                : k == 0 && !slot.village() ? OfficialCategory.TOWNSHIP_LEADER : OfficialCategory.STAFF;
        EmploymentType employment = slot.village() ? EmploymentType.CONTRACT
                : slot.leaders() || k == 0 ? EmploymentType.ESTABLISHED
                : city.chance(0.86) ? EmploymentType.ESTABLISHED
                : city.chance(0.8) ? EmploymentType.CONTRACT : EmploymentType.CONCURRENT;
        String title = slot.leaders() ? leaderTitle(slot.headTitle(), k)
                : k == 0 ? slot.headTitle()
                : employment == EmploymentType.CONTRACT && !slot.village() ? "协管员" : slot.staffTitle();
        LocalDate joined = LocalDate.of(city.between(2000, city.today.getYear() - 1), city.between(1, 12), 1);
        long id = ids.next("official");
        city.officialId[i] = id;
        city.officialUnit[i] = slot.unit();
        city.category[i] = category;
        city.employment[i] = employment;
        city.joined[i] = (int) joined.toEpochDay();
        city.primaryPost[i] = employment == EmploymentType.ESTABLISHED ? slot.post() : -1;
        city.concurrentPost[i] = -1;
        rows.add(id, staffNumber(i), CityNames.person(city.random), unit.id(), title, category.name(),
                employment.name(), joined);
    }

    String staffNumber(int i) {
        return city.plan.code().toUpperCase() + "-" + String.format("%06d", i + 1);
    }

    private static String leaderTitle(String level, int k) {
        return switch (k % CityUnits.LEADERS) {
            case 0 -> "党委书记";
            case 1 -> level + "长";
            case 2 -> "人大主席";
            case 3 -> "党委副书记";
            case 4 -> "纪委书记";
            default -> "副" + level + "长";
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private void posts() {
        int[] filled = new int[city.posts.size()];
        for (int i = 0; i < city.count; i++) {
            if (city.primaryPost[i] >= 0) {
                filled[city.primaryPost[i]]++;
            }
        }
        Rows rows = new Rows(jdbc, "insert into post (id, version, unit_id, kind, title, establishment,"
                + " required_credential_type) values (?, 0, ?, ?, ?, ?, ?)", Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.INTEGER, Types.VARCHAR);
        int[] deltas = {-1, 0, 0, 1, 1, 2, 3};
        for (int p = 0; p < city.posts.size(); p++) {
            CityModel.Post post = city.posts.get(p);
            int establishment = post.kind() == PostKind.LEADERSHIP ? filled[p] + (city.chance(0.3) ? 1 : 0)
                    : Math.max(1, filled[p] + deltas[city.random.nextInt(deltas.length)]);
            rows.add(post.id(), city.unit(post.unit()).id(), post.kind().name(), post.title(), establishment,
                    post.credential());
        }
        rows.written();
    }

    private void assignments() {
        Rows rows = new Rows(jdbc, "insert into post_assignment (id, version, post_id, official_id, assignment_type,"
                + " start_date) values (?, 0, ?, ?, ?, ?)", Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                Types.DATE);
        for (int i = 0; i < city.count; i++) {
            LocalDate joined = LocalDate.ofEpochDay(city.joined[i]);
            if (city.primaryPost[i] >= 0) {
                rows.add(ids.next("post_assignment"), city.posts.get(city.primaryPost[i]).id(), city.officialId[i],
                        AssignmentType.PRIMARY.name(), joined);
            }
            if (city.concurrentPost[i] >= 0) {
                rows.add(ids.next("post_assignment"), city.posts.get(city.concurrentPost[i]).id(),
                        city.officialId[i], AssignmentType.CONCURRENT.name(), min(joined.plusYears(1), city.today.minusDays(30)));
            }
        }
        rows.written();
    }
}
