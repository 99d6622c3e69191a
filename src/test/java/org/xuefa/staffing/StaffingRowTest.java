package org.xuefa.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.PostKind;
import org.xuefa.people.PostSnapshot.Holder;

class StaffingRowTest {
    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private static Holder holder(long id, EmploymentType employment, AssignmentType type) {
        return new Holder(id, "n" + id, "s" + id, "u", employment, type, D);
    }

    @Test
    void only_established_full_time_holders_fill_the_establishment() {
        StaffingRow row = StaffingRow.of(1L, "u", null, "/u/", PostKind.ENFORCEMENT, 5, List.of(
                holder(1, EmploymentType.ESTABLISHED, AssignmentType.PRIMARY),
                holder(2, EmploymentType.CONTRACT, AssignmentType.PRIMARY),
                holder(3, EmploymentType.ESTABLISHED, AssignmentType.CONCURRENT)));
        assertThat(row.filled()).isEqualTo(1);
        assertThat(row.contract()).isEqualTo(1);
        assertThat(row.concurrent()).isEqualTo(1);
        assertThat(row.vacant()).isEqualTo(4);
        assertThat(row.hasGap()).isTrue();
    }

    @Test
    void overfilled_posts_show_no_negative_vacancy() {
        StaffingRow row = StaffingRow.of(1L, "u", null, "/u/", PostKind.GENERAL, 1, List.of(
                holder(1, EmploymentType.ESTABLISHED, AssignmentType.PRIMARY),
                holder(2, EmploymentType.ESTABLISHED, AssignmentType.PRIMARY)));
        assertThat(row.vacant()).isZero();
        assertThat(row.hasGap()).isFalse();
    }
}
