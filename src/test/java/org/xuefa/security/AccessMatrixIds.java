package org.xuefa.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.xuefa.certification.CredentialRecord;
import org.xuefa.certification.CredentialScans;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.NewCredential;
import org.xuefa.people.AudienceRule;
import org.xuefa.quiz.AttemptRow;
import org.xuefa.quiz.Certificates;
import org.xuefa.quiz.ExamKind;
import org.xuefa.quiz.ExamResults;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.MyExam;
import org.xuefa.study.CheckInTokens;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionFilter;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;
import org.xuefa.studyrecord.RecordAttachments;
import org.xuefa.support.Fixtures;

/**
 * The people and ids the {@link AccessMatrix} is walked with, made once per test context: the demo town's records
 * (its annual exam, the cadre's attempt in progress, a passed attempt of another official and its certificate, a
 * held session with a record), plus a few of the test's own in the demo town (a scanned credential, a session
 * running now with an attachment and a check-in code), a second cadre of the demo brigade (not the owner of the
 * cadre's records) and an HR and an organizer of the demo's other town, 石角.
 */
public final class AccessMatrixIds {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H',
        'D', 'R'};
    private static AccessMatrixIds made;
    private static ApplicationContext madeIn;

    /** Placeholder ({@code {exam}}) to value. */
    private final Map<String, String> values = new HashMap<>();
    /** Column name (cadre2, sj-hr, sj-org, or a demo account's) to username; anon has none. */
    private final Map<String, String> usernames = new HashMap<>();

    /** The ids of this context, made on first use. */
    public static synchronized AccessMatrixIds of(ApplicationContext context, Fixtures fixtures, Instant now) {
        if (made == null || madeIn != context) {
            made = new AccessMatrixIds(context, fixtures, now);
            madeIn = context;
        }
        made.attemptInProgress(context, fixtures);
        return made;
    }

    /**
     * The cadre's annual attempt in progress: resumed, or started again if another test of the shared context has
     * submitted it since (the row expects an attempt the cadre is taking).
     */
    private void attemptInProgress(ApplicationContext context, Fixtures fixtures) {
        ExamTaking taking = context.getBean(ExamTaking.class);
        Long exam = Long.valueOf(values.get("exam"));
        try {
            values.put("attempt", String.valueOf(fixtures.as("cadre", () -> taking.start(exam))));
        } catch (RuntimeException e) {
            // no attempt left: the row's outcome shows it
        }
    }

    private AccessMatrixIds(ApplicationContext context, Fixtures fixtures, Instant now) {
        for (String demo : List.of("cadre", "organizer", "hr", "leader", "admin")) {
            usernames.put(demo, demo);
        }
        usernames.put("cadre2", fixtures.newPerson(fixtures.unit("brigade"), Role.CADRE).username());
        usernames.put("sj-hr", fixtures.newPerson(fixtures.unit("shijiao"), Role.HR).username());
        usernames.put("sj-org", fixtures.newPerson(fixtures.unit("shijiao"), Role.ORGANIZER).username());

        ExamTaking taking = context.getBean(ExamTaking.class);
        MyExam annual = fixtures.as("cadre", () -> taking.myExams().stream()
                .filter(e -> e.exam().settings().kind() == ExamKind.ANNUAL && e.attemptInProgress() != null)
                .findFirst().orElseThrow());
        values.put("exam", String.valueOf(annual.exam().id()));
        values.put("attempt", String.valueOf(annual.attemptInProgress()));
        Certificates certificates = context.getBean(Certificates.class);
        List<AttemptRow> attempts = fixtures.asAdmin(() -> context.getBean(ExamResults.class)
                .attempts(annual.exam().id(), 0, 500));
        AttemptRow passed = attempts.stream().filter(a -> a.band() != null && a.band().passed()
                && fixtures.asAdmin(() -> certificates.codeFor(a.attemptId())).isPresent()).findFirst().orElseThrow();
        values.put("result", String.valueOf(passed.attemptId()));
        values.put("certificate", fixtures.asAdmin(() -> certificates.codeFor(passed.attemptId())).orElseThrow());
        values.put("year", "from=2026-01-01&to=2026-12-31");
        values.put("holder", String.valueOf(fixtures.official("TP-022")));
        values.put("leaderOfficial", String.valueOf(fixtures.official("TP-002")));

        StudySessions sessions = context.getBean(StudySessions.class);
        values.put("session", String.valueOf(fixtures.asAdmin(() -> sessions.list(new SessionFilter(null, null,
                SessionKind.CASE_BASED, null, "违法建设强制拆除"), 0, 1).get(0).id())));

        Credentials credentials = context.getBean(Credentials.class);
        values.put("scan", String.valueOf(fixtures.as("hr", () -> {
            CredentialRecord c = credentials.add(new NewCredential(fixtures.official("TP-033"), "ENFORCEMENT",
                    "AM" + Fixtures.unique(), "", LocalDate.of(2025, 1, 2), null, ""));
            context.getBean(CredentialScans.class).attach(c.id(), PDF, c.version());
            return c.id();
        })));

        Instant start = now.minus(Duration.ofMinutes(10));
        SessionRecord running = fixtures.as("organizer", () -> sessions.create(new SessionData(
                fixtures.unit("tangpeng"), SessionKind.LECTURE, "访问矩阵 " + Fixtures.unique(), start,
                start.plus(Duration.ofMinutes(90)), "镇政府三楼会议室", null, "王律师", "镇法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")), List.of(),
                Set.of(AudienceRule.unit(fixtures.unit("brigade"))), null), null).get(0));
        values.put("running", String.valueOf(running.id()));
        values.put("attachment", String.valueOf(fixtures.as("organizer", () -> context.getBean(RecordAttachments.class)
                .attach(running.id(), "现场照片.png", PNG).id())));
        values.put("checkin", context.getBean(CheckInTokens.class).issue(running.id(), now));
    }

    /** The username of a column's account; null for anon. */
    public String username(String column) {
        return usernames.get(column);
    }

    /** The path with every {placeholder} replaced. */
    public String resolve(String path) {
        String resolved = path;
        for (var e : values.entrySet()) {
            resolved = resolved.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (resolved.contains("{")) {
            throw new IllegalArgumentException("unknown placeholder in " + path);
        }
        return resolved;
    }
}
