package org.xuefa.citygen;

import java.sql.Types;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.PostKind;

/**
 * Credentials in every state, with their annual registrations: the holders of enforcement posts hold an
 * enforcement certificate (行政执法证) that is valid, expiring within 90 days, expired, suspended (last year's
 * registration failed) or revoked, and a few hold none; a third of part-time enforcers hold one; justice staff
 * often hold the legal qualification; some county and city leaders hold a supervision certificate.
 */
final class CityCredentials {
    private static final String ISSUER = "省人民政府";
    private static final String ENFORCEMENT = "ENFORCEMENT";
    private final CityModel city;
    private final Ids ids;
    private final Rows credentials;
    private final Rows registrations;
    private int number;

    CityCredentials(CityModel city, Ids ids, JdbcTemplate jdbc) {
        this.city = city;
        this.ids = ids;
        this.credentials = new Rows(jdbc, "insert into credential (id, version, holder_id, type_code, number, fields,"
                + " issued_on, expires_on, issuer, suspended_on, suspend_reason, revoked_on, revoke_reason)"
                + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.DATE, Types.VARCHAR,
                Types.DATE, Types.VARCHAR);
        this.registrations = new Rows(jdbc, "insert into credential_registration (id, credential_id, reg_year, passed,"
                + " reason, recorded_at) values (?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.BIGINT, Types.INTEGER,
                Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE).after(credentials);
    }

    void write() {
        for (int i = 0; i < city.count; i++) {
            int primary = city.primaryPost[i];
            boolean enforcer = primary >= 0 && ENFORCEMENT.equals(city.posts.get(primary).credential());
            if (enforcer) {
                double r = city.random.nextDouble();
                State state = r < 0.62 ? State.VALID : r < 0.74 ? State.EXPIRING : r < 0.84 ? State.EXPIRED
                        : r < 0.90 ? State.SUSPENDED : r < 0.94 ? State.REVOKED : null;
                if (state != null) {
                    credential(i, ENFORCEMENT, "综合行政执法", state);
                }
            } else if (city.concurrentPost[i] >= 0 && city.chance(0.35)) {
                credential(i, ENFORCEMENT, "综合行政执法", State.VALID);
            }
            if (primary >= 0 && city.posts.get(primary).kind() == PostKind.TECHNICAL && city.chance(0.4)) {
                credential(i, "LEGAL_PROFESSION", "", State.VALID);
            }
            if (city.category[i] == OfficialCategory.LEADERSHIP_TEAM && city.unit(city.officialUnit[i]).town() < 0
                    && city.chance(0.3)) {
                credential(i, "SUPERVISION", "", city.chance(0.8) ? State.VALID : State.EXPIRING);
            }
        }
        credentials.written();
        registrations.written();
    }

    private enum State {
        VALID, EXPIRING, EXPIRED, SUSPENDED, REVOKED
    }

    private void credential(int i, String type, String fields, State state) {
        LocalDate today = city.today;
        boolean lifelong = type.equals("LEGAL_PROFESSION");
        // valid: beyond the six-month renewal window; expiring: within 90 days; expired: up to two years ago
        LocalDate expires = switch (state) {
            case EXPIRING -> today.plusDays(city.between(1, 90));
            case EXPIRED -> today.minusDays(city.between(1, 700));
            default -> today.plusDays(city.between(200, 5 * 365 - 30));
        };
        LocalDate issued = lifelong ? LocalDate.ofEpochDay(city.joined[i]).plusMonths(city.between(1, 24))
                : expires.minusYears(5);
        if (issued.isAfter(today)) {
            issued = today.minusDays(30);
        }
        LocalDate suspended = state == State.SUSPENDED ? today.minusDays(city.between(10, 200)) : null;
        LocalDate revoked = state == State.REVOKED ? today.minusDays(city.between(10, 300)) : null;
        long id = ids.next("credential");
        number++;
        credentials.add(id, city.officialId[i], type, city.plan.code().toUpperCase() + String.format("%08d", number),
                fields, issued, lifelong ? null : expires, ISSUER, suspended, suspended == null ? null : "未按期参加年度审验",
                revoked, revoked == null ? null : "调离执法岗位，证件收回");
        if (lifelong) {
            return;
        }
        int lastYear = today.getYear() - 1;
        int lastValidYear = Math.min(lastYear, expires.getYear() - 1);
        for (int year = Math.max(issued.getYear() + 1, lastYear - 4); year <= lastValidYear; year++) {
            boolean failed = state == State.SUSPENDED && year == lastValidYear;
            registrations.add(ids.next("credential_registration"), id, year, !failed,
                    failed ? "未按期参加年度审验" : null, city.at(LocalDate.of(year, 12, 10), 10, 0));
        }
    }
}
