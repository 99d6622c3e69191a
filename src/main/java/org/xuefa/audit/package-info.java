/**
 * The audit trail: who changed what and when, with old and new values, and logins. Other modules record through
 * {@link org.xuefa.audit.AuditLog}; administrators search it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "base")
package org.xuefa.audit;
