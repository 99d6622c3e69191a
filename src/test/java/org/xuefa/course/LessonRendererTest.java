package org.xuefa.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LessonRendererTest {
    private final LessonRenderer renderer = new LessonRenderer();

    @Test
    void script_and_event_handlers_from_a_course_file_never_reach_the_browser() {
        String html = renderer.toSafeHtml("""
                # 标题

                <script>alert('x')</script>

                <img src=x onerror=alert(1)>

                段落 <a href="javascript:alert(2)" onclick="alert(3)">链接</a> 与 <b onmouseover="alert(4)">粗体</b>

                [正常链接](https://flk.npc.gov.cn) 和 [坏链接](javascript:alert(5))
                """);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, style, iframe")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> e.attributes().forEach(a ->
                assertThat(a.getKey()).doesNotStartWith("on")));
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotContain("javascript"));
        assertThat(doc.text()).contains("<script>alert('x')</script>");
        assertThat(doc.select("a[href=https://flk.npc.gov.cn]")).hasSize(1);
        assertThat(doc.select("h1").text()).isEqualTo("标题");
    }

    @Test
    void quotes_lists_and_tables_render() {
        String html = renderer.toSafeHtml("> 第一条 为了规范……\n\n- 甲\n- 乙\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("blockquote")).hasSize(1);
        assertThat(doc.select("li")).hasSize(2);
        assertThat(doc.select("table td")).hasSize(2);
    }
}
