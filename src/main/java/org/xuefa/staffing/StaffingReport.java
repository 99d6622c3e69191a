package org.xuefa.staffing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xuefa.certification.CredentialTypeRecord;

/** The staffing-gap report as of a date, rows in tree order. */
public record StaffingReport(LocalDate date, List<StaffingRow> rows,
        Map<String, CredentialTypeRecord> credentialTypes) {

    /** Credential type names by code, in the reader's language. */
    public Map<String, String> credentialNames(Locale locale) {
        return credentialTypes.values().stream().collect(Collectors.toMap(
                CredentialTypeRecord::code, t -> t.name(locale)));
    }

    public boolean anyCredentialRequired() {
        return rows.stream().anyMatch(r -> r.requiredCredential() != null);
    }

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
