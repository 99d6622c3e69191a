package org.xuefa.overview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.overview.ui.OverviewView;
import org.xuefa.quiz.ExamResults;
import org.xuefa.staffing.StaffingGapReport;
import org.xuefa.studyplan.StudyPlans;

class OverviewViewTest extends KaribuTestBase {
    @Autowired
    LeadersOverview overview;
    @Autowired
    StaffingGapReport staffing;
    @Autowired
    ExamResults results;
    @Autowired
    StudyPlans plans;

    private static String svgOf(Div panel) {
        return LocatorJ._find(panel, Html.class).stream()
                .map(Html::getInnerHtml).filter(h -> h.contains("<svg")).findFirst().orElse("");
    }

    @Test
    void the_leader_sees_svg_charts_of_the_brigade_gap_the_exam_rates_and_the_q2_shortfall() {
        loginAs("leader");
        navigate("overview");
        Div staffingPanel = _get(Div.class, spec -> spec.withId("overview-staffing"));
        assertThat(svgOf(staffingPanel)).startsWith("<svg").contains("综合执法大队", "实有 2，缺编 3");
        assertThat(staffingPanel.getElement().getTextRecursively()).contains("综合执法大队（执法岗位）：编制 5 人，实有 2 人，缺编 3 人");
        Div exam = _get(Div.class, spec -> spec.withId("overview-exam"));
        assertThat(svgOf(exam)).startsWith("<svg").contains("合格率");
        Div plan = _get(Div.class, spec -> spec.withId("overview-plan"));
        assertThat(svgOf(plan)).startsWith("<svg").contains("第2季度 已举行");
        assertThat(plan.getElement().getTextRecursively()).contains("未完成计划的季度：Q2");
        _get(Div.class, spec -> spec.withId("overview-attendance"));
        _get(Div.class, spec -> spec.withId("overview-hours"));
        _get(Div.class, spec -> spec.withId("overview-credentials"));
    }

    @Test
    void the_figures_agree_with_the_staffing_report_the_exam_results_and_the_study_plan() {
        loginAs("leader");
        OverviewFigures f = overview.figures(2026);
        var brigade = staffing.today().rows().stream().filter(r -> r.unitName().equals("综合执法大队")).findFirst()
                .orElseThrow();
        var ours = f.staffing().rows().stream().filter(r -> r.unitName().equals("综合执法大队")).findFirst()
                .orElseThrow();
        assertThat(ours.vacant()).isEqualTo(brigade.vacant()).isEqualTo(3);
        assertThat(f.examId()).isNotNull();
        assertThat(f.exam().total()).isEqualTo(results.summary(f.examId()).total());
        assertThat(f.plan().shortQuarters()).isEqualTo(plans.progress(unit("tangpeng"), 2026).shortQuarters())
                .contains(2);
        assertThat(f.quarters().get(1).shortfall()).isTrue();
    }

    @Test
    void the_leaders_start_page_shows_the_headline_figures() {
        loginAs("leader");
        navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("card-overview")).getElement().getTextRecursively())
                .contains("合计：参考率", "未完成计划的季度：Q2");
    }

    @Test
    void an_organizer_sees_no_credentials_or_staffing_and_a_cadre_cannot_open_it() {
        loginAs("organizer");
        OverviewFigures f = overview.figures(2026);
        assertThat(f.credentials()).isNull();
        assertThat(f.staffing()).isNull();
        loginAs("cadre");
        navigate("overview");
        assertThatThrownBy(() -> _get(OverviewView.class)).isInstanceOf(AssertionError.class);
    }
}
