package org.xuefa.study;

import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xuefa.security.SystemTask;

/**
 * Closes sessions past their end (and their check-in window) that no organizer closed. Safe to run twice. Waits
 * until the application is ready, so it never closes a past session that start-up work (the demo's seeding, which
 * records past sessions mark by mark) is still filling in.
 */
@Component
class SessionSweeper {
    private static final Logger log = LoggerFactory.getLogger(SessionSweeper.class);
    private final SessionClosing closing;
    private volatile boolean ready;

    SessionSweeper(SessionClosing closing) {
        this.closing = closing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    @Scheduled(fixedDelayString = "${xuefa.session.sweep-seconds:60}", initialDelayString = "${xuefa.session.sweep-seconds:60}", timeUnit = TimeUnit.SECONDS)
    @SchedulerLock(name = "session-sweeper", lockAtMostFor = "PT5M")
    void sweep() {
        if (!ready) {
            return;
        }
        int n = SystemTask.run(closing::closeEnded);
        if (n > 0) {
            log.info("Closed {} study sessions past their end", n);
        }
    }
}
