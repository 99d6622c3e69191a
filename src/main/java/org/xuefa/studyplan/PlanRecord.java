package org.xuefa.studyplan;

import java.util.List;

/** A unit's plan for a year; {@code id} null and version -1 when none is saved yet. */
public record PlanRecord(Long id, Long unitId, int year, List<PlanTarget> targets, String note, long version) {
    public PlanRecord {
        targets = List.copyOf(targets);
    }
}
