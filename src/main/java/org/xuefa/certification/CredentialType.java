package org.xuefa.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** A kind of credential and its rules: validity, renewal window, annual registration, who may hold it. */
@Entity
@Table(name = "credential_type")
class CredentialType extends AbstractEntity {
    private String code;
    private String nameZh;
    private String nameEn;
    private String issuer;
    private Integer validityYears;
    private int renewalWindowMonths;
    private boolean annualRegistration;
    private int requiredHours;
    private boolean requiresPassedExam;
    private boolean establishedOnly;
    private String fields;

    static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";
    static final int MAX_VALIDITY_YEARS = 50;
    static final int MAX_WINDOW_MONTHS = 60;
    static final int MAX_HOURS = 1000;
    static final int MAX_FIELD_LENGTH = 100;
    private static final int MAX_NAME = 200;
    private static final int MAX_FIELDS_TOTAL = 1000;

    protected CredentialType() {
    }

    /** A new type; the code is upper-cased, checked and never changes afterwards. */
    CredentialType(String code, CredentialTypeRecord details) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches(CODE_PATTERN)) {
            throw new BusinessException("credentialType.error.code", c);
        }
        this.code = c;
        change(details);
    }

    /**
     * Takes every rule but the code from {@code details}, checked as a whole so nothing is half applied. Hours and
     * an exam only mean something with annual registration; a renewal window only with a limited validity.
     */
    void change(CredentialTypeRecord d) {
        String zh = trim(d.nameZh());
        String en = trim(d.nameEn());
        String by = trim(d.issuer());
        if (zh.isEmpty() || zh.length() > MAX_NAME) {
            throw new BusinessException("credentialType.error.nameZh", MAX_NAME);
        }
        if (en.isEmpty() || en.length() > MAX_NAME) {
            throw new BusinessException("credentialType.error.nameEn", MAX_NAME);
        }
        if (by.length() > MAX_NAME) {
            throw new BusinessException("credentialType.error.issuer", MAX_NAME);
        }
        Integer years = d.validityYears();
        if (years != null && (years < 1 || years > MAX_VALIDITY_YEARS)) {
            throw new BusinessException("credentialType.error.validity", MAX_VALIDITY_YEARS);
        }
        int window = d.renewalWindowMonths();
        if (window < 0 || window > MAX_WINDOW_MONTHS || (years != null && window >= years * 12)) {
            throw new BusinessException("credentialType.error.window", MAX_WINDOW_MONTHS);
        }
        if (years == null && window > 0) {
            throw new BusinessException("credentialType.error.window-without-validity");
        }
        int hours = d.requiredHours();
        if (hours < 0 || hours > MAX_HOURS) {
            throw new BusinessException("credentialType.error.hours", MAX_HOURS);
        }
        if (!d.annualRegistration() && (hours > 0 || d.requiresPassedExam())) {
            throw new BusinessException("credentialType.error.registration-needed");
        }
        String joined = String.join(",", normaliseFields(d.fields()));
        if (joined.length() > MAX_FIELDS_TOTAL) {
            throw new BusinessException("credentialType.error.fields", MAX_FIELDS_TOTAL);
        }
        this.nameZh = zh;
        this.nameEn = en;
        this.issuer = by;
        this.validityYears = years;
        this.renewalWindowMonths = window;
        this.annualRegistration = d.annualRegistration();
        this.requiredHours = hours;
        this.requiresPassedExam = d.requiresPassedExam();
        this.establishedOnly = d.establishedOnly();
        this.fields = joined;
    }

    /** Enforcement fields trimmed, blanks and repeats dropped, each at most {@value #MAX_FIELD_LENGTH} long. */
    static List<String> normaliseFields(List<String> fields) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : fields == null ? List.<String>of() : fields) {
            // commas inside one entry would split it when read back
            for (String part : (f == null ? "" : f).split("[,，、;；]")) {
                String t = part.strip();
                if (t.length() > MAX_FIELD_LENGTH) {
                    throw new BusinessException("credentialType.error.field-too-long", t, MAX_FIELD_LENGTH);
                }
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    String code() {
        return code;
    }

    Integer validityYears() {
        return validityYears;
    }

    int renewalWindowMonths() {
        return renewalWindowMonths;
    }

    boolean establishedOnly() {
        return establishedOnly;
    }

    CredentialTypeRecord toRecord() {
        return new CredentialTypeRecord(code, nameZh, nameEn, issuer, validityYears, renewalWindowMonths,
                annualRegistration, requiredHours, requiresPassedExam, establishedOnly,
                fields == null || fields.isBlank() ? List.of() : Arrays.asList(fields.split(",")));
    }
}
