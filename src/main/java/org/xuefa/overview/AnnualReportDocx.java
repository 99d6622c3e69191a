package org.xuefa.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.xuefa.quiz.ExamSummary;

/** Writes the annual report material as an editable Word document (Apache POI XWPF). */
final class AnnualReportDocx {
    private AnnualReportDocx() {
    }

    static byte[] write(AnnualFacts facts, List<AnnualDraft.Section> sections) {
        try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            Docx.paragraph(doc, facts.unitName(), 16, true, ParagraphAlignment.CENTER);
            Docx.paragraph(doc, facts.unitName() + " " + facts.year() + " 年法治政府建设年度报告（学法部分素材）", 18, true,
                    ParagraphAlignment.CENTER);
            XWPFParagraph mark = doc.createParagraph();
            XWPFRun run = mark.createRun();
            run.setText(AnnualDraft.DRAFT_MARK);
            run.setColor("C62828");
            run.setBold(true);
            for (AnnualDraft.Section s : sections) {
                Docx.paragraph(doc, s.heading(), 14, true, ParagraphAlignment.LEFT);
                for (String p : s.paragraphs()) {
                    Docx.paragraph(doc, p, 12, false, ParagraphAlignment.BOTH);
                }
                if (s.heading().startsWith("三") && facts.exam() != null) {
                    examTable(doc, facts.exam());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void examTable(XWPFDocument doc, ExamSummary exam) {
        XWPFTable t = doc.createTable(1, 6);
        Docx.row(t.getRow(0), List.of("单位", "应考", "实考", "参考率", "合格率", "优秀率"));
        for (ExamSummary.UnitResult u : exam.units()) {
            Docx.row(t.createRow(), List.of(u.unitName(), String.valueOf(u.audience()), String.valueOf(u.sat()),
                    AnnualDraft.pct(u.participation()), AnnualDraft.pct(u.passRate()), AnnualDraft.pct(u.excellence())));
        }
    }
}
