package org.xuefa.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.xuefa.ServiceTestBase;

class SchedulerLocksTest extends ServiceTestBase {
    @Autowired
    LockProvider lockProvider;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_attempts_to_run_the_same_job_at_the_same_instant_run_it_once() throws Exception {
        LockingTaskExecutor executor = new DefaultLockingTaskExecutor(lockProvider);
        String job = "test-job-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                attempts.add(nodes.submit(() -> {
                    together.await(5, TimeUnit.SECONDS);
                    executor.executeWithLock((Runnable) () -> {
                        runs.incrementAndGet();
                        sleep(500); // still running when the other attempt asks
                    }, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
                    return null;
                }));
            }
            for (Future<?> f : attempts) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, job))
                .as("the lock is a row of table shedlock").isEqualTo(1);

        // released after the run: the next run of the job is not refused
        executor.executeWithLock((Runnable) runs::incrementAndGet,
                new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(runs).hasValue(2);
    }

    @Test
    void every_scheduled_job_is_locked_across_the_cluster() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .because("a job on the shared database must run on one node at a time (see base.SchedulerLocks)")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.xuefa"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
