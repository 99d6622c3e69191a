/**
 * The notification centre: notices stored per account (the bell with its unread count), created once per
 * de-duplication key so that a job may run twice, and sent by mail as well when SMTP is configured.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "security"})
package org.xuefa.notification;
