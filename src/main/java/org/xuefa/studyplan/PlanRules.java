package org.xuefa.studyplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionStatus;

/** Compares what a plan asks for with the sessions a unit held, per quarter and for the year. */
final class PlanRules {
    private PlanRules() {
    }

    /** A session as the plan sees it: kind, local date and status. */
    record Fact(SessionKind kind, LocalDate day, SessionStatus status) {
    }

    static List<PlanProgress.Row> evaluate(List<PlanTarget> targets, List<Fact> sessions, int year, LocalDate today) {
        Map<SessionKind, int[]> minimum = new EnumMap<>(SessionKind.class); // [per quarter, per year]
        for (PlanTarget t : targets) {
            minimum.computeIfAbsent(t.kind(), k -> new int[2])[t.cadence() == PlanTarget.Cadence.QUARTER ? 0 : 1] +=
                    t.minimum();
        }
        Map<SessionKind, int[]> held = new EnumMap<>(SessionKind.class);
        Map<SessionKind, int[]> scheduled = new EnumMap<>(SessionKind.class);
        for (Fact f : sessions) {
            if (f.day().getYear() != year || f.status() == SessionStatus.CANCELLED) {
                continue;
            }
            int q = quarterOf(f.day()) - 1;
            (f.status() == SessionStatus.CLOSED ? held : scheduled).computeIfAbsent(f.kind(), k -> new int[4])[q]++;
        }
        List<PlanProgress.Row> rows = new ArrayList<>();
        for (SessionKind kind : SessionKind.values()) {
            int[] min = minimum.getOrDefault(kind, new int[2]);
            int[] h = held.getOrDefault(kind, new int[4]);
            int[] s = scheduled.getOrDefault(kind, new int[4]);
            if (min[0] == 0 && min[1] == 0 && sum(h) == 0 && sum(s) == 0) {
                continue;
            }
            List<PeriodStatus> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
                quarters.add(status(min[0], h[q - 1], first, first.plusMonths(3).minusDays(1), today));
            }
            int required = Math.max(4 * min[0], min[1]);
            rows.add(new PlanProgress.Row(kind, min[0], min[1], list(h), list(s), quarters, sum(h), required,
                    status(required, sum(h), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today)));
        }
        return rows;
    }

    /** Quarters (1–4) in which any row fell short. */
    static List<Integer> shortQuarters(List<PlanProgress.Row> rows) {
        List<Integer> out = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            int quarter = q;
            if (rows.stream().anyMatch(r -> r.quarters().get(quarter) == PeriodStatus.SHORT)) {
                out.add(q + 1);
            }
        }
        return out;
    }

    static PeriodStatus status(int required, int held, LocalDate first, LocalDate last, LocalDate today) {
        if (required == 0) {
            return PeriodStatus.NONE;
        }
        if (held >= required) {
            return PeriodStatus.MET;
        }
        if (today.isBefore(first)) {
            return PeriodStatus.FUTURE;
        }
        return today.isAfter(last) ? PeriodStatus.SHORT : PeriodStatus.OPEN;
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    private static List<Integer> list(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int x : a) {
            out.add(x);
        }
        return out;
    }
}
