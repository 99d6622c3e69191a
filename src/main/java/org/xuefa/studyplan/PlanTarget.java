package org.xuefa.studyplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.xuefa.study.SessionKind;

/** One line of an annual plan: at least {@code minimum} sessions of a kind per quarter, or per year. */
@Embeddable
public class PlanTarget {
    public enum Cadence {
        QUARTER, YEAR
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private SessionKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "cadence")
    private Cadence cadence;
    @Column(name = "min_count")
    private int minimum;

    protected PlanTarget() {
    }

    public PlanTarget(SessionKind kind, Cadence cadence, int minimum) {
        this.kind = Objects.requireNonNull(kind);
        this.cadence = Objects.requireNonNull(cadence);
        this.minimum = minimum;
    }

    public static PlanTarget perQuarter(SessionKind kind, int minimum) {
        return new PlanTarget(kind, Cadence.QUARTER, minimum);
    }

    public static PlanTarget perYear(SessionKind kind, int minimum) {
        return new PlanTarget(kind, Cadence.YEAR, minimum);
    }

    public SessionKind kind() {
        return kind;
    }

    public Cadence cadence() {
        return cadence;
    }

    public int minimum() {
        return minimum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanTarget t && t.kind == kind && t.cadence == cadence && t.minimum == minimum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, cadence, minimum);
    }
}
