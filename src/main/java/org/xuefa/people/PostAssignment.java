package org.xuefa.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.xuefa.base.AbstractEntity;
import org.xuefa.base.BusinessException;

/** An official in a post, full-time or concurrently, from a start date until an optional end date. */
@Entity
@Table(name = "post_assignment")
class PostAssignment extends AbstractEntity {
    private Long postId;
    private Long officialId;
    @Enumerated(EnumType.STRING)
    private AssignmentType assignmentType;
    private LocalDate startDate;
    private LocalDate endDate;

    protected PostAssignment() {
    }

    PostAssignment(Long postId, Long officialId, AssignmentType type, LocalDate startDate) {
        if (startDate == null) {
            throw new BusinessException("assignment.error.start-required");
        }
        this.postId = postId;
        this.officialId = officialId;
        this.assignmentType = type == null ? AssignmentType.PRIMARY : type;
        this.startDate = startDate;
    }

    void end(LocalDate endDate) {
        if (endDate == null || endDate.isBefore(startDate)) {
            throw new BusinessException("assignment.error.end-before-start");
        }
        this.endDate = endDate;
    }

    boolean activeOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }

    Long postId() {
        return postId;
    }

    Long officialId() {
        return officialId;
    }

    AssignmentType assignmentType() {
        return assignmentType;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }
}
