package org.xuefa.course;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns a lesson's Markdown into HTML that is safe to show: raw HTML in the file is escaped to text by the
 * Markdown renderer, and the result is cleaned against an allow-list, so no script, style or event handler from a
 * course file reaches a browser.
 */
@Component
public class LessonRenderer {
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .escapeHtml(true).sanitizeUrls(true).build();
    private final Safelist safelist = Safelist.relaxed().removeTags("img").addProtocols("a", "href", "https", "http")
            .addAttributes("a", "rel").preserveRelativeLinks(false);

    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, safelist);
    }
}
