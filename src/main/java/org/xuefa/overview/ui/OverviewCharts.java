package org.xuefa.overview.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.xuefa.base.i18n.Messages;
import org.xuefa.certification.CredentialStatus;
import org.xuefa.hours.UnitCompliance;
import org.xuefa.overview.OverviewFigures;
import org.xuefa.quiz.ExamSummary;
import org.xuefa.staffing.StaffingGapReport;
import org.xuefa.staffing.StaffingRow;

/** Builds the overview's chart panels from its figures, in the reader's language. */
class OverviewCharts {
    private static final List<String> BLUE = List.of("#1565c0");
    private static final List<String> PLAN = List.of("#90a4ae", "#1565c0");
    private final OverviewFigures f;
    private final Messages messages;
    private final Locale locale;

    OverviewCharts(OverviewFigures f, Messages messages, Locale locale) {
        this.f = f;
        this.messages = messages;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String pct(Double v) {
        return v == null ? "—" : Math.round(v * 100) + "%";
    }

    /**
     * The units a per-unit chart shows at most: a town's are all there; a county's or city's thousands would make
     * a chart no one can read (and a page no browser wants), so the chart shows the ends of its order and says how
     * many more the screen behind the link lists.
     */
    static final int GLANCE = 20;

    /** All rows when they are few; else the first and the last {@code GLANCE / 2} (a ranking's best and worst). */
    static <T> List<T> glance(List<T> rows) {
        if (rows.size() <= GLANCE) {
            return rows;
        }
        List<T> ends = new ArrayList<>(rows.subList(0, GLANCE / 2));
        ends.addAll(rows.subList(rows.size() - GLANCE / 2, rows.size()));
        return ends;
    }

    private void more(ChartPanel p, int all, int shown) {
        if (all > shown) {
            p.note(t("overview.more", all - shown), false);
        }
    }

    ChartPanel exam() {
        List<List<SvgChart.Bar>> groups = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<ExamSummary.UnitResult> shown = glance(f.examRanking());
        for (ExamSummary.UnitResult u : shown) {
            groups.add(List.of(new SvgChart.Bar(u.unitName(), u.passRate() == null ? 0 : u.passRate() * 100,
                    t("overview.exam.bar", pct(u.participation()), pct(u.passRate()), pct(u.excellence())),
                    u.sat() > 0 && u.passRate() < 0.8)));
            rows.add(List.of(u.unitName(), String.valueOf(u.audience()), String.valueOf(u.sat()),
                    pct(u.participation()), pct(u.passRate()), pct(u.excellence())));
        }
        String title = f.exam() == null ? t("overview.exam.none") : t("overview.exam.title", f.exam().exam().title());
        ChartPanel p = new ChartPanel("overview-exam", title, groups.isEmpty() ? null
                : SvgChart.bars(title, groups, 100, BLUE), List.of(t("overview.col.unit"), t("overview.col.audience"),
                t("overview.col.sat"), t("overview.col.participation"), t("overview.col.pass"),
                t("overview.col.excellence")), rows, t("overview.link.exam"),
                f.examId() == null ? "manage/exams" : "manage/exams/" + f.examId() + "/results");
        more(p, f.examRanking().size(), shown.size());
        if (f.exam() != null) {
            ExamSummary.UnitResult total = f.exam().total();
            p.note(t("overview.exam.total", pct(total.participation()), pct(total.passRate()),
                    pct(total.excellence())), false);
        }
        return p;
    }

    ChartPanel attendance() {
        List<String> labels = f.attendance().stream().map(m -> t("overview.month", m.month())).toList();
        List<Double> values = f.attendance().stream().map(m -> m.rate() == null ? null : m.rate() * 100).toList();
        String title = t("overview.attendance.title");
        List<List<String>> rows = f.attendance().stream().map(m -> List.of(t("overview.month", m.month()),
                String.valueOf(m.invited()), pct(m.rate()))).toList();
        return new ChartPanel("overview-attendance", title, labels.isEmpty() ? null
                : SvgChart.line(title, labels, values, 100, "%"), List.of(t("overview.col.month"),
                t("overview.col.invited"), t("overview.col.rate")), rows, t("overview.link.attendance"), "attendance");
    }

    ChartPanel plan() {
        List<List<SvgChart.Bar>> groups = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int max = 1;
        for (OverviewFigures.QuarterPlan q : f.quarters()) {
            max = Math.max(max, Math.max(q.planned(), q.held()));
        }
        for (OverviewFigures.QuarterPlan q : f.quarters()) {
            String quarter = t("overview.quarter", q.quarter());
            groups.add(List.of(new SvgChart.Bar(quarter + " " + t("overview.plan.planned"), q.planned(),
                    String.valueOf(q.planned()), false), new SvgChart.Bar(quarter + " " + t("overview.plan.held"),
                    q.held(), q.held() + (q.shortfall() ? " · " + t("overview.plan.short") : ""), q.shortfall())));
            rows.add(List.of(quarter, String.valueOf(q.planned()), String.valueOf(q.held()),
                    q.shortfall() ? t("overview.plan.short") : ""));
        }
        String title = t("overview.plan.title", f.plan() == null ? "" : f.plan().unitName());
        ChartPanel p = new ChartPanel("overview-plan", title, groups.isEmpty() ? null
                : SvgChart.bars(title, groups, max, PLAN), List.of(t("overview.col.quarter"),
                t("overview.plan.planned"), t("overview.plan.held"), t("overview.col.status")), rows,
                t("overview.link.plan"), "study-plan");
        if (f.plan() != null && !f.plan().shortQuarters().isEmpty()) {
            p.note(t("overview.plan.shortfall", String.join(", ", f.plan().shortQuarters().stream()
                    .map(q -> "Q" + q).toList())), true);
        }
        return p;
    }

    ChartPanel hours() {
        List<List<SvgChart.Bar>> groups = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<UnitCompliance> units = f.hours().stream().filter(u -> u.unitId() != null).toList();
        List<UnitCompliance> shown = new ArrayList<>(units.size() <= GLANCE ? units : units.stream()
                .sorted(Comparator.comparingDouble((UnitCompliance u) -> -u.behind() / (double) Math.max(1, u.people()))
                        .thenComparing(u -> -u.people())).limit(GLANCE).toList()); // most behind first
        f.hours().stream().filter(u -> u.unitId() == null).forEach(shown::add);
        for (UnitCompliance u : shown) {
            String name = u.unitId() == null ? t("overview.total") : u.unitName();
            groups.add(List.of(new SvgChart.Bar(name, u.people() == 0 ? 0 : 100.0 * (u.people() - u.behind())
                    / u.people(), t("overview.hours.bar", u.people() - u.behind(), u.people(), u.cannotMakeIt()),
                    u.cannotMakeIt() > 0)));
            rows.add(List.of(name, String.valueOf(u.people()), String.valueOf(u.met()), String.valueOf(u.behind()),
                    String.valueOf(u.cannotMakeIt())));
        }
        String title = t("overview.hours.title");
        ChartPanel p = new ChartPanel("overview-hours", title, groups.isEmpty() ? null : SvgChart.bars(title, groups,
                100, BLUE), List.of(t("overview.col.unit"), t("overview.col.people"), t("overview.col.met"),
                t("overview.col.behind"), t("overview.col.cannot")), rows, t("overview.link.hours"), "hours-compliance");
        more(p, f.hours().size(), shown.size());
        return p;
    }

    ChartPanel credentials() {
        List<List<SvgChart.Bar>> groups = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int max = Math.max(1, f.credentials().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        max = Math.max(max, f.enforcementUncovered());
        for (CredentialStatus s : List.of(CredentialStatus.VALID, CredentialStatus.EXPIRING, CredentialStatus.EXPIRED,
                CredentialStatus.SUSPENDED)) {
            int n = f.credentials().getOrDefault(s, 0);
            String label = t("credentialStatus." + s);
            groups.add(List.of(new SvgChart.Bar(label, n, String.valueOf(n), s != CredentialStatus.VALID && n > 0)));
            rows.add(List.of(label, String.valueOf(n)));
        }
        String uncovered = t("overview.credentials.uncovered");
        groups.add(List.of(new SvgChart.Bar(uncovered, f.enforcementUncovered(),
                String.valueOf(f.enforcementUncovered()), f.enforcementUncovered() > 0)));
        rows.add(List.of(uncovered, String.valueOf(f.enforcementUncovered())));
        String title = t("overview.credentials.title");
        return new ChartPanel("overview-credentials", title, SvgChart.bars(title, groups, max, BLUE),
                List.of(t("overview.col.what"), t("overview.col.count")), rows, t("overview.link.credentials"),
                "credentials");
    }

    ChartPanel staffing() {
        List<List<SvgChart.Bar>> groups = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int max = 1;
        List<StaffingRow> all = f.staffing().rows().stream().filter(StaffingRow::hasGap).toList();
        List<StaffingRow> gaps = all.size() <= GLANCE ? all : all.stream()
                .sorted(Comparator.comparingInt((StaffingRow r) -> -r.vacant())).limit(GLANCE).toList(); // worst first
        for (StaffingRow r : gaps) {
            max = Math.max(max, r.established());
        }
        for (StaffingRow r : gaps) {
            String name = r.unitName(locale) + " · " + t("postKind." + r.kind());
            groups.add(List.of(new SvgChart.Bar(name + " " + t("overview.staffing.established"), r.established(),
                    String.valueOf(r.established()), false), new SvgChart.Bar(name + " " + t("overview.staffing.filled"),
                    r.filled(), t("overview.staffing.vacant", r.filled(), r.vacant()), r.vacant() > 0)));
            rows.add(List.of(name, String.valueOf(r.established()), String.valueOf(r.filled()),
                    String.valueOf(r.vacant()), String.valueOf(r.concurrent())));
        }
        String title = t("overview.staffing.title");
        ChartPanel p = new ChartPanel("overview-staffing", title, groups.isEmpty() ? null
                : SvgChart.bars(title, groups, max, PLAN), List.of(t("overview.col.unit"),
                t("overview.staffing.established"), t("overview.staffing.filled"), t("overview.col.vacant"),
                t("overview.col.concurrent")), rows, t("overview.link.staffing"), "staffing");
        StaffingGapReport.sentences(f.staffing(), messages, locale).forEach(s -> p.note(s, true));
        more(p, all.size(), gaps.size());
        return p;
    }
}
