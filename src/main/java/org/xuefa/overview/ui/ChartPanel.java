package org.xuefa.overview.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * One chart of the overview: a heading, the SVG (inside a div, so the browser parses it as SVG), a table of the
 * same figures for screen readers and a link to the screen behind it. The SVG and the table are built from escaped
 * text only (see {@link SvgChart#escape}).
 */
class ChartPanel extends Div {

    ChartPanel(String id, String title, String svg, List<String> headers, List<List<String>> rows, String linkText,
            String link) {
        setId(id);
        addClassName("xf-card");
        addClassName("xf-chart");
        add(new H3(title));
        if (svg != null) {
            Html chart = new Html("<div class=\"xf-svg\" aria-hidden=\"false\">" + svg + "</div>");
            add(chart);
        }
        Details table = new Details(getTranslation("overview.tableView"), new Html(table(headers, rows)));
        table.setId(id + "-table");
        add(table);
        if (link != null) {
            add(new Anchor(link, linkText));
        }
    }

    void note(String text, boolean alert) {
        Paragraph p = new Paragraph(text);
        p.addClassName(alert ? "xf-warning" : "xf-muted");
        addComponentAtIndex(1, p);
    }

    static String table(List<String> headers, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<div><table class=\"xf-table\"><thead><tr>");
        headers.forEach(h -> t.append("<th scope=\"col\">").append(SvgChart.escape(h)).append("</th>"));
        t.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            t.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                t.append('<').append(tag).append('>').append(SvgChart.escape(row.get(i)))
                        .append("</").append(i == 0 ? "th" : "td").append('>');
            }
            t.append("</tr>");
        }
        return t.append("</tbody></table></div>").toString();
    }
}
