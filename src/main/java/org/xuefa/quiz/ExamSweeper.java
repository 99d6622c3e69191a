package org.xuefa.quiz;

import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xuefa.security.SystemTask;

/** Submits abandoned attempts at their deadline, even if the taker never comes back. Safe to run twice. */
@Component
class ExamSweeper {
    private static final Logger log = LoggerFactory.getLogger(ExamSweeper.class);
    private final ExamTaking taking;

    ExamSweeper(ExamTaking taking) {
        this.taking = taking;
    }

    @Scheduled(fixedDelayString = "${xuefa.exam.sweep-seconds:20}", timeUnit = TimeUnit.SECONDS)
    @SchedulerLock(name = "exam-sweeper", lockAtMostFor = "PT5M")
    void sweep() {
        int n = SystemTask.run(taking::submitExpired);
        if (n > 0) {
            log.info("Submitted {} attempts at their deadline", n);
        }
    }
}
