package org.xuefa.staffing;

import java.time.LocalDate;
import java.util.List;

/** The staffing-gap report as of a date, rows in tree order. */
public record StaffingReport(LocalDate date, List<StaffingRow> rows) {

    public int totalEstablished() {
        return rows.stream().mapToInt(StaffingRow::established).sum();
    }

    public int totalFilled() {
        return rows.stream().mapToInt(StaffingRow::filled).sum();
    }

    public int totalVacant() {
        return rows.stream().mapToInt(StaffingRow::vacant).sum();
    }

    public int totalConcurrent() {
        return rows.stream().mapToInt(StaffingRow::concurrent).sum();
    }
}
