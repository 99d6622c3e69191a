package org.xuefa.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xuefa.people.PostKind;

class StaffingRowTest {

    private static StaffingRow row(int established, int filled, int contract, int concurrent, Integer certified,
            Integer trainable) {
        int holders = filled + contract + concurrent;
        return new StaffingRow(1L, "u", null, "/u/", PostKind.ENFORCEMENT, established, filled,
                Math.max(0, established - filled), contract, concurrent, holders, certified == null ? null : "X",
                certified, certified == null ? null : 0, certified == null ? null : 0, trainable,
                certified == null ? null : 0);
    }

    @Test
    void a_row_with_part_time_work_or_a_vacancy_has_a_gap() {
        assertThat(row(5, 1, 1, 1, null, null).hasGap()).isTrue();
        assertThat(row(1, 1, 0, 0, null, null).hasGap()).isFalse();
        assertThat(row(1, 1, 0, 1, null, null).hasGap()).isTrue();
    }

    @Test
    void recruitment_is_the_vacancies_and_those_doing_the_work_who_may_not_be_trained() {
        // 5 established, 2 filled; 1 contract and 1 part-timer; 1 certified, 2 trainable: the contract one is not
        StaffingRow r = row(5, 2, 1, 1, 1, 2);
        assertThat(r.needsRecruitment()).isEqualTo(3 + (4 - 1 - 2));
        assertThat(row(5, 2, 1, 1, null, null).needsRecruitment()).isNull();
    }
}
