package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.xuefa.Application;
import org.xuefa.study.AttendanceBroadcaster;
import org.xuefa.study.AttendanceRecorded;
import org.xuefa.study.AttendanceSource;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.security.SystemTask;
import org.xuefa.support.RequiresPostgres;

/**
 * Two nodes in cluster mode on one PostgreSQL database (XUEFA_TEST_PG_URL; always on CI), each a whole Spring Boot
 * application on its own loopback port: an attendance change committed on node B reaches a projector's listener on
 * node A through LISTEN/NOTIFY; a scheduled job locked by ShedLock runs once across both; a file stored through A
 * is read through B (the files live in the database); and after the listening
 * connections are killed, they come back and the screens are told to re-read their state.
 */
@RequiresPostgres
class ClusterNodesPostgresTest {
    private static final String SECRET = "cluster-test-secret-of-at-least-32-bytes";
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static SecurityContextHolderStrategy globalStrategy;

    @BeforeAll
    static void startTwoNodes() {
        forgetTheTestJobsLock();
        globalStrategy = SecurityContextHolder.getContextHolderStrategy();
        LockedJob.runs.set(0);
        // Two contexts in one JVM: each has its own security-context strategy and the last one started is the
        // global one that SystemTask uses; node A, whose listening thread looks names up as the system, starts last.
        nodeB = node("b");
        nodeA = node("a");
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        forgetTheTestJobsLock();
        SecurityContextHolder.setContextHolderStrategy(globalStrategy); // the other test classes' contexts' one
    }

    /** The lock outlives a run by ten minutes: a run soon after on the same database starts afresh. */
    private static void forgetTheTestJobsLock() {
        try (Connection c = DriverManager.getConnection(
                System.getenv().getOrDefault("XUEFA_TEST_PG_URL", "jdbc:postgresql://localhost:5432/xuefa_test"),
                System.getenv().getOrDefault("XUEFA_TEST_PG_USER", "xuefa"),
                System.getenv().getOrDefault("XUEFA_TEST_PG_PASSWORD", "xuefa"));
                Statement st = c.createStatement()) {
            st.execute("delete from shedlock where name = 'cluster-test-job'");
        } catch (SQLException e) {
            // no table yet: the first node's Flyway creates it
        }
    }

    @Test
    void an_attendance_committed_on_node_b_reaches_the_projector_listening_on_node_a() throws Exception {
        awaitListening(nodeA);
        awaitListening(nodeB);
        long sessionId = -System.nanoTime(); // no such session: the counts are zero, the ids come across
        long officialId = sessionId - 1; // no such official either (the shared CI database holds generated ones)
        BlockingQueue<AttendanceBroadcaster.LiveUpdate> onA = new LinkedBlockingQueue<>();
        Runnable stop = nodeA.getBean(AttendanceBroadcaster.class).register(sessionId, onA::add);
        try {
            Instant at = Instant.parse("2026-11-26T02:00:00Z");
            asSystemOn(nodeB, () -> nodeB.publishEvent(new AttendanceRecorded(sessionId, officialId, "not sent",
                    AttendanceStatus.PRESENT, AttendanceSource.CHECK_IN, at)));
            AttendanceBroadcaster.LiveUpdate update = onA.poll(10, TimeUnit.SECONDS);
            assertThat(update).as("node A heard node B's check-in").isNotNull();
            assertThat(update.change().sessionId()).isEqualTo(sessionId);
            assertThat(update.change().officialId()).isEqualTo(officialId);
            assertThat(update.change().status()).isEqualTo(AttendanceStatus.PRESENT);
            assertThat(update.change().at()).isEqualTo(at);
            assertThat(update.change().officialName()).as("names are read from the database, never sent")
                    .isEmpty();
            assertThat(onA.poll(1, TimeUnit.SECONDS)).as("heard once").isNull();
        } finally {
            stop.run();
        }
    }

    @Test
    void a_job_locked_by_shedlock_runs_once_across_both_nodes() throws Exception {
        // both nodes schedule it every 100 ms; the lock is held for 10 minutes after the first run
        Thread.sleep(2_000);
        assertThat(LockedJob.runs).hasValue(1);
    }

    @Test
    void after_the_listening_connections_die_they_come_back_and_screens_resync() throws Exception {
        awaitListening(nodeA);
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        Runnable stop = nodeA.getBean(ClusterEvents.class).subscribe("cluster-test", new ClusterEvents.Subscriber() {
            @Override
            public void onEvent(String payload) {
                heard.add(payload);
            }

            @Override
            public void resync() {
                heard.add("resync");
            }
        });
        try {
            JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
            jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = 'xuefa-cluster-listen' and datname = current_database()");
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("resync");
            awaitListening(nodeA);
            nodeB.getBean(ClusterEvents.class).publish("cluster-test", "after");
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("after");
        } finally {
            stop.run();
        }
    }

    @Test
    void a_file_stored_through_node_a_is_read_through_node_b() throws Exception {
        FileStore onA = nodeA.getBean(FileStore.class);
        FileStore onB = nodeB.getBean(FileStore.class);
        assertThat(onA.inDatabase()).as("cluster mode keeps files in the database").isTrue();
        byte[] scan = ("scan " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String path = onA.write("cluster-test", scan, "pdf");
        try {
            assertThat(onB.exists(path)).isTrue();
            assertThat(onB.read(path)).isEqualTo(scan);
        } finally {
            onA.delete(path);
        }
        assertThat(onB.exists(path)).as("deleted through A, gone for B").isFalse();
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(Application.class, LockedJob.class)
                .profiles("test", "pgtest")
                // arguments, not default properties, so that they win over application.properties
                .run("--server.port=0", "--spring.application.name=xuefa-" + name, "--xuefa.cluster.enabled=true",
                        "--xuefa.checkin.secret=" + SECRET, "--xuefa.credentials.reminders-at-start=off",
                        "--spring.jmx.enabled=false");
    }

    /** Runs work as the system user in the node's own security-context strategy (not the global one). */
    private static void asSystemOn(ConfigurableApplicationContext node, Runnable work) {
        Authentication system = SystemTask.run(() -> SecurityContextHolder.getContext().getAuthentication());
        SecurityContextHolderStrategy strategy = node.getBean(SecurityContextHolderStrategy.class);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(system);
        strategy.setContext(context);
        try {
            work.run();
        } finally {
            strategy.clearContext();
        }
    }

    private static void awaitListening(ConfigurableApplicationContext node) throws InterruptedException {
        PostgresClusterEvents events = node.getBean(PostgresClusterEvents.class);
        for (int i = 0; i < 300 && !events.listening(); i++) {
            Thread.sleep(100);
        }
        assertThat(events.listening()).as("the node listens").isTrue();
    }

    /** A job on both nodes, not a component (so no other test context schedules it). */
    static class LockedJob {
        static final AtomicInteger runs = new AtomicInteger();

        @Scheduled(fixedDelay = 100)
        @SchedulerLock(name = "cluster-test-job", lockAtLeastFor = "PT10M", lockAtMostFor = "PT10M")
        void run() {
            runs.incrementAndGet();
        }
    }
}
