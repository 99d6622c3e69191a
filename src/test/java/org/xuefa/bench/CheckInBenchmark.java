package org.xuefa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xuefa.ServiceTestBase;
import org.xuefa.TestClockConfig;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.XuefaUser;
import org.xuefa.study.AttendanceBroadcaster;
import org.xuefa.study.AttendanceCounts;
import org.xuefa.study.CheckInTokens;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.RosterRow;
import org.xuefa.study.SessionAttendance;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionRoster;
import org.xuefa.study.StudySessions;

/**
 * 500 check-ins to one session within 60 seconds, each by a distinct official signed in as themselves, through
 * {@link SessionAttendance#checkIn} (the same call the check-in page makes), with a projector listening on the
 * broadcaster. Some officials scan twice at the same moment. Reports latency percentiles and reconciles the count
 * with the database. Not a test (the name does not end in Test): run it on purpose, see docs/benchmarks.md.
 */
class CheckInBenchmark extends ServiceTestBase {
    private static final Path REPORT = Path.of("target", "bench", "checkin-benchmark.txt");
    private static final int CHECKINS = Integer.getInteger("bench.checkins", 500);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int THREADS = Integer.getInteger("bench.threads", 32);
    private static final int DOUBLES = Integer.getInteger("bench.doubles", 50);

    @Autowired
    StudySessions sessions;

    @Autowired
    SessionRoster rosters;
    @Autowired
    SessionAttendance attendance;
    @Autowired
    CheckInTokens tokens;
    @Autowired
    AttendanceBroadcaster broadcaster;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;

    @Test
    void five_hundred_check_ins_in_a_minute_are_each_recorded_once() throws Exception {
        loginAs("admin");
        String code = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        Long town = orgUnits.visibleTree().stream().filter(u -> "tangpeng".equals(u.code())).findFirst().orElseThrow()
                .id();
        Long unit = orgUnits.create(code, "签到压测单位", null, UnitKind.OFFICE, town, 999).id();
        long setupStart = System.nanoTime();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < CHECKINS; i++) {
            people.add(officials.create(code + "-" + i, new OfficialData("压测" + i, unit, null, OfficialCategory.STAFF,
                    EmploymentType.ESTABLISHED, LocalDate.of(2020, 1, 1), null)).id());
        }
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        var start = TestClockConfig.NOW.plus(Duration.ofMinutes(5));
        SessionRecord session = sessions.create(new SessionData(town, SessionKind.TRAINING, "签到压测 " + code, start,
                start.plus(Duration.ofHours(2)), null, null, null, null, List.of(), List.of(),
                Set.of(AudienceRule.unit(unit)), null), null).get(0);
        logout();

        AtomicInteger pushed = new AtomicInteger();
        int[] lastPushedAttended = {0};
        Runnable unregister = broadcaster.register(session.id(), u -> {
            pushed.incrementAndGet();
            synchronized (lastPushedAttended) {
                lastPushedAttended[0] = u.present() + u.late();
            }
        });

        // each official arrives at a random moment in the minute; some scan twice at once (two taps, two phones)
        Random random = new Random(500);
        List<long[]> plan = new ArrayList<>(); // {official index, offset ms}
        for (int i = 0; i < CHECKINS; i++) {
            long at = (long) (random.nextDouble() * SECONDS * 1000);
            plan.add(new long[] {i, at});
            if (i < DOUBLES) {
                plan.add(new long[] {i, at});
            }
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger fresh = new AtomicInteger();
        AtomicInteger repeats = new AtomicInteger();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(THREADS);
        CountDownLatch done = new CountDownLatch(plan.size());
        long t0 = System.nanoTime();
        for (long[] p : plan) {
            Long officialId = people.get((int) p[0]);
            pool.schedule(() -> {
                try {
                    XuefaUser user = new XuefaUser(null, code + "-" + p[0], "", "压测" + p[0], true, officialId, null,
                            Set.of(new RoleGrant(Role.CADRE, unit)));
                    var ctx = SecurityContextHolder.createEmptyContext();
                    ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                            user.getAuthorities()));
                    SecurityContextHolder.setContext(ctx);
                    String token = tokens.issue(session.id(), clock.instant());
                    long s = System.nanoTime();
                    var r = attendance.checkIn(token);
                    latencies.add(System.nanoTime() - s);
                    (r.alreadyCheckedIn() ? repeats : fresh).incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                } finally {
                    SecurityContextHolder.clearContext();
                    done.countDown();
                }
            }, p[1], TimeUnit.MILLISECONDS);
        }
        assertThat(done.await(SECONDS + 120L, TimeUnit.SECONDS)).as("all check-ins finished").isTrue();
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        unregister.run();

        loginAs("admin");
        AttendanceCounts counts = rosters.counts(session.id());
        List<RosterRow> roster = rosters.roster(session.id());
        long marked = roster.stream().filter(r -> r.status() != null).count();
        long distinct = roster.stream().filter(r -> r.status() != null).map(RosterRow::officialId).distinct().count();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Check-in benchmark (%s, %d cores, max heap %d MB)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.append(String.format(Locale.ROOT, "setup: %d officials created in %.1f s%n", CHECKINS, setupSeconds));
        out.append(String.format(Locale.ROOT, "calls: %d (%d officials, %d of them twice at the same moment), "
                + "%d threads, arrivals spread over %d s, wall %.1f s%n", plan.size(), CHECKINS, DOUBLES, THREADS,
                SECONDS, wall));
        out.append(String.format(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f  mean %.1f%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 95), pct(sorted, 99), pct(sorted, 100),
                sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6));
        out.append(String.format(Locale.ROOT, "results: %d checked in, %d told 'already checked in', %d failed%n",
                fresh.get(), repeats.get(), failures.size()));
        out.append(String.format(Locale.ROOT, "database: %d invited, %d attendance rows for %d distinct officials, "
                + "present %d, late %d%n", counts.invited(), marked, distinct, counts.present(), counts.late()));
        out.append(String.format(Locale.ROOT, "projector: %d pushed updates, last showed %d checked in%n",
                pushed.get(), lastPushedAttended[0]));
        out.append(String.format(Locale.ROOT, "process: %s%n", ManagementFactory.getRuntimeMXBean().getName()));
        failures.stream().limit(5).forEach(f -> out.append("failure: ").append(f).append('\n'));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, out.toString());
        System.out.println(out);

        assertThat(failures).isEmpty();
        assertThat(fresh.get()).isEqualTo(CHECKINS);
        assertThat(repeats.get()).isEqualTo(DOUBLES);
        assertThat(marked).isEqualTo(CHECKINS);
        assertThat(distinct).isEqualTo(CHECKINS);
        assertThat(counts.attended()).isEqualTo(CHECKINS);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
