package org.xuefa.overview;

import static org.xuefa.base.PdfLayout.centered;
import static org.xuefa.base.PdfLayout.heading;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import java.util.function.Consumer;
import org.xuefa.base.PdfFonts;
import org.xuefa.base.PdfLayout;
import org.xuefa.hours.UnitCompliance;
import org.xuefa.quiz.ExamSummary;

/**
 * Prints the 学法台账 as an A4 landscape PDF from the same lines and summaries as the workbook
 * ({@link StudyLedger}): the held sessions in a table whose header repeats on every page, then the year's exam
 * results and hours compliance. Chinese, like the workbook.
 */
final class LedgerPdf {
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);
    private static final Color LINE = new Color(0x99, 0x99, 0x99);

    private LedgerPdf() {
    }

    /** The sessions come through {@code lines}, one at a time, so the ledger is not gathered twice. */
    static byte[] write(String unitName, int year, Consumer<Consumer<StudyLedger.Line>> lines, ExamSummary exam,
            List<UnitCompliance> hours) {
        PdfFonts type = PdfFonts.load();
        PdfFonts.Style title = type.style(18, Font.BOLD, Color.BLACK);
        PdfFonts.Style section = type.style(12, Font.BOLD, Color.BLACK);
        PdfFonts.Style head = type.style(8.5f, Font.BOLD, Color.BLACK);
        PdfFonts.Style body = type.style(8.5f, Font.NORMAL, Color.BLACK);
        PdfFonts.Style small = type.style(7.5f, Font.NORMAL, AnnualReportPdf.GREY);
        String docTitle = unitName + " " + year + " 年学法台账";
        return PdfLayout.draw(PageSize.A4.rotate(), docTitle, small, AnnualReportPdf::page, document -> {
            centered(document, title.phrase(docTitle), 10);
            PdfPTable t = table(head, new float[] {1.5f, 1.8f, 1.4f, 2.6f, 1.5f, 2.6f, 0.8f, 0.7f, 0.7f, 0.7f, 0.7f, 4.1f},
                    "日期", "单位", "形式", "主题", "主讲人", "学习法律", "分钟", "应到", "实到", "请假", "缺席", "学法记录");
            int[] count = {0};
            lines.accept(l -> {
                count[0]++;
                add(t, body, l.date().toString(), l.unitName(), AnnualDraft.kindName(l.kind()), l.title(),
                        l.speaker(), l.laws(), l.minutes(), l.invited(), l.attended(), l.excused(), l.absent());
                t.addCell(cell(small.phrase(l.record()), false));
            });
            if (count[0] == 0) {
                document.add(new Paragraph(body.phrase("本年度未在系统中记录已举行的学法活动。")));
            } else {
                document.add(t);
            }

            heading(document, section, "学法考试");
            if (exam == null) {
                document.add(new Paragraph(body.phrase("本年度无学法考试")));
            } else {
                document.add(new Paragraph(body.phrase(exam.exam().title())));
                PdfPTable e = table(head, new float[] {3f, 1f, 1f, 1f, 1f, 1.2f, 1.2f, 1.2f},
                        "单位", "应考", "实考", "合格", "优秀", "参考率", "合格率", "优秀率");
                for (ExamSummary.UnitResult u : exam.units()) {
                    exam(e, body, u.unitName(), u);
                }
                exam(e, body, "合计", exam.total());
                document.add(e);
            }

            heading(document, section, "学时");
            PdfPTable h = table(head, new float[] {3f, 1f, 1f, 1f, 1.2f, 1.4f, 1.4f},
                    "单位", "人数", "已达标", "进度落后", "已无法完成", "集中培训学时", "网络自学学时");
            for (UnitCompliance u : hours) {
                add(h, body, u.unitId() == null ? "合计" : u.unitName(), u.people(), u.met(), u.behind(),
                        u.cannotMakeIt(), u.training().stripTrailingZeros().toPlainString(),
                        u.online().stripTrailingZeros().toPlainString());
            }
            document.add(h);
        });
    }

    /** A table cell with a thin border; a header cell is shaded and centred. */
    static PdfPCell cell(Phrase phrase, boolean header) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorderColor(LINE);
        c.setPadding(3);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (header) {
            c.setBackgroundColor(HEAD);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        return c;
    }

    private static PdfPTable table(PdfFonts.Style head, float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setHeaderRows(1); // repeated at the top of every page
        for (String h : headers) {
            t.addCell(cell(head.phrase(h), true));
        }
        return t;
    }

    private static void exam(PdfPTable t, PdfFonts.Style body, String name, ExamSummary.UnitResult u) {
        add(t, body, name, u.audience(), u.sat(), u.passed(), u.excellent(), AnnualDraft.pct(u.participation()),
                AnnualDraft.pct(u.passRate()), AnnualDraft.pct(u.excellence()));
    }

    private static void add(PdfPTable t, PdfFonts.Style body, Object... values) {
        for (Object v : values) {
            PdfPCell c = cell(body.phrase(v == null ? "" : v.toString()), false);
            if (v instanceof Number) {
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(c);
        }
    }
}
