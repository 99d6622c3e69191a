package org.xuefa.overview;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The few XWPF moves the Word documents share: a paragraph in a CJK font, a table row of texts. */
final class Docx {
    static final String FONT = "SimSun";

    private Docx() {
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
        return p;
    }

    static void row(XWPFTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.getCell(i) == null ? row.addNewTableCell() : row.getCell(i);
            cell.setText(cells.get(i));
        }
    }
}
