package org.xuefa.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Spreadsheets;
import org.xuefa.base.i18n.Messages;
import org.xuefa.course.CourseCatalog;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Audiences;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnits;
import org.xuefa.base.Allowed;
import org.xuefa.security.Role;

/** Exam results for organizers, leaders and HR within their scope: rates per unit, lists, item analysis, exports. */
@Service
@Transactional(readOnly = true)
public class ExamResults {
    private final Exams exams;
    private final ExamRepository examRepository;
    private final ExamAttemptRepository attempts;
    private final AttemptItemRepository items;
    private final Officials officials;
    private final OrgUnits orgUnits;
    private final CourseCatalog catalog;
    private final Messages messages;
    private final Audiences audiences;

    ExamResults(Exams exams, ExamRepository examRepository, ExamAttemptRepository attempts,
            AttemptItemRepository items, Officials officials, OrgUnits orgUnits, CourseCatalog catalog,
            Messages messages, Audiences audiences) {
        this.exams = exams;
        this.examRepository = examRepository;
        this.attempts = attempts;
        this.items = items;
        this.officials = officials;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
        this.messages = messages;
        this.audiences = audiences;
    }

    @Allowed.Overseers
    public ExamSummary summary(Long examId) {
        ExamRecord record = exams.get(examId);
        Exam exam = examRepository.findById(examId).orElseThrow();
        var units = orgUnits.byId();
        var roles = audiences.roleHolders();
        List<OfficialRecord> audience = officials.allInScope(Role.ORGANIZER, Role.LEADER, Role.HR).stream()
                .filter(o -> exam.includes(o, units, roles)).toList();
        Map<Long, List<ExamAttempt>> byOfficial = ExamTaking.byOfficial(attempts.findByExamId(examId));
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        List<ExamSummary.Person> notSat = new ArrayList<>();
        List<ExamSummary.Person> failed = new ArrayList<>();
        for (OfficialRecord o : audience.stream().sorted(Comparator.comparing(OfficialRecord::unitName)
                .thenComparing(OfficialRecord::name)).toList()) {
            int[] c = counts.computeIfAbsent(o.unitName(), k -> new int[4]);
            c[0]++;
            Optional<ExamAttempt> counted = AttemptCounting.counted(exam, byOfficial.getOrDefault(o.id(), List.of()));
            if (counted.isEmpty()) {
                notSat.add(new ExamSummary.Person(o.id(), o.name(), o.staffNumber(), o.unitName(), null, null));
                continue;
            }
            ExamAttempt a = counted.get();
            c[1]++;
            sums.merge(o.unitName(), a.score(), BigDecimal::add);
            if (a.band().passed()) {
                c[2]++;
            } else {
                failed.add(new ExamSummary.Person(o.id(), o.name(), o.staffNumber(), o.unitName(), a.score(), a.band()));
            }
            if (a.band() == Band.EXCELLENT) {
                c[3]++;
            }
        }
        List<ExamSummary.UnitResult> rows = new ArrayList<>();
        int[] t = new int[4];
        BigDecimal totalSum = BigDecimal.ZERO;
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            BigDecimal sum = sums.getOrDefault(e.getKey(), BigDecimal.ZERO);
            rows.add(new ExamSummary.UnitResult(e.getKey(), c[0], c[1], c[2], c[3], average(sum, c[1])));
            for (int i = 0; i < 4; i++) {
                t[i] += c[i];
            }
            totalSum = totalSum.add(sum);
        }
        var total = new ExamSummary.UnitResult(messages.getTranslation("results.total", Messages.CHINESE), t[0], t[1],
                t[2], t[3], average(totalSum, t[1]));
        return new ExamSummary(record, rows, total, notSat, failed);
    }

    /** Every attempt at the exam by officials in scope, newest first, e.g. to void one. */
    @Allowed.Overseers
    public List<AttemptRow> attempts(Long examId) {
        exams.get(examId);
        Map<Long, OfficialRecord> people = officials.allInScope(Role.ORGANIZER, Role.LEADER, Role.HR).stream()
                .collect(Collectors.toMap(OfficialRecord::id, o -> o));
        return attempts.findByExamId(examId).stream().filter(a -> people.containsKey(a.officialId()))
                .sorted(Comparator.comparing(ExamAttempt::startedAt).reversed())
                .map(a -> {
                    OfficialRecord o = people.get(a.officialId());
                    return new AttemptRow(a.getId(), o.id(), o.name(), o.unitName(), a.attemptNo(), a.makeup(),
                            a.status(), a.score(), a.band(), a.submittedAt(), a.voidReason());
                }).toList();
    }

    private static BigDecimal average(BigDecimal sum, int n) {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }

    /** Facility and discrimination of every question drawn in the exam's submitted attempts, worst first. */
    @Allowed.Overseers
    public List<ItemStat> itemAnalysis(Long examId) {
        exams.get(examId);
        List<ExamAttempt> submitted = attempts.findByExamId(examId).stream()
                .filter(a -> a.status() == AttemptStatus.SUBMITTED).toList();
        Map<Long, BigDecimal> percent = submitted.stream()
                .collect(Collectors.toMap(ExamAttempt::getId, ExamAttempt::percent));
        Map<String, List<double[]>> byQuestion = new LinkedHashMap<>();
        for (AttemptItem i : items.findByAttemptIdIn(percent.keySet())) {
            double share = i.awarded() == null || i.points().signum() == 0 ? 0
                    : i.awarded().divide(i.points(), 4, RoundingMode.HALF_UP).doubleValue();
            byQuestion.computeIfAbsent(i.courseId() + "/" + i.questionId(), k -> new ArrayList<>())
                    .add(new double[] {percent.get(i.attemptId()).doubleValue(), share});
        }
        var lib = catalog.library();
        List<ItemStat> stats = new ArrayList<>();
        byQuestion.forEach((key, rows) -> {
            String[] parts = key.split("/", 2);
            String stem = Optional.ofNullable(lib.courses().get(parts[0])).flatMap(c -> c.question(parts[1]))
                    .map(q -> q.stem()).orElse("");
            stats.add(new ItemStat(parts[0], parts[1], stem, rows.size(), mean(rows), discrimination(rows)));
        });
        stats.sort(Comparator.comparingDouble(ItemStat::facility));
        return stats;
    }

    static double mean(List<double[]> rows) {
        return rows.stream().mapToDouble(r -> r[1]).average().orElse(0);
    }

    /** Upper 27% minus lower 27% (by total score) of the mean share earned; null below 10 takers. */
    static Double discrimination(List<double[]> rows) {
        if (rows.size() < 10) {
            return null;
        }
        List<double[]> sorted = rows.stream().sorted(Comparator.comparingDouble((double[] r) -> r[0])).toList();
        int k = Math.max(1, (int) Math.round(rows.size() * 0.27));
        return mean(sorted.subList(sorted.size() - k, sorted.size())) - mean(sorted.subList(0, k));
    }

    @Allowed.Overseers
    public byte[] csv(Long examId, Locale locale) {
        return Spreadsheets.csv(table(summary(examId), locale));
    }

    @Allowed.Overseers
    public byte[] xlsx(Long examId, Locale locale) {
        return Spreadsheets.xlsx(messages.getTranslation("results.title", locale), table(summary(examId), locale));
    }

    /** Units with their rates, then everyone who has not sat it and everyone who failed. */
    private List<List<Object>> table(ExamSummary s, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(s.exam().title()));
        rows.add(List.of("unit", "audience", "sat", "participation", "passed", "passRate", "excellent", "excellence",
                "average").stream().map(k -> (Object) messages.getTranslation("results.col." + k, locale)).toList());
        List<ExamSummary.UnitResult> all = new ArrayList<>(s.units());
        all.add(s.total());
        for (var u : all) {
            List<Object> row = new ArrayList<>(List.of(u.unitName(), u.audience(), u.sat(), pct(u.participation()),
                    u.passed(), pct(u.passRate()), u.excellent(), pct(u.excellence())));
            row.add(u.average() == null ? "" : u.average());
            rows.add(row);
        }
        rows.add(List.of());
        rows.add(List.of(messages.getTranslation("results.notSat", locale)));
        s.notSat().forEach(p -> rows.add(List.of(p.name(), p.staffNumber(), p.unitName())));
        rows.add(List.of());
        rows.add(List.of(messages.getTranslation("results.failed", locale)));
        s.failed().forEach(p -> rows.add(List.of(p.name(), p.staffNumber(), p.unitName(), p.score())));
        return rows;
    }

    private static String pct(double v) {
        return BigDecimal.valueOf(v * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
