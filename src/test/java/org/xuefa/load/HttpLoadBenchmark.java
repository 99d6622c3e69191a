package org.xuefa.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The HTTP load driver: simulated users drive a running Xuefa (one node, or the balancer in front of several) over
 * real HTTP with {@link VaadinClient}, as browsers do: form sign-in, bootstrap, UIDL requests with the CSRF token and
 * sync ids. Not a test (the name does not end in Test, {@code mvn verify} never runs it); docs/benchmarks.md has the
 * commands and the figures. It fails only when a simulated user met an error, so that a broken run never looks
 * like a fast one.
 * <p>
 * Scenarios ({@code -Dload.scenario}):
 * <ul>
 * <li>{@code exam}: {@code load.takers} cadres sign in (spread over {@code load.ramp} seconds), open the exam
 * {@code load.exam}, start it, answer {@code load.questions} questions with a think time drawn from
 * {@code load.think} ("10-30" seconds) before each, moving on with 下一题, and submit;</li>
 * <li>{@code checkin}: {@code load.takers} cadres, signed in beforehand, open the QR link of session
 * {@code load.session} at the same moment (or spread over {@code load.spread} seconds); the code is read off the
 * projector of {@code organizer};</li>
 * <li>{@code leaders}: {@code load.leaders} sessions of {@code leader} open the report screens {@code load.routes}
 * {@code load.rounds} times each.</li>
 * </ul>
 * The accounts {@code <load.tag>-1 …} and the exam and session come from
 * {@code java -jar target/xuefa.jar load-fixture --takers 500} on a demo database.
 */
class HttpLoadBenchmark {
    private static final Path REPORT_DIR = Path.of("target", "bench");
    private static final String SCENARIO = System.getProperty("load.scenario", "exam");
    private static final URI URL = URI.create(System.getProperty("load.url", "http://localhost:8080/"));
    private static final String TAG = System.getProperty("load.tag", "load");
    private static final String PASSWORD = System.getProperty("load.password", "demo12345");
    private static final int TAKERS = Integer.getInteger("load.takers", 500);
    /** The first account number: runs against the same exam can use takers of their own. */
    private static final int FIRST = Integer.getInteger("load.first", 1);
    private static final int QUESTIONS = Integer.getInteger("load.questions", 10);
    private static final int RAMP_SECONDS = Integer.getInteger("load.ramp", 60);
    private static final String THINK = System.getProperty("load.think", "10-30");
    private static final String NOTE = System.getProperty("load.note", "");

