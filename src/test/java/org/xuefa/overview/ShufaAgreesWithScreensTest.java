package org.xuefa.overview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;

/**
 * The demo leader's 述法 Word file says what the screens say of the same person and year: the hours per requirement
 * of My hours, the invitations, attendance and make-up of the attendance report's person row, and the annual
 * exam's score and band on My exams.
 */
class ShufaAgreesWithScreensTest extends KaribuTestBase {
    @Autowired
    ShufaMaterial shufa;
    @Autowired
    LeadersOverview overview;

    private static String text(byte[] docx) throws Exception {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_leaders_shufa_figures_are_those_of_my_hours_the_attendance_report_and_my_exams() throws Exception {
        loginAs("leader");
        String docx = text(shufa.docx(official("TP-002"), 2026));

        navigate("my-hours");
        for (String kind : List.of("training", "online")) {
            String bar = _get(Div.class, spec -> spec.withId("hours-bar-" + kind)).getElement().getTextRecursively();
            Matcher m = Pattern.compile("(集中培训|网络自学) · ([\\d.]+) / ([\\d.]+) 学时").matcher(bar);
            assertThat(m.find()).as(bar).isTrue();
            assertThat(docx).contains(m.group(1) + " " + m.group(2) + " 学时（要求 " + m.group(3) + " 学时）");
        }

        navigate("attendance"); // this year by default
        Tab people = _get(Tab.class, spec -> spec.withId("attendance-tab-people"));
        _get(Tabs.class).setSelectedTab(people);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("attendance-people"));
        List<String> row = null;
        for (int i = 0; i < GridKt._size(grid) && row == null; i++) {
            List<String> r = GridKt._getFormattedRow(grid, i);
            if (r.get(1).equals("TP-002")) {
                row = r;
            }
        }
        assertThat(row).as("the leader's row").isNotNull();
        assertThat(docx).contains("全年应参加集体学法 " + row.get(3) + " 次，实际参加 " + row.get(4) + " 次，请假 "
                + row.get(5) + " 次，缺席 " + row.get(6) + " 次");
        String makeup = row.get(row.size() - 1); // done/total, "—" when nothing was due
        String[] parts = makeup.equals("—") ? new String[] {"0", "0"} : makeup.split("/");
        assertThat(docx).contains("全年需补学 " + parts[1].trim() + " 项，已完成 " + parts[0].trim() + " 项");

        navigate("exams");
        Long exam = overview.annualExam(2026).orElseThrow().id();
        String state = _get(Paragraph.class, spec -> spec.withId("exam-state-" + exam)).getText();
        Matcher counted = Pattern.compile("成绩：([\\d.]+) 分（(.+)）").matcher(state);
        if (counted.find()) {
            assertThat(docx).contains("成绩 " + counted.group(1) + " 分，等次：" + counted.group(2));
        } else {
            assertThat(docx).as(state).contains("尚无成绩");
        }
        System.out.println("shufa of the demo leader:\n" + docx + "\nmy exams: " + state + "\nattendance: " + row);
    }
}
