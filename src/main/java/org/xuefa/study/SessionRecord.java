package org.xuefa.study;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.xuefa.base.BusinessException;

/** A session as views and other modules see it. */
public record SessionRecord(Long id, String unitName, SessionData data, SessionStatus status, Long seriesId,
        String cancelReason, Instant closedAt, long version) {

    public String title() {
        return data.title();
    }

    public Long unitId() {
        return data.unitId();
    }

    public SessionKind kind() {
        return data.kind();
    }

    public Instant startsAt() {
        return data.startsAt();
    }

    public Instant endsAt() {
        return data.endsAt();
    }

    public BigDecimal creditHours() {
        return data.creditHours();
    }

    /** The speaker as shown: the name, with the title when there is one. */
    public String speaker() {
        String name = data.speakerName() == null ? "" : data.speakerName();
        return data.speakerTitle() == null || data.speakerTitle().isBlank() ? name
                : name + "（" + data.speakerTitle() + "）";
    }

    /** The session's day in the zone. */
    public LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(data.startsAt(), zone);
    }

    /** Refuses a cancelled or closed session, as changing one would. */
    public void requireScheduled() {
        if (status == SessionStatus.CANCELLED) {
            throw new BusinessException("study.session.error.cancelled");
        }
        if (status == SessionStatus.CLOSED) {
            throw new BusinessException("study.session.error.closed");
        }
    }
}
