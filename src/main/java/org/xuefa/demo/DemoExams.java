package org.xuefa.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.CourseLibrary;
import org.xuefa.course.Question;
import org.xuefa.course.QuestionType;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.AudienceRule;
import org.xuefa.quiz.Bands;
import org.xuefa.quiz.Counting;
import org.xuefa.quiz.ExamKind;
import org.xuefa.quiz.ExamRecord;
import org.xuefa.quiz.ExamSettings;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.Exams;
import org.xuefa.quiz.ReviewPolicy;
import org.xuefa.quiz.Section;
import org.xuefa.quiz.TakerPaper;
import org.xuefa.security.SystemTask;

/**
 * The demo town's exams: this year's annual law exam, open now, which a dozen officials have already sat through
 * the real engine and in which {@code cadre} has an attempt in progress; and last year's, sat on paper, with
 * results spread across the units.
 */
@Component
@Profile("demo")
@Order(20)
class DemoExams implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoExams.class);
    private final Exams exams;
    private final ExamTaking taking;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final CourseCatalog catalog;
    private final Clock clock;

    DemoExams(Exams exams, ExamTaking taking, Officials officials, OrgUnits orgUnits, CourseCatalog catalog,
            Clock clock) {
        this.exams = exams;
        this.taking = taking;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoStep.run(log, "exams", () -> SystemTask.run(() -> {
            if (!exams.inScope().isEmpty()) {
                return;
            }
            if (catalog.courses().size() < 2) {
                log.warn("Demo seeding skipped \"exams\": {} courses are served, the demo exams need two or more",
                        catalog.courses().size());
                return;
            }
            seed();
        }));
    }

    private void seed() {
        Random random = new Random(2026);
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, zone).getYear();
        OrgUnitRecord town = orgUnits.visibleTree().stream().filter(u -> u.code().equals("tangpeng")).findFirst()
                .orElseThrow();
        List<Section> paper = List.of(Section.of(QuestionType.SINGLE, 40, 1), Section.of(QuestionType.MULTIPLE, 20, 2),
                Section.of(QuestionType.TRUEFALSE, 20, 1));
        Set<AudienceRule> everyone = Set.of(AudienceRule.unit(town.id()));
        List<OfficialRecord> staff = officials.search(new OfficialFilter("TP-0", town.id(), null, true), 0, 200)
                .stream().filter(o -> !o.staffNumber().startsWith("TP-09") && !o.staffNumber().startsWith("TP-08"))
                .toList();

        DemoStep.run(log, "last year's annual exam", () -> {
            ExamRecord past = exams.create(new ExamSettings((year - 1) + " 年度学法考试", ExamKind.ANNUAL, town.id(),
                    null, everyone, LocalDate.of(year - 1, 11, 1).atStartOfDay(zone).toInstant(),
                    LocalDate.of(year - 1, 12, 15).atStartOfDay(zone).toInstant(), null, null, 90, paper,
                    Bands.DEFAULT, 3, Counting.HIGHEST, false, ReviewPolicy.AFTER_CLOSE, true));
            exams.publish(past.id(), past.version());
            for (OfficialRecord o : staff) {
                if (random.nextInt(10) == 0) {
                    continue; // a few never sat it
                }
                int score = Math.min(100, 45 + random.nextInt(56));
                DemoStep.run(log, "last year's result of " + o.staffNumber(), () -> exams.recordPaperResult(past.id(),
                        o.id(), BigDecimal.valueOf(score),
                        LocalDate.of(year - 1, 11, 20).atStartOfDay(zone).toInstant().plus(Duration.ofHours(9))));
            }
        });

        DemoStep.run(log, "this year's annual exam", () -> {
            ExamRecord open = exams.create(new ExamSettings(year + " 年度学法考试", ExamKind.ANNUAL, town.id(), null,
                    everyone, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(35)),
                    now.plus(Duration.ofDays(40)), now.plus(Duration.ofDays(50)), 90, paper, Bands.DEFAULT, 3,
                    Counting.HIGHEST, false, ReviewPolicy.AFTER_SUBMIT, true));
            exams.publish(open.id(), open.version());
            CourseLibrary library = catalog.library();
            int sat = 0;
            for (OfficialRecord o : staff) {
                if (o.staffNumber().equals("TP-022") || random.nextInt(3) == 0) {
                    continue;
                }
                double skill = 0.45 + random.nextDouble() * 0.55;
                if (DemoStep.run(log, "this year's attempt of " + o.staffNumber(),
                        () -> SystemTask.runAsOfficial(o.id(), () -> {
                            Long attempt = taking.start(open.id());
                            answer(attempt, library, random, skill, Integer.MAX_VALUE);
                            return taking.submit(attempt);
                        }))) {
                    sat++;
                }
            }
            DemoStep.run(log, "cadre's attempt in progress", () -> {
                OfficialRecord cadre = officials.search(new OfficialFilter("TP-022", null, null, null), 0, 1).get(0);
                SystemTask.runAsOfficial(cadre.id(), () -> {
                    Long attempt = taking.start(open.id());
                    answer(attempt, library, random, 0.8, 5);
                    return attempt;
                });
            });
            log.info("Demo exams seeded: {} sat this year's exam through the engine; cadre has an attempt in progress",
                    sat);
        });
    }

    /** Answers the first {@code limit} questions, each right with probability {@code skill}. */
    private void answer(Long attemptId, CourseLibrary library, Random random, double skill, int limit) {
        TakerPaper paper = taking.paper(attemptId);
        for (TakerPaper.Item item : paper.items().stream().limit(limit).toList()) {
            Question q = library.courses().values().stream().flatMap(c -> c.questions().stream())
                    .filter(x -> x.stem().equals(item.stem())).findFirst().orElse(null);
            if (q == null) {
                continue;
            }
            Set<String> rightTexts = q.type() == QuestionType.TRUEFALSE ? q.answer()
                    : q.options().stream().filter(o -> q.answer().contains(o.key())).map(o -> o.text())
                            .collect(Collectors.toSet());
            boolean right = random.nextDouble() < skill;
            Set<String> tokens = item.choices().stream()
                    .filter(c -> rightTexts.contains(c.text()) == right)
                    .map(TakerPaper.Choice::token).limit(right ? Long.MAX_VALUE : 1).collect(Collectors.toSet());
            if (!tokens.isEmpty()) {
                taking.answer(attemptId, item.position(), tokens);
            }
        }
    }
}
