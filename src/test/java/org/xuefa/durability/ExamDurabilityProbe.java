package org.xuefa.durability;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.Officials;
import org.xuefa.quiz.ExamTaking;
import org.xuefa.quiz.MyExam;
import org.xuefa.quiz.TakerPaper;
import org.xuefa.security.SystemTask;

/**
 * Only in the child processes of {@link KillDuringExamTest}. With {@code answer}: the demo cadre answers three
 * unanswered questions of the attempt in progress and reports them once each is confirmed. With {@code report}:
 * reports the attempt's answered positions and seconds left after a restart.
 */
@Component
@Profile("exam-probe")
@Order(1000)
class ExamDurabilityProbe implements ApplicationRunner {
    private final ExamTaking taking;
    private final Officials officials;
    private final Clock clock;

    ExamDurabilityProbe(ExamTaking taking, Officials officials, Clock clock) {
        this.taking = taking;
        this.officials = officials;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long cadre = SystemTask.run(() -> officials.search(new OfficialFilter("TP-022", null, null, null), 0, 1)
                .get(0).id());
        SystemTask.runAsOfficial(cadre, () -> {
            MyExam exam = taking.myExams().stream().filter(e -> e.attemptInProgress() != null).findFirst()
                    .orElseThrow();
            Long attempt = exam.attemptInProgress();
            TakerPaper paper = taking.paper(attempt);
            if ("answer".equals(System.getenv("XUEFA_PROBE_MODE"))) {
                List<TakerPaper.Item> open = paper.items().stream().filter(i -> !i.answered()).limit(3).toList();
                for (TakerPaper.Item item : open) {
                    taking.answer(attempt, item.position(), Set.of(item.choices().get(0).token()));
                }
                System.out.println("ANSWERED " + attempt + " " + open.stream().map(i -> String.valueOf(i.position()))
                        .collect(Collectors.joining(",")) + " " + paper.deadline().toEpochMilli());
            } else {
                String answered = paper.items().stream().filter(TakerPaper.Item::answered)
                        .map(i -> String.valueOf(i.position())).collect(Collectors.joining(","));
                System.out.println("RESUMED " + attempt + " " + answered + " "
                        + (paper.deadline().toEpochMilli() - clock.millis()) / 1000);
            }
            System.out.flush();
            return null;
        });
    }
}
