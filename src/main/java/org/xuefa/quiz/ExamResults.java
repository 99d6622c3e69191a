package org.xuefa.quiz;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuefa.base.Allowed;
import org.xuefa.base.SpreadsheetStream;
import org.xuefa.base.i18n.Messages;
import org.xuefa.course.CourseCatalog;
import org.xuefa.people.ReportScopes;

/**
 * Exam results for organizers, leaders and HR within their scope: rates per unit, who has not sat or failed (paged),
 * the attempts (paged), item analysis and exports, all counted by the database ({@link ExamResultsSql}). Exports
 * stream. Item analysis speaks only of questions with at least {@code xuefa.exam.item-analysis-min-answers} (20)
 * answers.
 */
@Service
@Transactional(readOnly = true)
public class ExamResults {
    private final Exams exams;
    private final ExamRepository examRepository;
    private final ExamResultsSql sql;
    private final ReportScopes scopes;
    private final CourseCatalog catalog;
    private final Messages messages;
    private final Clock clock;
    private final int minAnswers;

    ExamResults(Exams exams, ExamRepository examRepository, ExamResultsSql sql, ReportScopes scopes,
            CourseCatalog catalog, Messages messages, Clock clock,
            @Value("${xuefa.exam.item-analysis-min-answers:20}") int minAnswers) {
        this.exams = exams;
        this.examRepository = examRepository;
        this.sql = sql;
        this.scopes = scopes;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
        this.minAnswers = minAnswers;
    }

    /** The exam's figures per unit (by unit name) and in total. */
    @Allowed.Overseers
    public ExamSummary summary(Long examId) {
        return summary(examId, null);
    }

    /**
     * The exam's figures for one unit's subtree of the reader's scope (null: the whole scope); a unit outside the
     * scope is refused.
     */
    @Allowed.Overseers
    public ExamSummary summary(Long examId, Long unitId) {
        ExamRecord record = exams.get(examId);
        Exam exam = examRepository.findById(examId).orElseThrow();
        ExamResultsSql.Query q = new ExamResultsSql.Query(examId, exam.counting(), exam.ownerUnitId(),
                scopes.readable(unitId));
        List<ExamSummary.UnitResult> rows = new ArrayList<>();
        int[] t = new int[4];
        BigDecimal[] totalSum = {BigDecimal.ZERO};
        if (!q.scope().isEmpty()) {
            sql.eachUnit(q, r -> {
                int[] c = {(Integer) r[1], (Integer) r[2], (Integer) r[3], (Integer) r[4]};
                BigDecimal sum = r[5] == null ? BigDecimal.ZERO : (BigDecimal) r[5];
                rows.add(new ExamSummary.UnitResult((String) r[0], c[0], c[1], c[2], c[3], average(sum, c[1])));
                for (int i = 0; i < 4; i++) {
                    t[i] += c[i];
                }
                totalSum[0] = totalSum[0].add(sum);
            });
        }
        var total = new ExamSummary.UnitResult(messages.getTranslation("results.total", Messages.CHINESE), t[0], t[1],
                t[2], t[3], average(totalSum[0], t[1]));
        return new ExamSummary(record, rows, total);
    }

    /** Who in the audience has not sat the exam, by unit and name, a page. */
    @Allowed.Overseers
    public List<ExamSummary.Person> notSat(Long examId, int offset, int limit) {
        exams.get(examId);
        ExamResultsSql.Query q = query(examId);
        return q.scope().isEmpty() ? List.of() : sql.people(q, false, Math.max(0, offset), Math.max(0, limit));
    }

    /** Who in the audience failed (by the attempt that counts), by unit and name, a page. */
    @Allowed.Overseers
    public List<ExamSummary.Person> failed(Long examId, int offset, int limit) {
        exams.get(examId);
        ExamResultsSql.Query q = query(examId);
        return q.scope().isEmpty() ? List.of() : sql.people(q, true, Math.max(0, offset), Math.max(0, limit));
    }

    @Allowed.Overseers
    public long countAttempts(Long examId) {
        exams.get(examId);
        ExamResultsSql.Query q = query(examId);
        return q.scope().isEmpty() ? 0 : sql.countAttempts(q);
    }

    /** Attempts at the exam by officials in scope, newest first, a page, e.g. to void one. */
    @Allowed.Overseers
    public List<AttemptRow> attempts(Long examId, int offset, int limit) {
        exams.get(examId);
        ExamResultsSql.Query q = query(examId);
        return q.scope().isEmpty() ? List.of() : sql.attempts(q, null, Math.max(0, offset), Math.max(0, limit));
    }

