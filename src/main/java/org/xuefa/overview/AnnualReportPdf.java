package org.xuefa.overview;

import static org.xuefa.base.PdfLayout.centered;
import static org.xuefa.base.PdfLayout.heading;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.xuefa.base.PdfFonts;
import org.xuefa.base.PdfLayout;
import org.xuefa.quiz.ExamSummary;

/**
 * Writes the annual report material as an A4 PDF: the same facts and draft sections as the Word file
 * ({@link AnnualReportDocx}), for filing or printing as is. Chinese, the language the report is filed in.
 */
final class AnnualReportPdf {
    static final Color DRAFT_RED = new Color(0xC6, 0x28, 0x28);
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    private AnnualReportPdf() {
    }

    static byte[] write(AnnualFacts facts, List<AnnualDraft.Section> sections) {
        PdfFonts type = PdfFonts.load();
        PdfFonts.Style title = type.style(18, Font.BOLD, Color.BLACK);
        PdfFonts.Style subtitle = type.style(14, Font.BOLD, Color.BLACK);
        PdfFonts.Style section = type.style(13, Font.BOLD, Color.BLACK);
        PdfFonts.Style body = type.style(11, Font.NORMAL, Color.BLACK);
        PdfFonts.Style head = type.style(10, Font.BOLD, Color.BLACK);
        PdfFonts.Style cell = type.style(10, Font.NORMAL, Color.BLACK);
        PdfFonts.Style small = type.style(8.5f, Font.NORMAL, GREY);
        String docTitle = facts.unitName() + " " + facts.year() + " 年法治政府建设年度报告（学法部分素材）";
        return PdfLayout.draw(docTitle, small, AnnualReportPdf::page, document -> {
            centered(document, subtitle.phrase(facts.unitName()), 4);
            centered(document, title.phrase(docTitle), 10);
            Paragraph mark = new Paragraph(type.style(11, Font.BOLD, DRAFT_RED).phrase(AnnualDraft.DRAFT_MARK));
            mark.setSpacingAfter(6);
            document.add(mark);
            for (AnnualDraft.Section s : sections) {
                heading(document, section, s.heading());
                for (String p : s.paragraphs()) {
                    Paragraph para = new Paragraph(body.phrase(p));
                    para.setAlignment(Element.ALIGN_JUSTIFIED);
                    para.setFirstLineIndent(22);
                    para.setSpacingAfter(4);
                    document.add(para);
                }
                if (s.heading().startsWith("三") && facts.exam() != null) {
                    document.add(examTable(facts.exam(), head, cell));
                }
            }
        });
    }

    /** The footer's page label, "第 N 页". */
    static String page(int n) {
        return "第 " + n + " 页";
    }

    private static PdfPTable examTable(ExamSummary exam, PdfFonts.Style head, PdfFonts.Style body) {
        PdfPTable t = new PdfPTable(new float[] {3f, 1f, 1f, 1.2f, 1.2f, 1.2f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        for (String h : List.of("单位", "应考", "实考", "参考率", "合格率", "优秀率")) {
            t.addCell(LedgerPdf.cell(head.phrase(h), true));
        }
        for (ExamSummary.UnitResult u : exam.units()) {
            for (String v : List.of(u.unitName(), String.valueOf(u.audience()), String.valueOf(u.sat()),
                    AnnualDraft.pct(u.participation()), AnnualDraft.pct(u.passRate()), AnnualDraft.pct(u.excellence()))) {
                t.addCell(LedgerPdf.cell(body.phrase(v), false));
            }
        }
        return t;
    }
}
