package org.xuefa.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.xuefa.ServiceTestBase;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.PostKind;

class StaffingGapReportTest extends ServiceTestBase {
    @Autowired
    StaffingGapReport staffing;
    @Autowired
    StaffingExport export;
    @Autowired
    Messages messages;

    @Test
    void hr_sees_the_brigade_with_five_established_two_filled_three_vacant() {
        loginAs("hr");
        StaffingRow brigade = brigadeRow(staffing.today());
        assertThat(brigade.established()).isEqualTo(5);
        assertThat(brigade.filled()).isEqualTo(2);
        assertThat(brigade.vacant()).isEqualTo(3);
        assertThat(brigade.concurrent()).isEqualTo(3);
        assertThat(brigade.holders()).isEqualTo(5);
        assertThat(brigade.certified()).as("the cadre's certificate, expiring soon").isEqualTo(1);
        assertThat(brigade.expiringSoon()).isEqualTo(1);
        assertThat(brigade.filledUncertified()).as("the head's certificate expired last month").isEqualTo(1);
        assertThat(brigade.concurrentUncertified()).isEqualTo(3);
        assertThat(brigade.trainable()).as("the head and the three part-timers are established").isEqualTo(4);
        assertThat(brigade.needsRecruitment()).as("the three vacancies").isEqualTo(3);
    }

    @Test
    void the_summary_reads_like_the_towns_own_report() {
        loginAs("hr");
        assertThat(StaffingGapReport.sentences(staffing.today(), messages, Messages.CHINESE))
                .contains("综合执法大队（执法岗位）：编制 5 人，实有 2 人，缺编 3 人；持有效行政执法证 1 人（其中 1 人 90 天内到期）；"
                        + "1 人在编在岗但无有效行政执法证；3 人兼职从事执法工作但无行政执法证；可经培训考试取证补齐 4 人，"
                        + "需招录或调整编制 3 人");
        assertThat(StaffingGapReport.sentences(staffing.today(), messages, Locale.ENGLISH))
                .contains("Comprehensive Enforcement Brigade (Enforcement post): 5 established, 2 filled, 3 vacant; 1 holding"
                        + " a valid Administrative enforcement certificate (of whom 1 expiring within 90 days); 1 filling"
                        + " a post without a valid Administrative enforcement certificate; 3 doing enforcement work"
                        + " part-time without one; 4 can be closed by training and exam, 3 need recruitment or an"
                        + " establishment change");
    }

    @Test
    void hr_of_one_town_does_not_see_the_other_town() {
        loginAs("hr");
        assertThat(staffing.today().rows()).noneMatch(r -> r.unitName().startsWith("石角镇"));
        loginAs("admin");
        assertThat(staffing.today().rows()).anyMatch(r -> r.unitName().equals("石角镇综合执法大队"));
    }

    @Test
    void the_csv_export_carries_the_same_figures() throws Exception {
        loginAs("hr");
        var out = new ByteArrayOutputStream();
        export.csv(null, Messages.CHINESE, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("综合执法大队,执法岗位,5,2,3,0,3,1,1,3,4,3,1");
        var xlsx = new ByteArrayOutputStream();
        export.xlsx(null, Messages.CHINESE, xlsx);
        assertThat(xlsx.toByteArray()).isNotEmpty();
        assertThat(export.fileName(null, "csv")).isEqualTo("staffing-gaps-tangpeng-2026-11-26.csv");
    }

    @Test
    void cadres_and_organizers_cannot_run_the_report_or_export() {
        loginAs("cadre");
        assertThatThrownBy(() -> staffing.today()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.csv(null, Messages.CHINESE, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        loginAs("organizer");
        assertThatThrownBy(() -> staffing.today()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.xlsx(null, Messages.CHINESE, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_date_before_anyone_joined_shows_every_post_vacant() {
        loginAs("hr");
        StaffingRow brigade = brigadeRow(staffing.asOf(LocalDate.of(2010, 1, 1)));
        assertThat(brigade.filled()).isZero();
        assertThat(brigade.vacant()).isEqualTo(5);
    }

    private static StaffingRow brigadeRow(StaffingReport report) {
        return report.rows().stream()
                .filter(r -> r.unitName().equals("综合执法大队") && r.kind() == PostKind.ENFORCEMENT).findFirst()
                .orElseThrow();
    }
}
