package org.xuefa.hours;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xuefa.notification.Notice;
import org.xuefa.notification.Notifier;
import org.xuefa.notification.Text;
import org.xuefa.security.SystemTask;

/**
 * Tells cadres behind the year's pace, at most once a calendar month: the job runs daily and each notice's key
 * names the official and the month, so a second run (or a second node) creates nothing new. Officials are read a
 * page at a time from the database, only those behind pace.
 */
@Component
public class BehindPaceReminders {
    private static final Logger log = LoggerFactory.getLogger(BehindPaceReminders.class);
    private static final int PAGE = 500;
    private final ComplianceQuery query;
    private final Notifier notifier;
    private final Clock clock;

    BehindPaceReminders(ComplianceQuery query, Notifier notifier, Clock clock) {
        this.query = query;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(cron = "${xuefa.hours.reminder-cron:0 30 7 * * *}", zone = "${xuefa.zone}")
    // one node sends them; lockAtLeastFor keeps a node whose clock is a little behind from a second run
    @SchedulerLock(name = "behind-pace-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void daily() {
        log.info("Behind-pace reminders: {} new notifications", run());
    }

    /** Sends this month's notices not yet sent; returns how many were new. */
    public int run() {
        return SystemTask.run(this::remind);
    }

    private int remind() {
        LocalDate today = LocalDate.now(clock);
        String month = YearMonth.from(today).toString();
        int created = 0;
        for (int offset = 0;; offset += PAGE) {
            List<ComplianceRow> page = query.page("/", today, true, offset, PAGE);
            for (ComplianceRow r : page) {
                Progress p = r.training().standing().behind() ? r.training() : r.online();
                if (r.accountId() == null || !p.standing().behind()) {
                    continue;
                }
                String kind = p.kind() == RequirementKind.TRAINING ? Text.bilingual("集中培训", "training")
                        : Text.bilingual("网络自学", "online");
                if (notifier.send(new Notice(r.accountId(), "hours.behind:" + r.officialId() + ":" + month,
                        "hours.notice.behind", List.of(kind, p.earned().stripTrailingZeros().toPlainString(),
                                p.expected().stripTrailingZeros().toPlainString()), "my-hours"))) {
                    created++;
                }
            }
            if (page.size() < PAGE) {
                return created;
            }
        }
    }
}
