package org.xuefa.citygen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.PostKind;
import org.xuefa.people.UnitKind;

/**
 * The generated city as the later steps need it: units, posts and officials (parallel arrays, compact at 100,000),
 * and the one random source that every step draws from in a fixed order, so a seed gives the same city.
 */
final class CityModel {
    /** A unit; {@code town} and {@code county} are indexes into {@link #units} of the town and county it lies in. */
    record Unit(long id, String code, String name, String path, UnitKind kind, int town, int county) {
    }

    /** A post of a unit (index into units), with the credential its holders need. */
    record Post(long id, int unit, PostKind kind, String credential, String title) {
    }

    final CityPlan plan;
    final Random random;
    final Clock clock;
    final LocalDate today;
    final String cityName;
    final List<Unit> units = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    /** Per town and per county (unit index): the official indexes working in it directly or below, [from, to). */
    final Map<Integer, int[]> ranges = new LinkedHashMap<>();

    long[] officialId;
    int[] officialUnit;
    OfficialCategory[] category;
    EmploymentType[] employment;
    /** The post each official fills as PRIMARY (index into posts), or -1. */
    int[] primaryPost;
    /** The post each official does part-time (CONCURRENT), or -1. */
    int[] concurrentPost;
    /** The day each official joined (epoch day). */
    int[] joined;
    int count;

    CityModel(CityPlan plan, Clock clock) {
        this.plan = plan;
        this.random = new Random(plan.seed());
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.cityName = CityNames.city(random);
        int n = plan.officials();
        officialId = new long[n];
        officialUnit = new int[n];
        category = new OfficialCategory[n];
        employment = new EmploymentType[n];
        primaryPost = new int[n];
        concurrentPost = new int[n];
        joined = new int[n];
    }

    ZoneId zone() {
        return clock.getZone();
    }

    Unit unit(int index) {
        return units.get(index);
    }

    Unit root() {
        return units.get(0);
    }

    /** The instant of a local date and time in the city's time zone, as a JDBC value. */
    OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(zone()).toInstant().atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
