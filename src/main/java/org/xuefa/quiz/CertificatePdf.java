package org.xuefa.quiz;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xuefa.base.PdfFonts;
import org.xuefa.base.PublicUrl;
import org.xuefa.base.i18n.Messages;

/**
 * Draws a certificate of passing as a one-page A4 landscape PDF, Chinese first with English beneath.
 *
 * <p>Fonts never come from the machine. By default Chinese is set in STSong-Light, one of the standard CJK fonts of
 * PDF: its metrics and the UniGB-UCS2-H cmap ship inside the OpenPDF jar. That font is referenced, not embedded, so
 * the viewer supplies the glyphs (browsers, Preview, WPS and Adobe Reader with its Asian font pack do; a viewer
 * without any Chinese font shows boxes). The text is searchable and copyable as Unicode either way. If the classpath
 * holds {@value #EMBEDDED_CJK} (a TrueType font with Chinese glyphs and a licence that allows embedding), its glyphs
 * are embedded as a subset instead, with OpenPDF's bundled Liberation Sans for Latin text.
 */
@Component
class CertificatePdf {
    static final String EMBEDDED_CJK = PdfFonts.EMBEDDED_CJK;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Color RED = new Color(0xA3, 0x1F, 0x1F);
    private static final Color GOLD = new Color(0xB8, 0x86, 0x0B);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final Messages messages;
    private final String publicUrl;

    CertificatePdf(Messages messages, @Value("${xuefa.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = PublicUrl.base(publicUrl);
    }

    /** Where anyone can check the certificate with this code. */
    String verificationUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    byte[] render(CertificateRecord certificate) {
        String band = certificate.band() == null ? ""
                : messages.getTranslation("band." + certificate.band().name(), Messages.CHINESE);
        return render(certificate, band);
    }

    /** Renders with the band's label given, so that a caller (or a test) decides the wording. */
    byte[] render(CertificateRecord certificate, String bandLabel) {
        try {
            return draw(certificate, bandLabel);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render certificate " + certificate.code(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] draw(CertificateRecord c, String bandLabel) throws DocumentException, IOException {
        PdfFonts type = PdfFonts.load();
        PdfFonts.Style title = type.style(40, Font.BOLD, RED);
        PdfFonts.Style subtitle = type.style(16, Font.NORMAL, GREY);
        PdfFonts.Style body = type.style(16, Font.NORMAL, Color.BLACK);
        PdfFonts.Style emphasis = type.style(18, Font.BOLD, Color.BLACK);
        PdfFonts.Style label = type.style(12, Font.NORMAL, GREY);
        PdfFonts.Style value = type.style(13, Font.NORMAL, Color.BLACK);
        PdfFonts.Style small = type.style(9, Font.NORMAL, GREY);

        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 72, 72, 64, 56);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(zh("certificate.pdf.title") + " " + c.code());
        document.addCreator("Xuefa");
        document.open();
        border(writer.getDirectContentUnder(), page);

        Paragraph heading = new Paragraph(title.phrase(zh("certificate.pdf.title")));
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph english = new Paragraph(subtitle.phrase(en("certificate.pdf.title").toUpperCase(Locale.ROOT)));
        english.setAlignment(Element.ALIGN_CENTER);
        english.setSpacingAfter(22);
        document.add(english);

        Paragraph statement = new Paragraph();
        statement.setLeading(30);
        statement.add(body.phrase(zh("certificate.pdf.certifies")));
        statement.add(emphasis.phrase(" " + c.officialName() + " "));
        statement.add(body.phrase(zh("certificate.pdf.passed", c.examTitle(), bandLabel)));
        statement.setAlignment(Element.ALIGN_CENTER);
        statement.setSpacingAfter(24);
        document.add(statement);

        PdfPTable layout = new PdfPTable(new float[] {3.2f, 1.3f});
        layout.setWidthPercentage(100);
        PdfPTable details = new PdfPTable(new float[] {1.4f, 3f});
        details.setWidthPercentage(100);
        detail(details, "certificate.field.name", c.officialName(), label, value);
        detail(details, "certificate.field.exam", c.examTitle(), label, value);
        detail(details, "certificate.field.band", bandLabel, label, value);
        detail(details, "certificate.field.issuedOn", date(c.issuedOn()), label, value);
        detail(details, "certificate.field.validUntil", date(c.validUntil()), label, value);
        detail(details, "certificate.field.code", c.code(), label, value);
        PdfPCell left = new PdfPCell(details);
        left.setBorder(Rectangle.NO_BORDER);
        left.setVerticalAlignment(Element.ALIGN_MIDDLE);
        layout.addCell(left);

        String url = verificationUrl(c.code());
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        right.setHorizontalAlignment(Element.ALIGN_CENTER);
        Image qr = Image.getInstance(qrPng(url));
        qr.scaleAbsolute(130, 130);
        qr.setAlignment(Image.ALIGN_CENTER);
        right.addElement(qr);
        Paragraph scan = new Paragraph(small.phrase(zh("certificate.pdf.scan") + " / " + en("certificate.pdf.scan")));
        scan.setAlignment(Element.ALIGN_CENTER);
        right.addElement(scan);
        Paragraph link = new Paragraph(small.phrase(url));
        link.setAlignment(Element.ALIGN_CENTER);
        right.addElement(link);
        layout.addCell(right);
        document.add(layout);

        Paragraph issuer = new Paragraph(body.phrase(zh("certificate.pdf.issuer")));
        issuer.setAlignment(Element.ALIGN_RIGHT);
        issuer.setSpacingBefore(18);
        document.add(issuer);
        Paragraph issued = new Paragraph(body.phrase(date(c.issuedOn())));
        issued.setAlignment(Element.ALIGN_RIGHT);
        document.add(issued);
        document.close();
        return out.toByteArray();
    }

    private void detail(PdfPTable table, String key, String text, PdfFonts.Style label, PdfFonts.Style value) {
        PdfPCell name = new PdfPCell(label.phrase(zh(key) + "  " + en(key)));
        name.setBorder(Rectangle.BOTTOM);
        name.setBorderColor(new Color(0xDD, 0xDD, 0xDD));
        name.setPadding(6);
        table.addCell(name);
        PdfPCell cell = new PdfPCell(value.phrase(text == null ? "" : text));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(0xDD, 0xDD, 0xDD));
        cell.setPadding(6);
        table.addCell(cell);
    }

    private static void border(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(4);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();
        canvas.setLineWidth(1);
        canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
        canvas.stroke();
        canvas.restoreState();
    }

    static byte[] qrPng(String text) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 360, 360,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : CHINESE_DATE.format(date);
    }

    private String zh(String key, Object... args) {
        return messages.getTranslation(key, Messages.CHINESE, args);
    }

    private String en(String key, Object... args) {
        return messages.getTranslation(key, Messages.ENGLISH, args);
    }
}
