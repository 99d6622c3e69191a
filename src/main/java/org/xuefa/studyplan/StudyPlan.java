package org.xuefa.studyplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** A unit's study plan for a year: how many sessions of each kind, per quarter or per year. */
@Entity
@Table(name = "study_plan")
class StudyPlan extends AbstractEntity {
    private Long unitId;
    private int planYear;
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "study_plan_target", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanTarget> targets = new ArrayList<>();

    protected StudyPlan() {
    }

    StudyPlan(Long unitId, int year) {
        this.unitId = unitId;
        this.planYear = year;
    }

    void apply(List<PlanTarget> newTargets, String note) {
        Set<String> seen = new HashSet<>();
        for (PlanTarget t : newTargets) {
            if (t.minimum() < 1 || t.minimum() > 366) {
                throw new BusinessException("study.plan.error.minimum");
            }
            if (!seen.add(t.kind() + "/" + t.cadence())) {
                throw new BusinessException("study.plan.error.duplicate");
            }
        }
        this.targets.clear();
        this.targets.addAll(newTargets);
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    Long unitId() {
        return unitId;
    }

    int year() {
        return planYear;
    }

    String note() {
        return note;
    }

    List<PlanTarget> targets() {
        return List.copyOf(targets);
    }
}
