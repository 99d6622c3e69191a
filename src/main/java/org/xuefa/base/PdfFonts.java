package org.xuefa.base;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF Xuefa prints (certificates, session records, sign-in sheets): the Chinese TrueType font shipped in the jar (embedded as a subset, so
 * the paper prints on machines without Chinese fonts) with OpenPDF's Liberation Sans for Latin text, the same
 * Without the shipped font, the standard STSong-Light is referenced instead.
 */
public record PdfFonts(BaseFont cjk, BaseFont latin) {
    public static final String EMBEDDED_CJK = "/fonts/certificate-cjk.ttf";
    private static final String LATIN = "/font-fallback/LiberationSans-Regular.ttf";
    private static volatile byte[] cjkBytes;
    private static volatile byte[] latinBytes;

    public static PdfFonts load() {
        try {
            if (cjkBytes == null) {
                cjkBytes = resource(EMBEDDED_CJK);
                latinBytes = resource(LATIN);
            }
            if (cjkBytes == null || latinBytes == null) {
                return new PdfFonts(BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED), null);
            }
            // cached by OpenPDF; each document's writer keeps its own subset of the glyphs it used
            return new PdfFonts(
                    BaseFont.createFont("certificate-cjk.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, cjkBytes,
                            null),
                    BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                            latinBytes, null));
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load the PDF fonts", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Style style(float size, int style, Color color) {
        return new Style(this, size, style, color);
    }

    public record Style(PdfFonts type, float size, int style, Color color) {
        public Phrase phrase(String text) {
            String t = text == null ? "" : text;
            Phrase phrase;
            if (type.latin() == null) {
                phrase = new Phrase(t, new Font(type.cjk(), size, style, color));
            } else {
                FontSelector selector = new FontSelector();
                selector.addFont(new Font(type.latin(), size, style, color));
                selector.addFont(new Font(type.cjk(), size, style, color));
                phrase = selector.process(t);
            }
            phrase.setLeading(size * 1.5f);
            return phrase;
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (var in = PdfFonts.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
