package org.xuefa.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.xuefa.base.AbstractEntity;

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

    protected CredentialType() {
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
