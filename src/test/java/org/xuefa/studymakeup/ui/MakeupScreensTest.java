package org.xuefa.studymakeup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xuefa.KaribuTestBase;
import org.xuefa.people.OfficialRecord;
import org.xuefa.studymakeup.MakeupItem;
import org.xuefa.studymakeup.MakeupTasks;
import org.xuefa.support.Absentees;

class MakeupScreensTest extends KaribuTestBase {
    private static final String DEMO_SESSION = "会前学法：行政处罚决定程序与执行";

    @Autowired
    MakeupTasks makeup;
    @Autowired
    Absentees absentees;

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_cadre_sees_the_open_make_up_with_lesson_and_quiz_links_and_a_start_page_card() {
        loginAs("cadre");
        MakeupItem item = makeup.mine().stream().filter(i -> i.session().title().equals(DEMO_SESSION)).findFirst()
                .orElseThrow();
        navigate("my-makeup");
        Div panel = _get(Div.class, s -> s.withId("makeup-" + item.taskId()));
        assertThat(text(panel)).contains(DEMO_SESSION, "会前学法", "缺席", "请于 2026-12-10 前完成", "阅读：行政处罚法 · ",
                "通过测验：行政处罚法", "已完成", "未完成");
        assertThat(_find(panel, Anchor.class)).extracting(Anchor::getHref)
                .contains("courses/admin-penalty/lesson/4", "courses/admin-penalty/lesson/5", "courses/admin-penalty/quiz");
        navigate("");
        assertThat(text(_get(Div.class, s -> s.withId("card-makeup")))).contains("项补学待完成", DEMO_SESSION);
        assertThat(menuLabels()).contains("我的补学").doesNotContain("出勤统计");
    }

    @Test
    void an_absentee_confirms_a_session_without_lessons_on_the_page() {
        OfficialRecord o = absentees.oneInANewTown();
        loginAsOfficial(o.id());
        MakeupItem item = makeup.mine().get(0);
        navigate("my-makeup");
        Div panel = _get(Div.class, s -> s.withId("makeup-" + item.taskId()));
        assertThat(text(panel)).contains("主讲人：王律师（法律顾问）", "中华人民共和国行政处罚法 第三十三条");
        _click(_get(Button.class, s -> s.withId("makeup-confirm-" + item.taskId())));
        assertThat(makeup.mine().get(0).open()).as("an empty note is refused").isTrue();
        _get(TextArea.class, s -> s.withId("makeup-note-" + item.taskId())).setValue("学习了第三十三条：首违不罚");
        _click(_get(Button.class, s -> s.withId("makeup-confirm-" + item.taskId())));
        assertThat(makeup.mine().get(0).open()).isFalse();
        assertThat(text(_get(Paragraph.class, s -> s.withId("makeup-state-" + item.taskId())))).contains("已于");
        assertThat(text(_get(Div.class, s -> s.withId("makeup-open")))).contains("目前没有待完成的补学任务");
    }

    static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
