package org.xuefa.citygen;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.UnitKind;

/**
 * A year of collective study, every session closed: each town holds one session a month for the whole town (the
 * pre-meeting study only for its office) and a leadership collective study each quarter; each county holds one a
 * quarter for its bureaus and leaders. Every invitee has an attendance row (present, late, excused with an approved
 * leave, absent), and those who attended are credited the session's hours. About ten rows per official.
 */
final class CityStudy {
    private static final String[] KINDS = {"LECTURE", "THEMATIC", "CASE_BASED", "LECTURE", "THEORY_GROUP", "THEMATIC",
        "TRAINING", "LECTURE", "PRE_MEETING", "THEMATIC", "CASE_BASED", "LECTURE"};
    private static final String[] TOPICS = {"行政处罚法", "行政许可法", "行政强制法", "行政复议法", "行政诉讼法", "政府信息公开条例",
        "土地管理法", "安全生产法", "民法典", "宪法"};
    private static final BigDecimal HOURS = new BigDecimal("2.00");
    private static final int MINUTES = 90;
    private final CityModel city;
    private final Ids ids;
    private final Rows sessions;
    private final Rows invitees;
    private final Rows attendance;
    private final Rows leaves;
    private final Rows credits;

    CityStudy(CityModel city, Ids ids, JdbcTemplate jdbc) {
        this.city = city;
        this.ids = ids;
        sessions = new Rows(jdbc, "insert into study_session (id, version, unit_id, kind, title, starts_at, ends_at,"
                + " place, speaker_name, speaker_title, credit_hours, status, closed_at, created_at)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLOSED', ?, ?)", Types.BIGINT, Types.BIGINT,
                Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.TIMESTAMP_WITH_TIMEZONE);
        invitees = new Rows(jdbc, "insert into study_session_invitee (session_id, kind, unit_id, official_id, category)"
                + " values (?, ?, ?, ?, ?)", Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR)
                .after(sessions);
        attendance = new Rows(jdbc, "insert into session_attendance (id, version, session_id, official_id, status,"
                + " source, checked_in_at, recorded_at, recorded_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?)", Types.BIGINT,
                Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR).after(sessions);
        leaves = new Rows(jdbc, "insert into session_leave (id, version, session_id, official_id, reason, status,"
                + " requested_at, decided_at, decided_by) values (?, 0, ?, ?, ?, 'APPROVED', ?, ?, ?)", Types.BIGINT,
                Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR).after(sessions);
        credits = new Rows(jdbc, "insert into study_credit (id, official_id, credit_year, source, source_ref, title,"
                + " hours, credited_at, counts_toward) values (?, ?, ?, 'SESSION', ?, ?, ?, ?, 'TRAINING')", Types.BIGINT, Types.BIGINT,
                Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** Writes the sessions; returns how many attendance rows. */
    long write() {
        for (Map.Entry<Integer, int[]> e : city.ranges.entrySet()) {
            CityModel.Unit unit = city.unit(e.getKey());
            int[] range = e.getValue();
            if (unit.kind() == UnitKind.TOWN) {
                town(unit, range);
            } else if (unit.kind() == UnitKind.COUNTY) {
                for (int q = 0; q < 4; q++) {
                    List<Integer> all = indexes(range[0], range[1], null);
                    session(unit, "THEMATIC", 12 - 3 * q, all, "UNIT_AND_LEADERS");
                }
            }
        }
        sessions.written();
        invitees.written();
        leaves.written();
        credits.written();
        return attendance.written();
    }

    private void town(CityModel.Unit town, int[] range) {
        List<Integer> everyone = indexes(range[0], range[1], null);
        for (int m = 12; m >= 1; m--) {
            String kind = KINDS[12 - m];
            if (kind.equals("PRE_MEETING")) {
                List<Integer> office = new ArrayList<>();
                int officeUnit = -1;
                for (int i = range[0]; i < range[1]; i++) {
                    if (city.unit(city.officialUnit[i]).code().endsWith("office")) {
                        office.add(i);
                        officeUnit = city.officialUnit[i];
                    }
                }
                if (officeUnit >= 0) {
                    session(town, kind, m, office, "U" + officeUnit);
                }
            } else {
                session(town, kind, m, everyone, "U" + city.units.indexOf(town));
            }
            if (m % 3 == 0) {
                session(town, "LEADERSHIP_COLLECTIVE", m, indexes(range[0], range[1],
                        OfficialCategory.LEADERSHIP_TEAM), "LEADERS");
            }
        }
    }

    private List<Integer> indexes(int from, int to, OfficialCategory category) {
        List<Integer> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (category == null || city.category[i] == category) {
                list.add(i);
            }
        }
        return list;
    }

    /** One closed session {@code monthsAgo} months back, its audience rule(s), and every invitee's attendance. */
    private void session(CityModel.Unit owner, String kind, int monthsAgo, List<Integer> invited, String rule) {
        LocalDate day = city.today.minusMonths(monthsAgo).withDayOfMonth(city.between(5, 25));
        boolean morning = city.chance(0.6);
        OffsetDateTime start = city.at(day, morning ? 9 : 14, morning ? 0 : 30);
        OffsetDateTime end = start.plusMinutes(MINUTES);
        OffsetDateTime closed = end.plusHours(1);
        long id = ids.next("study_session");
        String topic = TOPICS[city.random.nextInt(TOPICS.length)];
        String title = switch (kind) {
            case "LEADERSHIP_COLLECTIVE" -> "领导班子集体学法：" + topic;
            case "LECTURE" -> "法治讲座：" + topic + "要点";
            case "CASE_BASED" -> "以案说法：" + topic + "典型案例";
            default -> "专题学法：" + topic;
        };
        sessions.add(id, owner.id(), kind, title, start, end, "会议室", CityNames.person(city.random), "法律顾问", HOURS,
                closed, start.minusDays(14));
        if (rule.equals("LEADERS")) {
            invitees.add(id, "CATEGORY", null, null, OfficialCategory.LEADERSHIP_TEAM.name());
        } else if (rule.equals("UNIT_AND_LEADERS")) {
            for (int i : invited) {
                if (city.category[i] == OfficialCategory.LEADERSHIP_TEAM) {
                    invitees.add(id, "OFFICIAL", null, city.officialId[i], null);
                }
            }
            invited.stream().map(i -> city.officialUnit[i]).filter(u -> city.unit(u).kind() != UnitKind.COUNTY)
                    .distinct().forEach(u -> invitees.add(id, "UNIT", city.unit(u).id(), null, null));
        } else {
            invitees.add(id, "UNIT", city.unit(Integer.parseInt(rule.substring(1))).id(), null, null);
        }
        int year = day.getYear();
        for (int i : invited) {
            attend(id, i, start, closed, year, title);
        }
    }

    private void attend(long session, int i, OffsetDateTime start, OffsetDateTime closed, int year, String title) {
        long official = city.officialId[i];
        double r = city.random.nextDouble();
        String status;
        OffsetDateTime checkedIn = null;
        if (r < 0.82) {
            status = "PRESENT";
            checkedIn = start.minus(Duration.ofMinutes(city.between(0, 25)));
        } else if (r < 0.87) {
            status = "LATE";
            checkedIn = start.plus(Duration.ofMinutes(city.between(1, 30)));
        } else if (r < 0.92) {
            status = "EXCUSED";
            leaves.add(ids.next("session_leave"), session, official, "公务外出", start.minusDays(3),
                    start.minusDays(2), "organizer");
        } else {
            status = "ABSENT";
        }
        String source = checkedIn != null ? "CHECK_IN" : status.equals("EXCUSED") ? "LEAVE" : "CLOSE";
        attendance.add(ids.next("session_attendance"), session, official, status, source, checkedIn,
                checkedIn != null ? checkedIn : closed, checkedIn != null ? "check-in" : "system");
        if (checkedIn != null) {
            credits.add(ids.next("study_credit"), official, year, String.valueOf(session), title, HOURS, closed);
        }
    }
}
