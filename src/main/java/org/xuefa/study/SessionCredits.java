package org.xuefa.study;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns attendance into credit hours once a session is closed: everyone present or late earns the session's credit
 * hours; a correction after closing earns or withdraws them. The events are published inside the closing or
 * marking transaction, so the hours commit with the attendance or not at all.
 */
@Component
class SessionCredits {
    private final StudySessionRepository sessions;
    private final AttendanceRepository attendance;
    private final ApplicationEventPublisher events;

    SessionCredits(StudySessionRepository sessions, AttendanceRepository attendance, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.events = events;
    }

    @EventListener
    void on(SessionClosed closed) {
        sessions.findById(closed.sessionId()).ifPresent(s -> attendance.findBySessionId(s.getId()).stream()
                .filter(a -> a.status().attended())
                .forEach(a -> events.publishEvent(new SessionHoursEarned(a.officialId(), s.getId(), s.title(),
                        s.creditHours(), s.startsAt()))));
    }

    @EventListener
    void on(AttendanceRecorded recorded) {
        sessions.findById(recorded.sessionId()).filter(s -> s.status() == SessionStatus.CLOSED).ifPresent(s -> {
            if (recorded.status().attended()) {
                events.publishEvent(new SessionHoursEarned(recorded.officialId(), s.getId(), s.title(),
                        s.creditHours(), s.startsAt()));
            } else {
                events.publishEvent(new SessionHoursWithdrawn(recorded.officialId(), s.getId(), s.startsAt()));
            }
        });
    }
}
