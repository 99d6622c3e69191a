/**
 * Personal iCalendar feeds ({@link org.xuefa.studycalendar.CalendarFeeds}): one secret link per account that
 * calendar apps poll, holding the sessions that invite the account's official (asked of
 * {@link org.xuefa.study.SessionAccess}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit", "security", "course", "study"})
package org.xuefa.studycalendar;
