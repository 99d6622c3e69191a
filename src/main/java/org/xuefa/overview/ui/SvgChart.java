package org.xuefa.overview.ui;

import java.util.List;
import java.util.Locale;

/**
 * A small SVG builder for the overview's charts, drawn on the server: horizontal bars (ranked values, planned
 * against held) and a line over months. Every text is escaped here, the only markup is ours, and the viewBox lets
 * the chart scale down to a phone. Each chart carries a {@code <title>} and {@code role="img"}; the table beside it
 * is the screen-reader view.
 */
final class SvgChart {
    private static final int WIDTH = 640;
    private static final int LABEL = 190;
    private static final int ROW = 26;

    private SvgChart() {
    }

    /** One bar: a label, a value (0–max) and the text printed beside it; {@code alert} draws it in the error colour. */
    record Bar(String label, double value, String text, boolean alert) {
    }

    /** Bars, one per row; several series per row are drawn as thinner stacked rows of one group. */
    static String bars(String title, List<List<Bar>> groups, double max, List<String> seriesColours) {
        int rows = groups.stream().mapToInt(List::size).sum();
        int height = 12 + rows * ROW + groups.size() * 8;
        StringBuilder svg = open(title, height);
        int y = 8;
        for (List<Bar> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                Bar b = group.get(i);
                double w = max <= 0 ? 0 : Math.max(0, Math.min(1, b.value() / max)) * (WIDTH - LABEL - 70);
                String colour = b.alert() ? "#c62828" : seriesColours.get(i % seriesColours.size());
                svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17)
                        .append("\" text-anchor=\"end\" font-size=\"13\">").append(escape(b.label())).append("</text>");
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(fmt(w)).append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(colour)
                        .append("\" rx=\"2\"/>");
                svg.append("<text x=\"").append(fmt(LABEL + w + 6)).append("\" y=\"").append(y + 17)
                        .append("\" font-size=\"13\">").append(escape(b.text())).append("</text>");
                y += ROW;
            }
            y += 8;
        }
        return svg.append("</svg>").toString();
    }

    /** A line over labelled points (null: no data, the line breaks), values 0–max, with dots and values. */
    static String line(String title, List<String> labels, List<Double> values, double max, String unit) {
        int height = 220;
        int left = 40;
        int bottom = height - 30;
        int step = labels.size() <= 1 ? 0 : (WIDTH - left - 30) / (labels.size() - 1);
        StringBuilder svg = open(title, height);
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - 10)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#999\"/>");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            int x = left + i * step;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(height - 10)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(escape(labels.get(i))).append("</text>");
            Double v = values.get(i);
            if (v == null) {
                path.append(' ');
                continue;
            }
            double y = bottom - (max <= 0 ? 0 : Math.min(1, v / max)) * (bottom - 20);
            path.append(path.isEmpty() || path.charAt(path.length() - 1) == ' ' ? "M" : "L").append(x).append(',')
                    .append(fmt(y));
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"#1565c0\"/>");
            svg.append("<text x=\"").append(x).append("\" y=\"").append(fmt(y - 8))
                    .append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(escape(Math.round(v) + unit)).append("</text>");
        }
        if (!path.toString().isBlank()) {
            svg.append("<path d=\"").append(path.toString().trim().replaceAll(" +", " ")).append("\" fill=\"none\"")
                    .append(" stroke=\"#1565c0\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\">")
                .append("<title>").append(escape(title)).append("</title>");
    }

    /** Escapes text for an SVG or HTML text node or attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