    private static final Pattern SAVED_AT = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}");

    private final Map<String, Queue<Long>> timings = new ConcurrentHashMap<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> nodesSeen = new ConcurrentHashMap<>();
    /** From this instant (nanoTime) on, every taker has started: timings are also kept as "(steady)". */
    private volatile long steadyFrom = Long.MAX_VALUE;

    @Test
    void run() throws Exception {
        Cpu cpu = Cpu.start();
        long started = System.nanoTime();
        String what = switch (SCENARIO) {
            case "exam" -> exam();
            case "checkin" -> checkIn();
            case "leaders" -> leaders();
            default -> throw new IllegalArgumentException("load.scenario must be exam, checkin or leaders");
        };
        double seconds = (System.nanoTime() - started) / 1e9;
        String report = report(what, seconds, cpu.stop());
        System.out.println(report);
        Files.createDirectories(REPORT_DIR);
        Files.writeString(REPORT_DIR.resolve("http-load-" + SCENARIO + ".txt"), report);
        assertThat(errors).as("errors met by the simulated users (must be none)").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- scenarios

    private String exam() throws Exception {
        long exam = Long.getLong("load.exam", -1L);
        assertThat(exam).as("-Dload.exam=<id> (printed by load-fixture)").isPositive();
        long[] think = range(THINK);
        HttpClient http = VaadinClient.sharedHttp();
        AtomicInteger submitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(TAKERS);
        CountDownLatch done = new CountDownLatch(TAKERS);
        long t0 = System.nanoTime();
        steadyFrom = t0 + TimeUnit.SECONDS.toNanos(RAMP_SECONDS + 15);
        for (int i = 1; i <= TAKERS; i++) {
            int taker = i;
            long startAt = t0 + (long) ((taker - 1) * (RAMP_SECONDS * 1e9 / TAKERS));
            pool.execute(() -> {
                Random random = new Random(taker);
                VaadinClient tab = new VaadinClient(http, URL);
                try {
                    sleepUntil(startAt);
                    timed("sign-in", () -> tab.signIn(TAG + "-" + (FIRST - 1 + taker), PASSWORD));
                    seen(tab);
                    timed("open exam", () -> tab.open("exams/" + exam));
                    timed("start", () -> {
                        tab.click("exam-start");
                        if (tab.has("start-confirm")) {
                            tab.confirm("start-confirm");
                        }
                    });
                    for (int q = 0; q < QUESTIONS; q++) {
                        tab.pause(think[0] + (long) (random.nextDouble() * (think[1] - think[0])));
                        JsonNode answer = answer(tab, random);
                        timed("answer-save", () -> tab.setValue("exam-choices", answer));
                        requireSaved(tab);
                        if (q < QUESTIONS - 1) {
                            timed("next question", () -> tab.click("exam-next"));
                        }
                    }
                    timed("submit", () -> {
                        tab.click("exam-submit");
                        tab.confirm("submit-dialog");
                    });
                    if (tab.has("exam-choices")) {
                        throw new VaadinClient.Failure("still on the paper after submitting");
                    }
                    submitted.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    errors.add(TAG + "-" + (FIRST - 1 + taker) + ": " + e.getMessage());
                } finally {
                    requests.addAndGet(tab.requests());
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        return String.format(Locale.ROOT, "exam %d: %d takers, %d questions each, think %d–%d ms, ramp %d s; "
                + "%d submitted", exam, TAKERS, QUESTIONS, think[0], think[1], RAMP_SECONDS, submitted.get());
    }

    /** The page confirms the answer with the server's time of saving ("已保存 10:31:07"), never "未保存". */
    static void requireSaved(VaadinClient tab) {
        String saved = tab.text("save-status");
        if (!SAVED_AT.matcher(saved).find() || tab.require("save-status").hasClass("xf-gap")) {
            throw new VaadinClient.Failure("answer not confirmed: \"" + saved + "\"");
        }
    }

    /** A random answer to the question on screen: one key of a radio group, one or two of a checkbox group. */
    static JsonNode answer(VaadinClient tab, Random random) {
        VaadinClient.Node field = tab.require("exam-choices");
        List<String> keys = new ArrayList<>(tab.itemKeys("exam-choices"));
        if (keys.isEmpty()) {
            throw new VaadinClient.Failure("a question without choices on the page");
        }
        if ("vaadin-checkbox-group".equals(field.tag())) {
            Collections.shuffle(keys, random);
            return VaadinClient.keys(keys.subList(0, Math.min(keys.size(), 1 + random.nextInt(2))));
        }
        return VaadinClient.key(keys.get(random.nextInt(keys.size())));
    }

    private String checkIn() throws Exception {
        long session = Long.getLong("load.session", -1L);
        assertThat(session).as("-Dload.session=<id> (printed by load-fixture)").isPositive();
        HttpClient http = VaadinClient.sharedHttp();
        String projectorRoute = "sessions/" + session + "/projector";
        VaadinClient projector = new VaadinClient(http, URL);
        projector.signIn("organizer", PASSWORD);
        projector.open(projectorRoute);
        AtomicReference<String> code = new AtomicReference<>(projector.text("projector-code").replaceAll("\\s", ""));
        String countBefore = projector.text("projector-count");
        // the code rotates every 15 s: the projector is re-read every 5 s, as a phone scans whatever it shows
        var refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleAtFixedRate(() -> {
            try {
                synchronized (projector) {
                    projector.navigate(projectorRoute);
                    code.set(projector.text("projector-code").replaceAll("\\s", ""));
                }
            } catch (RuntimeException e) {
                errors.add("projector: " + e.getMessage());
            }
        }, 5, 5, TimeUnit.SECONDS);

        // everyone signs in first (16 at a time): in the hall, the phones are already signed in
        List<VaadinClient> phones = Collections.synchronizedList(new ArrayList<>());
        ExecutorService signIns = Executors.newFixedThreadPool(16);
        for (int i = 1; i <= TAKERS; i++) {
            int taker = i;
            signIns.execute(() -> {
                VaadinClient phone = new VaadinClient(http, URL);
                try {
                    timed("sign-in", () -> phone.signIn(TAG + "-" + (FIRST - 1 + taker), PASSWORD));
                    seen(phone);
                    phones.add(phone);
                } catch (RuntimeException e) {
                    errors.add(TAG + "-" + (FIRST - 1 + taker) + " sign-in: " + e.getMessage());
                }
            });
        }
        signIns.shutdown();
        signIns.awaitTermination(30, TimeUnit.MINUTES);

        // then the QR code goes up and every phone opens its link: at the same moment, or spread at random over
        // load.spread seconds
        long spreadMillis = Long.getLong("load.spread", 0L) * 1000;
        ExecutorService burst = Executors.newFixedThreadPool(phones.size());
        CountDownLatch ready = new CountDownLatch(phones.size());
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(phones.size());
        AtomicInteger checkedIn = new AtomicInteger();
        long burstStart = System.nanoTime();
        for (VaadinClient phone : phones) {
            burst.execute(() -> {
                try {
                    ready.countDown();
                    go.await();
                    if (spreadMillis > 0) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(spreadMillis));
                    }
                    timed("check-in by link", () -> phone.open("checkin/" + code.get()));
                    if (!phone.has("checkin-headline")) {
                        throw new VaadinClient.Failure("no check-in: " + (phone.has("checkin-refused")
                                ? phone.text("checkin-refused") : "no outcome shown"));
                    }
                    checkedIn.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    errors.add("check-in: " + e.getMessage());
                } finally {
                    requests.addAndGet(phone.requests());
                    done.countDown();
                }
            });
        }
        ready.await();
        burstStart = System.nanoTime();
        go.countDown();
        done.await();
        double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
        burst.shutdown();
        refresher.shutdown();
        refresher.awaitTermination(30, TimeUnit.SECONDS);
        // the projector's count follows the check-ins one event at a time: how long until it shows them all
        int expected = firstNumber(countBefore) + checkedIn.get();
        String countAfter = "";
        long settleStart = System.nanoTime();
        for (int i = 0; i < 120; i++) {
            projector.navigate(projectorRoute);
            countAfter = projector.text("projector-count");
            if (firstNumber(countAfter) >= expected) {
                break;
            }
            Thread.sleep(500);
        }
        double settled = (System.nanoTime() - settleStart) / 1e9;
        requests.addAndGet(projector.requests());
        if (firstNumber(countAfter) < expected) {
            errors.add("the projector shows \"" + countAfter + "\" 60 s after the burst, not " + expected);
        }
        return String.format(Locale.ROOT, "check-in burst to session %d: %d phones opening the link %s, %d checked in,"
                + " the burst took %.1f s; projector count before \"%s\", \"%s\" %.1f s after the burst", session,
                phones.size(), spreadMillis == 0 ? "at the same moment" : "spread over " + spreadMillis / 1000 + " s",
                checkedIn.get(), burstSeconds, countBefore, countAfter, settled);
    }

    private static int firstNumber(String text) {
        var m = Pattern.compile("\\d+").matcher(text);
        return m.find() ? Integer.parseInt(m.group()) : -1;
    }

    private String leaders() throws Exception {
        int leaders = Integer.getInteger("load.leaders", 20);
        int rounds = Integer.getInteger("load.rounds", 5);
        List<String> routes = Arrays.asList(System.getProperty("load.routes",
                "overview,staffing,credentials,attendance").split(","));
        HttpClient http = VaadinClient.sharedHttp();
        ExecutorService pool = Executors.newFixedThreadPool(leaders);
        CountDownLatch done = new CountDownLatch(leaders);
        for (int i = 0; i < leaders; i++) {
            int leader = i;
            pool.execute(() -> {
                VaadinClient tab = new VaadinClient(http, URL);
                try {
                    timed("sign-in", () -> tab.signIn(System.getProperty("load.leader", "leader"), PASSWORD));
                    seen(tab);
                    tab.open("");
                    Random random = new Random(leader);
                    for (int r = 0; r < rounds; r++) {
                        for (String route : routes) {
                            tab.pause(500 + random.nextInt(1500));
                            timed("open /" + route, () -> tab.navigate(route));
                            if (tab.has("error-page")) {
                                throw new VaadinClient.Failure("/" + route + " shows an error page: "
                                        + tab.text("error-page"));
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    errors.add("leader " + leader + ": " + e.getMessage());
                } finally {
                    requests.addAndGet(tab.requests());
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        return String.format(Locale.ROOT, "leaders: %d sessions of %s, %d rounds of %s", leaders,
                System.getProperty("load.leader", "leader"), rounds, routes);
    }

    // ------------------------------------------------------------------------------------------ measurement

    private interface Action {
        void run() throws Exception;
    }

    private void timed(String name, Action action) {
        long t = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new VaadinClient.Failure(name + ": " + e, e);
        }
        long micros = (System.nanoTime() - t) / 1000;
        timings.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(micros);
        if (t > steadyFrom) {
            timings.computeIfAbsent(name + " (steady)", k -> new ConcurrentLinkedQueue<>()).add(micros);
        }
    }

    /** Counts users per node route (the suffix of the session cookie that the balancer is sticky by). */
    private void seen(VaadinClient tab) {
        String cookie = tab.sessionCookie();
        int dot = cookie.lastIndexOf('.');
        nodesSeen.computeIfAbsent(dot < 0 ? "(no route)" : cookie.substring(dot + 1), k -> new AtomicInteger())
                .incrementAndGet();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static long[] range(String spec) {
        String[] parts = spec.split("-");
        long min = (long) (Double.parseDouble(parts[0]) * 1000);
        long max = parts.length > 1 ? (long) (Double.parseDouble(parts[1]) * 1000) : min;
        return new long[] {min, max};
    }

    private String report(String what, double seconds, Cpu.Usage cpu) {
        StringBuilder r = new StringBuilder();
        r.append("HTTP load: ").append(SCENARIO).append(" against ").append(URL).append('\n');
        if (!NOTE.isBlank()) {
            r.append("setup             ").append(NOTE).append('\n');
        }
        r.append(String.format(Locale.ROOT, "run at            %s, %d CPUs%n", Instant.now(),
                Runtime.getRuntime().availableProcessors()));
        r.append("run               ").append(what).append('\n');
        r.append(String.format(Locale.ROOT, "duration          %.1f s, %d HTTP requests (%.1f/s)%n", seconds,
                requests.get(), requests.get() / seconds));
        r.append("users per node    ").append(nodesSeen.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        r.append(String.format(Locale.ROOT, "%-29s %7s %9s %9s %9s %9s %8s%n", "action", "count", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "per s"));
        timings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            r.append(String.format(Locale.ROOT, "%-29s %7d %9.1f %9.1f %9.1f %9.1f %8.2f%n", e.getKey(),
                    sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.get(sorted.size() - 1) / 1000.0, sorted.size() / seconds));
        });
        if (steadyFrom != Long.MAX_VALUE) {
            r.append("(steady): the same action, timed from 15 s after the last taker's start on\n");
        }
        r.append(String.format(Locale.ROOT, "errors            %d%n", errors.size()));
        errors.stream().limit(10).forEach(e -> r.append("  ").append(e).append('\n'));
        r.append(cpu.describe());
        return r.toString();
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }

    /**
     * CPU over the run from /proc: the machine's busy share, and per process group: the Xuefa nodes (the pids of
     * {@code load.pids}), PostgreSQL (processes named postgres), nginx and this driver.
     */
    static final class Cpu {
        record Usage(double machineBusy, Map<String, Double> cores, double seconds) {
            String describe() {
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                        "cpu               machine %.0f%% busy of %d cores over %.0f s; cores used:",
                        machineBusy * 100, Runtime.getRuntime().availableProcessors(), seconds));
                cores.forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s %.2f,", k, v)));
                s.setLength(s.length() - 1);
                return s.append('\n').toString();
            }
        }

        private final long[] machine;
        private final Map<String, Long> ticks;
        private final long nanos;

        private Cpu(long[] machine, Map<String, Long> ticks, long nanos) {
            this.machine = machine;
            this.ticks = ticks;
            this.nanos = nanos;
        }

        static Cpu start() {
            return new Cpu(machine(), groups(), System.nanoTime());
        }

        Usage stop() {
            long[] m = machine();
            double busy = (m[0] - machine[0]) / (double) Math.max(1, m[1] - machine[1]);
            double seconds = (System.nanoTime() - nanos) / 1e9;
            Map<String, Long> now = groups();
            Map<String, Double> cores = new TreeMap<>();
            now.forEach((k, v) -> cores.put(k, (v - ticks.getOrDefault(k, 0L)) / 100.0 / seconds));
            return new Usage(busy, cores, seconds);
        }

        /** {busy ticks, all ticks} of the machine. */
        private static long[] machine() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long all = 0;
                for (int i = 1; i < f.length; i++) {
                    all += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {all - idle, all};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 1};
            }
        }

        private static Map<String, Long> groups() {
            Map<String, Long> g = new TreeMap<>();
            String pids = System.getProperty("load.pids", "");
            for (String pid : pids.split(",")) {
                if (!pid.isBlank()) {
                    g.merge("xuefa nodes", ticks(pid.trim()), Long::sum);
                }
            }
            g.put("driver", ticks(String.valueOf(ProcessHandle.current().pid())));
            try (var procs = Files.list(Path.of("/proc"))) {
                procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                    String comm = read(p.resolve("comm"));
                    if (comm.startsWith("postgres")) {
                        g.merge("postgresql", ticks(p.getFileName().toString()), Long::sum);
                    } else if (comm.startsWith("nginx")) {
                        g.merge("nginx", ticks(p.getFileName().toString()), Long::sum);
                    }
                });
            } catch (IOException e) {
                // no /proc: machine figures only
            }
            return g;
        }

        private static long ticks(String pid) {
            String stat = read(Path.of("/proc", pid, "stat"));
            int close = stat.lastIndexOf(')');
            if (close < 0) {
                return 0;
            }
            String[] f = stat.substring(close + 2).split(" ");
            // after the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }

        private static String read(Path p) {
            try {
                return Files.readString(p).trim();
            } catch (IOException e) {
                return "";
            }
        }
    }
}
