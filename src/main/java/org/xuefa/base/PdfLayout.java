package org.xuefa.base;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.IntFunction;

/**
 * The A4 page of Xuefa's printed documents (session records, sign-in sheets, the year's paperwork): margins, the
 * footer with the page number, headings, facts and table cells.
 */
public final class PdfLayout {
    private static final Color LINE = new Color(0x99, 0x99, 0x99);
    private static final float SIGNATURE_ROW = 26f;

    private PdfLayout() {
    }

    public interface Content {
        void add(Document document) throws DocumentException;
    }

    public static byte[] draw(String docTitle, PdfFonts.Style footer, IntFunction<String> pageLabel, Content content) {
        return draw(PageSize.A4, docTitle, footer, pageLabel, content);
    }

    /** As {@link #draw(String, PdfFonts.Style, IntFunction, Content)} on another page size (e.g. A4 landscape). */
    public static byte[] draw(Rectangle pageSize, String docTitle, PdfFonts.Style footer, IntFunction<String> pageLabel,
            Content content) {
        Document document = new Document(pageSize, 48, 48, 48, 54);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                            footer.phrase(docTitle + " · " + pageLabel.apply(w.getPageNumber())),
                            (d.left() + d.right()) / 2, d.bottom() - 24, 0);
                }
            });
            document.addTitle(docTitle);
            document.addCreator("Xuefa");
            document.open();
            content.add(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render " + docTitle, e);
        }
        return out.toByteArray();
    }

    public static void centered(Document document, Phrase phrase, float after)
            throws DocumentException {
        Paragraph p = new Paragraph(phrase);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }

    public static void heading(Document document, PdfFonts.Style style, String text)
            throws DocumentException {
        Paragraph p = new Paragraph(style.phrase(text));
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    public static void fact(PdfPTable table, PdfFonts.Style label, PdfFonts.Style value, String name,
            String text) {
        PdfPCell n = new PdfPCell(label.phrase(name));
        n.setBorder(Rectangle.BOTTOM);
        n.setBorderColor(new Color(0xDD, 0xDD, 0xDD));
        n.setPadding(4);
        table.addCell(n);
        PdfPCell v = new PdfPCell(value.phrase(text));
        v.setBorder(Rectangle.BOTTOM);
        v.setBorderColor(new Color(0xDD, 0xDD, 0xDD));
        v.setPadding(4);
        table.addCell(v);
    }

    public static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorderColor(LINE);
        c.setPadding(4);
        c.setMinimumHeight(SIGNATURE_ROW);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }
}
