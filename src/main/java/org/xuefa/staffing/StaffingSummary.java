package org.xuefa.staffing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.xuefa.certification.CredentialTypeRecord;

/** The worst gaps of a scope (largest vacancy, then most uncertified, first) and how many gaps there are in all. */
public record StaffingSummary(List<StaffingRow> worst, int gaps, Map<String, CredentialTypeRecord> credentialTypes) {

    public int more() {
        return Math.max(0, gaps - worst.size());
    }

    /** Credential type names by code, in the reader's language. */
    public Map<String, String> credentialNames(Locale locale) {
        return credentialTypes.values().stream().collect(Collectors.toMap(CredentialTypeRecord::code,
                t -> t.name(locale)));
    }
}
