package org.xuefa.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ObjectName;
import javax.sql.DataSource;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.course.QuestionType;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.UnitKind;
import org.xuefa.quiz.AttemptStatus;
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
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.SystemTask;
import org.xuefa.security.XuefaUser;

/**
 * Benchmarks of the exam screens, to be rerun by hand (the name does not end in Test, so {@code mvn verify} never
 * runs it). See docs/benchmarks.md for what is measured, how, and the figures on the reference machine.
 *
 * <pre>
 * mvn -B test -Dtest=ExamBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.takers=200 -Dbench.sessions=100
 * cat target/bench/exam-benchmark.txt
 * </pre>
 *
 * Properties: {@code bench.takers} (200) concurrent takers, {@code bench.warmup} (20) takers run first and not
 * counted, {@code bench.thinkMs} (0) mean think time before each answer and each click (uniform 0..2×mean),
 * {@code bench.sessions} (100) sessions held for the memory figure, {@code bench.paper} ("40,20,20": single,
 * multiple, true-false questions), {@code bench.answers} (all) questions each taker answers before submitting.
 *
 * <p>Every taker is one thread with its own Vaadin session and UI on one shared, Spring-backed Vaadin service
 * (Karibu-Testing keeps the current session, UI and request in thread-locals). After every user action the
 * benchmark also encodes the UIDL response with Vaadin's own {@link UidlWriter}, as the server would before
 * answering the browser, so that server-side work (and the pending-change bookkeeping it clears) is included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamBenchmark extends ServiceTestBase {
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.xuefa");
    private static final Path REPORT = Path.of("target", "bench", "exam-benchmark.txt");
    private static final Function0<UI> UI_FACTORY = UI::new;

    private final int takers = Integer.getInteger("bench.takers", 200);
    private final int warmup = Integer.getInteger("bench.warmup", 20);
    private final long thinkMs = Long.getLong("bench.thinkMs", 0L);
    private final int sessions = Integer.getInteger("bench.sessions", 100);
    /** How many questions each taker answers before submitting (default: all of them). */
    private final int answers = Integer.getInteger("bench.answers", Integer.MAX_VALUE);
    private final int[] paper = Arrays.stream(System.getProperty("bench.paper", "40,20,20").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ExamTaking taking;
    @Autowired
    Exams exams;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    Officials officials;
    @Autowired
    DataSource dataSource;

    /**
     * Vaadin's development-mode component tracker records a stack trace for every component created (for the dev
     * tools' "show me where this was created"); production mode turns it off. The tests run Vaadin in development
     * mode, so unless {@code -Dbench.devMode=true} the benchmark turns the tracker off to measure what production
     * does. Vaadin reads it once, when the first component is created.
     */
    private static final boolean DEV_MODE = Boolean.getBoolean("bench.devMode");

    static {
        if (!DEV_MODE) {
            System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
        }
    }

    /** One Vaadin servlet and service for all takers, as in the real server; initialised once. */
    private static MockSpringServlet servlet;
    private static final Object VAADIN_LOCK = new Object();

    @BeforeAll
    static void freshReport() throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "");
    }

    // ------------------------------------------------------------------------------------------------ (a) load

    @Test
    @Order(2)
    void concurrent_takers_answer_navigate_and_submit() throws Exception {
        Fixture f = fixture("t", warmup + takers);
        List<Long> warmers = f.officialIds.subList(0, warmup);
        List<Long> measured = f.officialIds.subList(warmup, warmup + takers);

        Run warm = warmup > 0 ? run(f.examId, warmers, false) : null; // the warm-up does not think
        Run run = run(f.examId, measured, true);

        // every measured taker really answered every question and submitted, as the database says
        int verified = 0;
        List<String> problems = new ArrayList<>(run.errors);
        for (Map.Entry<Long, Long> e : run.attempts.entrySet()) {
            Long official = e.getKey();
            Long attempt = e.getValue();
            String problem = SystemTask.runAsOfficial(official, () -> {
                TakerPaper p = taking.paper(attempt);
                AttemptStatus status = taking.attempt(attempt).status();
                if (p.answeredCount() != Math.min(answers, p.items().size()) || status != AttemptStatus.SUBMITTED) {
                    return "attempt " + attempt + ": " + p.answeredCount() + "/" + p.items().size() + " answered, "
                            + status;
                }
                return null;
            });
            if (problem == null) {
                verified++;
            } else {
                problems.add(problem);
            }
        }

        StringBuilder r = new StringBuilder();
        r.append("=== Exam load benchmark (a): concurrent takers through the real exam screens ===\n");
        r.append(environment());
        r.append(String.format(Locale.ROOT,
                "takers            %d concurrent (one thread, Vaadin session and UI each), %d warm-up takers before%n",
                takers, warmup));
        r.append(String.format(Locale.ROOT, "paper             %d questions (%d single, %d multiple, %d true-false)%n",
                f.questions, paper[0], paper[1], paper[2]));
        if (answers < f.questions) {
            r.append(String.format(Locale.ROOT, "answers           each taker answers the first %d questions, then submits%n",
                    answers));
        }
        r.append(String.format(Locale.ROOT, "think time        %s%n",
                thinkMs == 0 ? "none (closed loop, every taker acts again as soon as the server answers)"
                        : "uniform 0.." + (2 * thinkMs) + " ms (mean " + thinkMs + " ms) before each answer and click"));
        r.append(String.format(Locale.ROOT, "response encoding %s%n", run.encoding));
        if (warm != null) {
            r.append(String.format(Locale.ROOT, "warm-up           %d takers, %d saves in %.1f s%n", warmup,
                    warm.saves.size(), warm.wallNanos / 1e9));
        }
        r.append(String.format(Locale.ROOT, "wall time         %.2f s (from all takers released to the last result page)%n",
                run.wallNanos / 1e9));
        r.append(String.format(Locale.ROOT, "answer saves      %d, throughput %.1f saves/s over the wall time%n",
                run.saves.size(), run.saves.size() / (run.wallNanos / 1e9)));
        r.append(String.format(Locale.ROOT, "all UI actions    %d, throughput %.1f actions/s%n",
                run.saves.size() + run.navigations.size() + run.starts.size() + run.submits.size(),
                (run.saves.size() + run.navigations.size() + run.starts.size() + run.submits.size())
                        / (run.wallNanos / 1e9)));
        r.append(String.format(Locale.ROOT, "UIDL per save     %.0f bytes on average%n",
                run.saveBytes.get() / (double) Math.max(1, run.saves.size())));
        r.append("latency (ms)            count      p50      p90      p95      p99      max     mean\n");
        r.append(row("answer save", run.saves));
        r.append(row("next question", run.navigations));
        r.append(row("open + start", run.starts));
        r.append(row("submit + result", run.submits));
        r.append(String.format(Locale.ROOT, "verified          %d/%d attempts submitted with every question meant to be answered saved%n",
                verified, takers));
        r.append(String.format(Locale.ROOT, "errors            %d%s%n", problems.size(),
                problems.isEmpty() ? "" : " (first: " + problems.get(0) + ")"));
        double p95 = percentile(run.saves, 95) / 1e6;
        r.append(String.format(Locale.ROOT, "target            answer-save p95 < 300 ms at 200 takers: %s (p95 = %.1f ms, %d takers)%n",
                p95 < 300 ? "MET" : "NOT MET", p95, takers));
        report(r.toString());

        assertThat(problems).as("every taker completes without error").isEmpty();
        assertThat(verified).isEqualTo(takers);
    }

    /** Per-taker results, collected from all threads. */
    private static final class Run {
        final List<Long> saves = Collections.synchronizedList(new ArrayList<>());
        final List<Long> navigations = Collections.synchronizedList(new ArrayList<>());
        final List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        final List<Long> submits = Collections.synchronizedList(new ArrayList<>());
        final Map<Long, Long> attempts = Collections.synchronizedMap(new HashMap<>());
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong saveBytes = new AtomicLong();
        volatile String encoding = "Vaadin UidlWriter.createUidl(ui) serialized to a JSON string after every action";
        long wallNanos;
        boolean thinking;
    }

    private Run run(Long examId, List<Long> officialIds, boolean thinking) throws InterruptedException {
        Run run = new Run();
        run.thinking = thinking;
        CountDownLatch ready = new CountDownLatch(officialIds.size());
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(officialIds.size());
        AtomicInteger seq = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (Long official : officialIds) {
            Thread t = new Thread(() -> {
                Random random = new Random(seq.incrementAndGet() * 7919L);
                boolean opened = false;
                try {
                    openSession(official);
                    opened = true;
                    ready.countDown();
                    go.await();
                    takeExam(run, examId, official, run.thinking ? random : null);
                } catch (Throwable e) {
                    run.errors.add("official " + official + ": " + e);
                    if (!opened) {
                        ready.countDown();
                    }
                } finally {
                    try {
                        closeSession();
                    } catch (Throwable e) {
                        run.errors.add("closing the session of official " + official + ": " + e);
                    }
                    done.countDown();
                }
            }, "taker-" + official);
            threads.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        done.await(30, TimeUnit.MINUTES);
        run.wallNanos = System.nanoTime() - start;
        for (Thread t : threads) {
            t.join(10_000);
        }
        return run;
    }

    /** One taker: exam list, start page, start, every question answered with a click on next between, submit. */
    private void takeExam(Run run, Long examId, Long official, Random thinker) {
        Random random = thinker != null ? thinker : new Random(official);
        UI ui = UI.getCurrent();
        UidlWriter writer = new UidlWriter();
        long t0 = System.nanoTime();
        ui.navigate("exams");
        respond(run, ui, writer);
        _click(_get(Button.class, s -> s.withId("exam-open-" + examId)));
        respond(run, ui, writer);
        _click(_get(Button.class, s -> s.withId("exam-start")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("start-confirm")));
        respond(run, ui, writer);
        run.starts.add(System.nanoTime() - t0);
        String path = ui.getActiveViewLocation().getPath();
        if (!path.startsWith("attempts/")) {
            throw new IllegalStateException("start led to " + path);
        }
        Long attemptId = Long.valueOf(path.substring("attempts/".length()));
        run.attempts.put(official, attemptId);
        String notSaved = ui.getTranslation("attempt.notSaved");
        Span status = _get(Span.class, s -> s.withId("save-status"));
        int questions = Math.min(answers, Arrays.stream(paper).sum());
        for (int q = 0; q < questions; q++) {
            Component choices = _get(Component.class, s -> s.withId("exam-choices"));
            think(thinker);
            long t = System.nanoTime();
            if (choices instanceof RadioButtonGroup<?> radio) {
                setRadio(radio, random);
            } else if (choices instanceof CheckboxGroup<?> box) {
                setBoxes(box, random);
            } else {
                throw new IllegalStateException("unexpected choices " + choices);
            }
            long bytes = respond(run, ui, writer);
            run.saves.add(System.nanoTime() - t);
            run.saveBytes.addAndGet(bytes);
            if (status.getText().equals(notSaved) || status.getText().isEmpty()) {
                throw new IllegalStateException("answer " + (q + 1) + " not saved: " + status.getText());
            }
            if (q < questions - 1) {
                Button next = _get(Button.class, s -> s.withId("exam-next"));
                think(thinker);
                t = System.nanoTime();
                _click(next);
                respond(run, ui, writer);
                run.navigations.add(System.nanoTime() - t);
            }
        }
        think(thinker);
        long t = System.nanoTime();
        _click(_get(Button.class, s -> s.withId("exam-submit")));
        respond(run, ui, writer);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        respond(run, ui, writer);
        run.submits.add(System.nanoTime() - t);
        String result = ui.getActiveViewLocation().getPath();
        if (!result.endsWith("/result")) {
            throw new IllegalStateException("submit led to " + result);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void setRadio(RadioButtonGroup<T> radio, Random random) {
        List<T> items = radio.getListDataView().getItems().toList();
        LocatorJ._setValue(radio, items.get(random.nextInt(items.size())));
    }

    private static <T> void setBoxes(CheckboxGroup<T> box, Random random) {
        List<T> items = box.getListDataView().getItems().toList();
        Set<T> chosen = new HashSet<>();
        chosen.add(items.get(random.nextInt(items.size())));
        for (T item : items) {
            if (random.nextBoolean()) {
                chosen.add(item);
            }
        }
        LocatorJ._setValue(box, chosen);
    }

    private void think(Random random) {
        if (thinkMs > 0 && random != null) {
            try {
                Thread.sleep((long) (random.nextDouble() * 2 * thinkMs));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * What the server does before answering the browser: runs the before-response tasks, collects and encodes the
     * changes and JavaScript calls of this round trip (which also clears them), and serializes the JSON.
     */
    private static long respond(Run run, UI ui, UidlWriter writer) {
        MockVaadin.clientRoundtrip();
        try {
            return writer.createUidl(ui, false).toString().length();
        } catch (RuntimeException e) {
            if (run != null) {
                run.encoding = "state-tree changes collected (UidlWriter failed: " + e + ")";
            }
            ui.getInternals().getStateTree().collectChanges(change -> {
            });
            ui.getInternals().dumpPendingJavaScriptInvocations();
            return 0;
        }
    }

    // ---------------------------------------------------------------------------------------------- (b) memory

    @Test
    @Order(1)
    void memory_per_taker_session() throws Exception {
        int warm = 10;
        Fixture f = fixture("m", warm + sessions);
        // the attempts (database rows) exist before the baseline: only the sessions are measured
        Map<Long, Long> attempts = new HashMap<>();
        for (Long official : f.officialIds) {
            attempts.put(official, SystemTask.runAsOfficial(official, () -> {
                Long attempt = taking.start(f.examId);
                // a taker a quarter of the way through: some answers on the paper the view holds
                for (TakerPaper.Item item : taking.paper(attempt).items().stream().limit(f.questions / 4).toList()) {
                    taking.answer(attempt, item.position(), Set.of(item.choices().get(0).token()));
                }
                return attempt;
            }));
        }
        // warm-up: class loading, caches and JIT for the view, then released
        List<Object> warmHeld = openViews(f.officialIds.subList(0, warm), attempts);
        warmHeld.clear();
        forgetThreadSession();

        Histogram h0 = histogram();
        long before = usedAfterFullGc();
        List<Object> held = openViews(f.officialIds.subList(warm, warm + sessions), attempts);
        long after = usedAfterFullGc();
        Histogram h1 = histogram();
        int live = (int) held.stream().filter(o -> o instanceof UI).count();
        held.clear();
        forgetThreadSession();
        long released = usedAfterFullGc();

        double perSessionKb = (after - before) / (double) sessions / 1024;
        double perSessionHistKb = (h1.total - h0.total) / (double) sessions / 1024;
        StringBuilder r = new StringBuilder();
        r.append("=== Exam session memory (b): live heap per exam-taker session ===\n");
        r.append(environment());
        r.append(String.format(Locale.ROOT, "sessions          %d held (%d warm-up sessions opened and released first)%n",
                live, warm));
        r.append(String.format(Locale.ROOT,
                "each holds        VaadinSession + UI + MainLayout + AttemptView of a started attempt (%d questions, %d answered)%n",
                f.questions, f.questions / 4));
        r.append(String.format(Locale.ROOT, "heap used         before %.1f MB, with sessions %.1f MB, after releasing them %.1f MB (MemoryMXBean after System.gc() x4)%n",
                before / 1048576.0, after / 1048576.0, released / 1048576.0));
        r.append(String.format(Locale.ROOT, "per session       %.1f KB (heap used delta / %d)%n", perSessionKb, sessions));
        r.append(String.format(Locale.ROOT, "per session       %.1f KB (live bytes of the class histogram, delta / %d)%n",
                perSessionHistKb, sessions));
        r.append("largest contributors (class histogram delta, bytes per session):\n");
        h1.minus(h0).entrySet().stream().sorted(Map.Entry.<String, long[]>comparingByValue(
                (a, b) -> Long.compare(b[1], a[1]))).limit(15).forEach(e -> r.append(String.format(Locale.ROOT,
                        "  %9.0f B  %8.1f objects  %s%n", e.getValue()[1] / (double) sessions,
                        e.getValue()[0] / (double) sessions, e.getKey())));
        r.append(String.format(Locale.ROOT, "target            under 250 KB per session: %s (%.1f KB)%n",
                perSessionKb < 250 ? "MET" : "NOT MET", perSessionKb));
        report(r.toString());
        assertThat(live).isEqualTo(sessions);
    }

    /** Opens one session per official on this thread, each showing its attempt; returns strong references. */
    private List<Object> openViews(List<Long> officialIds, Map<Long, Long> attempts) {
        List<Object> held = new ArrayList<>();
        for (Long official : officialIds) {
            openSession(official);
            UI ui = UI.getCurrent();
            ui.navigate("attempts/" + attempts.get(official));
            if (!ui.getActiveViewLocation().getPath().startsWith("attempts/")) {
                throw new IllegalStateException("not on the attempt: " + ui.getActiveViewLocation().getPath());
            }
            respond(null, ui, new UidlWriter());
            held.add(VaadinSession.getCurrent());
            held.add(ui);
            SecurityContextHolder.clearContext();
        }
        return held;
    }

    private static long usedAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Live objects by class, from the JVM's own class histogram (which runs a full GC first). */
    private record Histogram(long total, Map<String, long[]> byClass) {
        Map<String, long[]> minus(Histogram base) {
            Map<String, long[]> out = new HashMap<>();
            byClass.forEach((k, v) -> {
                long[] b = base.byClass.getOrDefault(k, new long[2]);
                out.put(k, new long[] {v[0] - b[0], v[1] - b[1]});
            });
            return out;
        }
    }

    private static Histogram histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new HashMap<>();
        long total = 0;
        for (String line : text.split("\n")) {
            String[] p = line.trim().split("\\s+");
            if (p.length >= 4 && p[0].endsWith(":")) {
                byClass.merge(p[3], new long[] {Long.parseLong(p[1]), Long.parseLong(p[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } else if (p.length == 3 && p[0].equals("Total")) {
                total = Long.parseLong(p[2]);
            }
        }
        return new Histogram(total, byClass);
    }

    // ------------------------------------------------------------------------------------------ Vaadin per thread

    /** A new Vaadin session and UI on the shared service for this thread, signed in as the official. */
    private void openSession(Long officialId) {
        synchronized (VAADIN_LOCK) {
            if (servlet == null) {
                servlet = new MockSpringServlet(ROUTES, ctx, UI_FACTORY);
            }
            MockVaadin.setup(UI_FACTORY, servlet); // initialises the servlet only the first time
        }
        VaadinSession.getCurrent().setLocale(Messages.CHINESE);
        UI.getCurrent().setLocale(Messages.CHINESE);
        XuefaUser user = new XuefaUser(null, "official-" + officialId, "", "official", true, officialId, null,
                Set.of(new RoleGrant(Role.CADRE, 0L)));
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> "CADRE".equals(role));
    }

    /**
     * Closes this thread's UI and session as Karibu's tearDown does, but without destroying the shared service
     * (tearDown would fire the service's destroy listeners for every taker).
     */
    private static void closeSession() {
        try {
            if (VaadinSession.getCurrent() != null) {
                Method clear = MockVaadin.class.getDeclaredMethod("clearVaadinInstances", boolean.class);
                clear.setAccessible(true);
                clear.invoke(MockVaadin.INSTANCE, false);
            }
        } catch (ReflectiveOperationException e) {
            CurrentInstance.clearAll();
        } finally {
            VaadinService.setCurrent(null);
            SecurityContextHolder.clearContext();
        }
    }

    /** Drops this thread's references to the last session opened, without closing it (for the memory figure). */
    private static void forgetThreadSession() {
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
        CurrentInstance.clearAll();
        for (String field : List.of("strongRefSession", "strongRefUI", "strongRefReq", "strongRefRes",
                "lastUILocation")) {
            try {
                var f = MockVaadin.class.getDeclaredField(field);
                f.setAccessible(true);
                ((ThreadLocal<?>) f.get(null)).remove();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- setup

    private record Fixture(Long examId, List<Long> officialIds, int questions) {
    }

    /** A unit of its own with n new officials, and a published exam open now whose audience is that unit. */
    private Fixture fixture(String tag, int n) {
        loginAs("admin");
        try {
            String suffix = tag + UUID.randomUUID().toString().substring(0, 6);
            OrgUnitRecord unit = orgUnits.create("bench-" + suffix, "压测单位 " + suffix, "Benchmark " + suffix,
                    UnitKind.OFFICE, null, 900);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(officials.create("B-" + suffix + "-" + i, new OfficialData("压测考生" + i, unit.id(), "科员",
                        OfficialCategory.STAFF, EmploymentType.ESTABLISHED, LocalDate.of(2020, 1, 1), null)).id());
            }
            Instant now = clock.instant();
            List<Section> sections = List.of(Section.of(QuestionType.SINGLE, paper[0], 1),
                    Section.of(QuestionType.MULTIPLE, paper[1], 2), Section.of(QuestionType.TRUEFALSE, paper[2], 1));
            ExamRecord exam = exams.create(new ExamSettings("压测考试 " + suffix, ExamKind.ANNUAL, unit.id(), null,
                    Set.of(AudienceRule.unit(unit.id())), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)),
                    null, null, 90, sections, Bands.DEFAULT, 3, Counting.HIGHEST, false, ReviewPolicy.AFTER_SUBMIT,
                    true));
            exams.publish(exam.id(), exam.version());
            return new Fixture(exam.id(), ids, Arrays.stream(paper).sum());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    // --------------------------------------------------------------------------------------------------- report

    private String environment() {
        Runtime rt = Runtime.getRuntime();
        String pool = "?";
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                pool = String.valueOf(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize());
            }
        } catch (Exception e) {
            pool = "? (" + e.getMessage() + ")";
        }
        return String.format(Locale.ROOT, "run at            %s (system load average, 1 min: %.2f)%n", Instant.now(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + String.format(Locale.ROOT, "machine           %d CPUs available to the JVM, max heap %d MB, %s %s, %s%n",
                        rt.availableProcessors(), rt.maxMemory() / 1048576, System.getProperty("java.vm.name"),
                        System.getProperty("java.version"), System.getProperty("os.name") + " "
                                + System.getProperty("os.arch"))
                + String.format(Locale.ROOT, "gc                %s%n", String.join(", ",
                        ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()))
                + String.format(Locale.ROOT, "database          test profile (H2 in memory), connection pool max %s%n",
                        pool)
                + String.format(Locale.ROOT, "vaadin            development mode (as in the tests), component tracker %s%n",
                        trackerState());
    }

    private static String trackerState() {
        if (servlet == null || servlet.getService() == null) {
            return "? (no service yet)";
        }
        var config = ApplicationConfiguration.get(servlet.getService().getContext());
        boolean on = !config.isProductionMode()
                && config.getBooleanProperty("devmode.componentTracker.enabled", true);
        return on ? "ON (-Dbench.devMode=true: dev-mode stack trace per component created)"
                : "OFF (as in production mode)";
    }

    private static String row(String name, List<Long> nanos) {
        List<Long> copy;
        synchronized (nanos) {
            copy = new ArrayList<>(nanos);
        }
        if (copy.isEmpty()) {
            return String.format(Locale.ROOT, "%-18s %10d%n", name, 0);
        }
        double mean = copy.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "%-18s %10d %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f%n", name, copy.size(),
                percentile(copy, 50) / 1e6, percentile(copy, 90) / 1e6, percentile(copy, 95) / 1e6,
                percentile(copy, 99) / 1e6, Collections.max(copy) / 1e6, mean);
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Long> values, double p) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static void report(String text) throws IOException {
        System.out.println();
        System.out.println(text);
        Files.writeString(REPORT, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
