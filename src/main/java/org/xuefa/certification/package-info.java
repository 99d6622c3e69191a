/**
 * Credentials officials hold (行政执法证 and others): their types, numbers, fields and dates, a status computed for
 * any date, annual registration, suspension, revocation and renewal, import, scanned copies, reminders and the risk
 * to the next registration. {@code CredentialAccess} holds the one rule of who may read or change a person's
 * credentials. The staffing report asks it who holds what a post requires.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "people", "notification"})
package org.xuefa.certification;