    /** One official's attempts at the exam, newest first, if the official is in scope. */
    @Allowed.Overseers
    public List<AttemptRow> attemptsOf(Long examId, Long officialId) {
        exams.get(examId);
        ExamResultsSql.Query q = query(examId);
        return q.scope().isEmpty() ? List.of() : sql.attempts(q, officialId, 0, 1000);
    }

    private ExamResultsSql.Query query(Long examId) {
        Exam exam = examRepository.findById(examId).orElseThrow();
        return new ExamResultsSql.Query(examId, exam.counting(), exam.ownerUnitId(), scopes.readable());
    }

    private static BigDecimal average(BigDecimal sum, int n) {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }

    /** How many answers a question needs before the item analysis judges it. */
    @Allowed.Overseers
    public int itemAnalysisMinimum() {
        return minAnswers;
    }

    /**
     * Facility and discrimination of every question drawn in the exam's submitted attempts, worst first; questions
     * with fewer answers than the minimum come last, without figures.
     */
    @Allowed.Overseers
    public List<ItemStat> itemAnalysis(Long examId) {
        exams.get(examId);
        var lib = catalog.library();
        List<ItemStat> stats = new ArrayList<>();
        for (ExamResultsSql.Item i : sql.items(examId)) {
            String stem = Optional.ofNullable(lib.courses().get(i.courseId())).flatMap(c -> c.question(i.questionId()))
                    .map(q -> q.stem()).orElse("");
            boolean enough = i.answers() >= minAnswers;
            stats.add(new ItemStat(i.courseId(), i.questionId(), stem, i.answers(), enough ? i.facility() : null,
                    enough && i.answers() >= 10 ? i.upper() - i.lower() : null));
        }
        stats.sort(Comparator.comparing((ItemStat s) -> s.facility() == null)
                .thenComparing(s -> s.facility() == null ? 0 : s.facility())
                .thenComparing(ItemStat::courseId).thenComparing(ItemStat::questionId));
        return stats;
    }

    /** The file name without extension: exam, the scope's unit codes, today. */
    @Allowed.Overseers
    public String fileName(Long examId) {
        exams.get(examId);
        return "exam-" + examId + "-results-" + scopes.readable().label() + "-" + LocalDate.now(clock);
    }

    @Allowed.Overseers
    public void csv(Long examId, Locale locale, OutputStream out) {
        ExamSummary s = summary(examId);
        SpreadsheetStream.csv(out, rows -> write(s, locale, rows));
    }

    @Allowed.Overseers
    public void xlsx(Long examId, Locale locale, OutputStream out) {
        ExamSummary s = summary(examId);
        SpreadsheetStream.xlsx(out, messages.getTranslation("results.title", locale), rows -> write(s, locale, rows));
    }

    /** The whole CSV in memory, for tests. */
    @Allowed.Overseers
    public byte[] csv(Long examId, Locale locale) {
        var out = new ByteArrayOutputStream();
        csv(examId, locale, out);
        return out.toByteArray();
    }

    /** Units with their rates, then everyone who has not sat it and everyone who failed, streamed. */
    private void write(ExamSummary s, Locale locale, SpreadsheetStream.Rows rows) {
        rows.row(List.of(s.exam().title()));
        rows.row(List.of("unit", "audience", "sat", "participation", "passed", "passRate", "excellent", "excellence",
                "average").stream().map(k -> (Object) messages.getTranslation("results.col." + k, locale)).toList());
        List<ExamSummary.UnitResult> all = new ArrayList<>(s.units());
        all.add(s.total());
        for (var u : all) {
            List<Object> row = new ArrayList<>(List.of(u.unitName(), u.audience(), u.sat(), pct(u.participation()),
                    u.passed(), pct(u.passRate()), u.excellent(), pct(u.excellence())));
            row.add(u.average() == null ? "" : u.average());
            rows.row(row);
        }
        ExamResultsSql.Query q = query(s.exam().id());
        rows.row(List.of());
        rows.row(List.of(messages.getTranslation("results.notSat", locale)));
        if (!q.scope().isEmpty()) {
            sql.eachPerson(q, false, p -> rows.row(List.of(p.name(), p.staffNumber(), p.unitName())));
        }
        rows.row(List.of());
        rows.row(List.of(messages.getTranslation("results.failed", locale)));
        if (!q.scope().isEmpty()) {
            sql.eachPerson(q, true, p -> rows.row(List.of(p.name(), p.staffNumber(), p.unitName(), p.score())));
        }
    }

    /** A rate in percent; "—" where nothing was measured. */
    static String pct(Double v) {
        return v == null ? "—" : BigDecimal.valueOf(v * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
