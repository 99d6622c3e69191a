package org.xuefa.certification;

import java.util.List;
import java.util.Locale;

/** A credential type; {@code validityYears} null means it never expires. */
public record CredentialTypeRecord(String code, String nameZh, String nameEn, String issuer, Integer validityYears,
        int renewalWindowMonths, boolean annualRegistration, int requiredHours, boolean requiresPassedExam,
        boolean establishedOnly, List<String> fields) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
