package org.xuefa.people;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.xuefa.base.Allowed;
import org.xuefa.base.PdfFonts;
import org.xuefa.base.PublicUrl;
import org.xuefa.base.QrCodes;
import org.xuefa.base.Spreadsheets;
import org.xuefa.base.i18n.Messages;

/**
 * The papers of a roll-out: slips to cut and hand out (eight to an A4 page: name, unit, user name, one-time
 * password, the sign-in address and its QR code) and the same list as a spreadsheet. Made from the slips the screen
 * holds; nothing is read from the database, where the passwords are not.
 */
@Service
public class AccountSlips {
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RED = new Color(0xA3, 0x1F, 0x1F);

    private final Messages messages;
    private final String signInUrl;

    AccountSlips(Messages messages, @Value("${xuefa.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.signInUrl = PublicUrl.base(publicUrl) + "/login";
    }

    @Allowed.Hr
    public String signInUrl() {
        return signInUrl;
    }

    @Allowed.Hr
    public byte[] pdf(List<RolloutSlip> slips, Locale locale) {
        try {
            return draw(slips, locale);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not render the account slips", e);
        }
    }

    @Allowed.Hr
    public byte[] xlsx(List<RolloutSlip> slips, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(t(locale, "official.staffNumber"), t(locale, "official.name"), t(locale, "official.unit"),
                t(locale, "rollout.username"), t(locale, "rollout.password"), t(locale, "rollout.url")));
        slips.forEach(s -> rows.add(List.of(s.staffNumber(), s.name(), s.unitName(), s.username(),
                s.oneTimePassword(), signInUrl)));
        return Spreadsheets.xlsx(t(locale, "rollout.sheet"), rows);
    }

    private byte[] draw(List<RolloutSlip> slips, Locale locale) throws DocumentException, IOException {
        PdfFonts type = PdfFonts.load();
        PdfFonts.Style title = type.style(12, Font.BOLD, RED);
        PdfFonts.Style label = type.style(9, Font.NORMAL, GREY);
        PdfFonts.Style value = type.style(11, Font.NORMAL, Color.BLACK);
        PdfFonts.Style secret = type.style(15, Font.BOLD, Color.BLACK);
        PdfFonts.Style small = type.style(8, Font.NORMAL, GREY);
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(t(locale, "rollout.pdf.title"));
        document.addCreator("Xuefa");
        document.open();
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        Image qr = Image.getInstance(QrCodes.png(signInUrl, 240));
        qr.scaleAbsolute(72, 72);
        for (RolloutSlip s : slips) {
            PdfPTable slip = new PdfPTable(new float[] {2.6f, 1f});
            slip.setWidthPercentage(100);
            PdfPCell text = new PdfPCell();
            text.setBorder(Rectangle.NO_BORDER);
            text.addElement(new Paragraph(title.phrase(t(locale, "rollout.pdf.title"))));
            text.addElement(new Paragraph(value.phrase(s.name() + "  ·  " + s.unitName())));
            text.addElement(new Paragraph(label.phrase(t(locale, "rollout.username"))));
            text.addElement(new Paragraph(secret.phrase(s.username())));
            text.addElement(new Paragraph(label.phrase(t(locale, "rollout.password"))));
            text.addElement(new Paragraph(secret.phrase(s.oneTimePassword())));
            slip.addCell(text);
            PdfPCell code = new PdfPCell(qr, false);
            code.setBorder(Rectangle.NO_BORDER);
            code.setHorizontalAlignment(Element.ALIGN_CENTER);
            code.setVerticalAlignment(Element.ALIGN_MIDDLE);
            slip.addCell(code);
            PdfPCell foot = new PdfPCell(small.phrase(signInUrl + "\n" + t(locale, "rollout.pdf.note")));
            foot.setColspan(2);
            foot.setBorder(Rectangle.NO_BORDER);
            slip.addCell(foot);
            PdfPCell cell = new PdfPCell(slip);
            cell.setPadding(10);
            cell.setFixedHeight(196);
            cell.setBorderColor(new Color(0xAA, 0xAA, 0xAA));
            table.addCell(cell);
        }
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER); // the blank cell that completes an odd last row
        table.completeRow();
        if (slips.isEmpty()) {
            document.add(new Paragraph(value.phrase(t(locale, "rollout.none"))));
        } else {
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getTranslation(key, locale, args);
    }
}
