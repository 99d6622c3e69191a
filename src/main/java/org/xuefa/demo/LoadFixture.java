package org.xuefa.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.xuefa.people.AudienceRule;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.UnitKind;
import org.xuefa.quiz.Bands;
import org.xuefa.quiz.Counting;
import org.xuefa.quiz.ExamKind;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamSettings;
import org.xuefa.quiz.Exams;
import org.xuefa.quiz.ReviewPolicy;
import org.xuefa.quiz.Section;
import org.xuefa.course.QuestionType;
import org.xuefa.security.AccountService;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.SystemTask;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.StudySessions;

/**
 * What the HTTP load driver (src/test/java/org/xuefa/load, docs/benchmarks.md) signs in as and works on, added to
 * the demo town: a unit {@code <tag>} under 塘朋镇 with the given number of officials, each with a cadre account
 * {@code <tag>-1 …} (demo password); an annual exam open now for that unit (40 questions, unlimited attempts, so
 * that runs can be repeated); and a study session of the town, inviting the whole town (the demo's {@code cadre}
 * too), whose check-in is open for the next hours. Creating it again with the same tag adds
 * nothing but a new exam and session.
 */
@Component
@Profile("demo")
class LoadFixture {
    private final OrgUnits orgUnits;
    private final Officials officials;
    private final AccountService accounts;
    private final Exams exams;
    private final StudySessions sessions;
    private final Clock clock;

    LoadFixture(OrgUnits orgUnits, Officials officials, AccountService accounts, Exams exams, StudySessions sessions,
            Clock clock) {
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.accounts = accounts;
        this.exams = exams;
        this.sessions = sessions;
        this.clock = clock;
    }

    String create(int takers, String tag) {
        if (!tag.matches("[a-z][a-z0-9]{1,15}")) {
            throw new IllegalArgumentException("the tag must be 2-16 lower-case letters and digits: " + tag);
        }
        return SystemTask.run(() -> {
            List<OrgUnitRecord> tree = orgUnits.visibleTree();
            OrgUnitRecord town = tree.stream().filter(u -> "tangpeng".equals(u.code())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo town (塘朋镇) in this database"));
            Long unit = tree.stream().filter(u -> tag.equals(u.code())).findFirst().map(OrgUnitRecord::id)
                    .orElseGet(() -> orgUnits.create(tag, "压测单位 " + tag, "Load test " + tag, UnitKind.OFFICE,
                            town.id(), 990).id());
            int made = 0;
            for (int i = 1; i <= takers; i++) {
                String username = tag + "-" + i;
                String staffNumber = tag.toUpperCase(Locale.ROOT) + "-" + i;
                if (accounts.list(username, 0, 5).stream().anyMatch(a -> a.username().equals(username))) {
                    continue;
                }
                Long official = officials.create(staffNumber, new OfficialData("压测考生" + i, unit, "科员",
                        OfficialCategory.STAFF, EmploymentType.ESTABLISHED, LocalDate.of(2020, 1, 1), null)).id();
                var account = accounts.createDemoAccount(new AccountService.NewAccount(username, "压测考生" + i,
                        DemoData.PASSWORD, null, Set.of(new RoleGrant(Role.CADRE, unit))));
                officials.linkAccount(official, account.id());
                made++;
            }
            Instant now = clock.instant();
            List<Section> paper = List.of(Section.of(QuestionType.SINGLE, 20, 1), Section.of(QuestionType.MULTIPLE,
                    10, 2), Section.of(QuestionType.TRUEFALSE, 10, 1));
            ExamRecord exam = exams.create(new ExamSettings("压测考试 " + tag + " " + now.getEpochSecond(),
                    ExamKind.ANNUAL, unit, null, Set.of(AudienceRule.unit(unit)), now.minus(Duration.ofMinutes(5)),
                    now.plus(Duration.ofDays(2)), null, null, 120, paper, Bands.DEFAULT, 0, Counting.HIGHEST, false,
                    ReviewPolicy.AFTER_SUBMIT, true));
            exams.publish(exam.id(), exam.version());
            Instant start = now.plus(Duration.ofMinutes(2));
            SessionRecord session = sessions.create(new SessionData(town.id(), SessionKind.TRAINING,
                    "压测签到 " + tag + " " + now.getEpochSecond(), start, start.plus(Duration.ofHours(4)), "礼堂",
                    null, null, null, List.of(), List.of(), Set.of(AudienceRule.unit(town.id())), null), null).get(0);
            return String.format("load fixture: unit %s (id %d), %d takers %s-1 … %s-%d (%d new), exam %d, session %d",
                    tag, unit, takers, tag, tag, takers, made, exam.id(), session.id());
        });
    }
}
