package org.xuefa.citygen;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xuefa.course.Course;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;

/**
 * The city's annual law exam, closed a month and a half ago (ten single-choice questions of ten points, two attempts,
 * the highest counts): most officials sat it, some twice; one attempt in ten was taken online and keeps its answered
 * paper for the item analysis. And course study: most officials completed one to three courses of the catalog, some
 * have one under way; completions credit the course's hours.
 */
final class CityLearning {
    private static final int QUESTIONS = 10;
    private static final BigDecimal POINTS = BigDecimal.TEN;
    private final CityModel city;
    private final Ids ids;
    private final JdbcTemplate jdbc;
    private final List<Course> courses;

    CityLearning(CityModel city, Ids ids, JdbcTemplate jdbc, List<Course> courses) {
        this.city = city;
        this.ids = ids;
        this.jdbc = jdbc;
        this.courses = courses;
    }

    /** Writes the exam and its attempts; returns how many attempts. */
    long exam() {
        Course course = courses.isEmpty() ? null : courses.get(0);
        List<String> questions = course == null ? List.of() : course.questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE).map(Question::id).collect(Collectors.toList());
        while (questions.size() < QUESTIONS) {
            questions = new ArrayList<>(questions);
            questions.add("generated-" + questions.size());
        }
        String courseId = course == null ? "generated" : course.id();
        LocalDate opens = city.today.minusDays(75);
        LocalDate closes = city.today.minusDays(45);
        long exam = ids.next("exam");
        jdbc.update("insert into exam (id, version, title, kind, owner_unit_id, opens_at, closes_at,"
                + " time_limit_minutes, pass_percent, good_percent, excellent_percent, attempts_allowed, counting,"
                + " partial_credit, review, certificate, status, created_at, question_pool) values (?, 1, ?, 'ANNUAL',"
                + " ?, ?, ?, 60, 60, 80, 90, 2, 'HIGHEST', false, 'AFTER_CLOSE', false, 'PUBLISHED', ?,"
                + " 'PRACTICE_AND_RESERVE')", exam, opens.getYear() + " 年度学法考试（" + city.cityName + "市）",
                city.root().id(), city.at(opens, 0, 0), city.at(closes, 0, 0), city.at(opens.minusDays(10), 9, 0));
        jdbc.update("insert into exam_audience (exam_id, kind, unit_id) values (?, 'UNIT', ?)", exam, city.root().id());
        jdbc.update("insert into exam_section (exam_id, position, question_type, question_count, points, course_ids,"
                + " tags, difficulties) values (?, 0, 'SINGLE', ?, ?, ?, '', '')", exam, QUESTIONS, POINTS, courseId);
        Rows attempts = new Rows(jdbc, "insert into exam_attempt (id, version, exam_id, official_id, attempt_no, makeup,"
                + " started_at, deadline, submitted_at, status, score, max_score, percent, band) values"
                + " (?, 1, ?, ?, ?, false, ?, ?, ?, 'SUBMITTED', ?, 100, ?, ?)", Types.BIGINT, Types.BIGINT,
                Types.BIGINT, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR);
        Rows items = new Rows(jdbc, "insert into attempt_item (id, attempt_id, position, course_id, question_id,"
                + " question_type, points, option_keys, option_tokens, answer_keys, chosen, answered_at, awarded)"
                + " values (?, ?, ?, ?, ?, 'SINGLE', ?, 'A,B,C,D', ?, 'A', ?, ?, ?)", Types.BIGINT, Types.BIGINT,
                Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.NUMERIC).after(attempts);
        for (int i = 0; i < city.count; i++) {
            if (!city.chance(0.88)) {
                continue;
            }
            double skill = 0.35 + city.random.nextDouble() * 0.65;
            int tries = city.chance(0.12) ? 2 : 1;
            for (int attempt = 1; attempt <= tries; attempt++) {
                LocalDate day = opens.plusDays(city.between(0, 29));
                OffsetDateTime start = city.at(day, city.between(8, 20), city.between(0, 59));
                OffsetDateTime submitted = start.plusMinutes(city.between(15, 58));
                boolean[] right = new boolean[QUESTIONS];
                int correct = 0;
                for (int q = 0; q < QUESTIONS; q++) {
                    right[q] = city.random.nextDouble() < skill;
                    correct += right[q] ? 1 : 0;
                }
                int score = correct * 10;
                String band = score >= 90 ? "EXCELLENT" : score >= 80 ? "GOOD" : score >= 60 ? "PASS" : "FAIL";
                long id = ids.next("exam_attempt");
                attempts.add(id, exam, city.officialId[i], attempt, start, start.plusMinutes(60), submitted,
                        BigDecimal.valueOf(score), BigDecimal.valueOf(score), band);
                if (city.chance(0.1)) {
                    List<String> paper = new ArrayList<>(questions);
                    Collections.shuffle(paper, city.random);
                    for (int q = 0; q < QUESTIONS; q++) {
                        items.add(ids.next("attempt_item"), id, q, courseId, paper.get(q), POINTS, "t" + q + "a,t"
                                + q + "b,t" + q + "c,t" + q + "d", right[q] ? "A" : "B",
                                submitted.minusMinutes(QUESTIONS - q), right[q] ? POINTS : BigDecimal.ZERO);
                    }
                }
            }
        }
        items.written();
        return attempts.written();
    }

    /** Writes course progress and course credits; returns how many courses were completed. */
    long courses() {
        if (courses.isEmpty()) {
            return 0;
        }
        Rows progress = new Rows(jdbc, "insert into course_progress (id, version, official_id, course_id,"
                + " course_version, last_lesson, completed_lessons, started_at, updated_at, completed_at,"
                + " credited_hours) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.BIGINT,
                Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.NUMERIC);
        Rows credits = new Rows(jdbc, "insert into study_credit (id, official_id, credit_year, source, source_ref, title,"
                + " hours, credited_at, counts_toward) values (?, ?, ?, 'COURSE', ?, ?, ?, ?, 'ONLINE')", Types.BIGINT, Types.BIGINT,
                Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE);
        long completed = 0;
        for (int i = 0; i < city.count; i++) {
            double r = city.random.nextDouble();
            int done = r < 0.25 ? 0 : r < 0.55 ? 1 : r < 0.85 ? 2 : 3;
            boolean underWay = city.chance(0.2);
            int first = city.random.nextInt(courses.size());
            for (int k = 0; k < Math.min(courses.size(), done + (underWay ? 1 : 0)); k++) {
                Course c = courses.get((first + k) % courses.size());
                int lessons = Math.max(1, c.lessons().size());
                boolean complete = k < done;
                int reached = complete ? lessons : city.between(0, lessons - 1);
                String list = IntStream.rangeClosed(1, reached).mapToObj(String::valueOf)
                        .collect(Collectors.joining(","));
                LocalDate started = city.today.minusDays(city.between(20, 360));
                OffsetDateTime at = city.at(started, city.between(8, 21), city.between(0, 59));
                OffsetDateTime finished = at.plusDays(city.between(0, 14));
                BigDecimal hours = c.creditHours() == null ? BigDecimal.ONE : c.creditHours();
                progress.add(ids.next("course_progress"), city.officialId[i], c.id(), c.version(), Math.max(1, reached),
                        list, at, complete ? finished : at, complete ? finished : null, complete ? hours : null);
                if (complete) {
                    completed++;
                    credits.add(ids.next("study_credit"), city.officialId[i], finished.atZoneSameInstant(city.zone())
                            .getYear(), c.id(), c.titleZh(), hours, finished);
                }
            }
        }
        credits.written();
        progress.written();
        return completed;
    }
}
