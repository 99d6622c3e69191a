package org.xuefa.course;

import java.time.LocalDate;
import java.util.Locale;

/** A law (one version of its text) that courses cite, from laws.yaml. */
public record Law(String id, String titleZh, String titleEn, String issuer, LocalDate version, LocalDate effective,
        LawStatus status, String replacedBy) {

    public boolean isCurrent() {
        return status == LawStatus.IN_FORCE;
    }

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleZh;
    }
}
