package org.xuefa.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.base.i18n.Messages;

class CertificatePdfTest {
    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

    /** The certificate keys until they are merged into the real bundle; the real bundle wins once they are. */
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("certificate.pdf.title", "合格证书"),
            Map.entry("certificate.pdf.certifies", "兹证明"),
            Map.entry("certificate.pdf.passed", "参加“{0}”考试，成绩{1}，特发此证。"),
            Map.entry("certificate.pdf.scan", "扫码验证"),
            Map.entry("certificate.pdf.issuer", "学法平台"),
            Map.entry("certificate.field.name", "姓名"),
            Map.entry("certificate.field.exam", "考试"),
            Map.entry("certificate.field.band", "成绩等级"),
            Map.entry("certificate.field.issuedOn", "发证日期"),
            Map.entry("certificate.field.validUntil", "有效期至"),
            Map.entry("certificate.field.code", "证书编号"));
    private static final Map<String, String> EN = Map.of(
            "certificate.pdf.title", "Certificate of Passing",
            "certificate.pdf.scan", "Scan to verify",
            "certificate.field.name", "Name",
            "certificate.field.exam", "Exam",
            "certificate.field.band", "Result",
            "certificate.field.issuedOn", "Issued on",
            "certificate.field.validUntil", "Valid until",
            "certificate.field.code", "Certificate code");

    private final Messages messages = new Messages() {
        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            String real = super.getTranslation(key, locale, params);
            if (!real.startsWith("!")) {
                return real;
            }
            Map<String, String> local = Messages.ENGLISH.equals(Messages.supported(locale)) ? EN : ZH;
            String pattern = local.get(key);
            return pattern == null ? real
                    : new MessageFormat(pattern, Messages.supported(locale)).format(params);
        }
    };

    private final CertificatePdf pdf = new CertificatePdf(messages, "https://xuefa.example.gov.cn/");

    private final CertificateRecord luo = new CertificateRecord("K7QX-3MPA-9RTW", "罗文杰", "2025年度乡镇干部学法考试",
            Band.EXCELLENT, LocalDate.of(2025, 6, 18), LocalDate.of(2025, 12, 31), true, false);

    @Test
    void the_certificate_carries_the_chinese_name_and_the_code_as_text(@TempDir Path dir) throws Exception {
        byte[] bytes = pdf.render(luo, "优秀");

        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(bytes, dir);
        assertThat(text).contains("罗文杰", "K7QX-3MPA-9RTW", "优秀", "2025年度乡镇干部学法考试");
    }

    @Test
    void the_page_is_one_landscape_a4_sheet_with_no_font_read_from_the_machine() throws IOException {
        PdfReader reader = new PdfReader(pdf.render(luo, "优秀"));
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(
                    reader.getPageSizeWithRotation(1).getHeight());
            String raw = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
            assertThat(raw).isNotEmpty();
        } finally {
            reader.close();
        }
        String whole = new String(pdf.render(luo, "优秀"), StandardCharsets.ISO_8859_1);
        // the shipped CJK font is embedded (subset), so no reader needs a Chinese font of its own
        assertThat(CertificatePdf.class.getResource(CertificatePdf.EMBEDDED_CJK)).isNotNull();
        assertThat(whole).contains("/FontFile2").doesNotContain("/STSong-Light");
    }

    @Test
    void the_qr_code_points_at_the_public_verification_page() {
        assertThat(pdf.verificationUrl("K7QX-3MPA-9RTW")).isEqualTo("https://xuefa.example.gov.cn/verify/K7QX-3MPA-9RTW");
        assertThat(new String(pdf.render(luo, "优秀"), StandardCharsets.ISO_8859_1)).contains("/Image");
    }

    /** pdftotext where the machine has it (what a person's tools see), else OpenPDF's own extractor. */
    private static String text(byte[] bytes, Path dir) throws Exception {
        if (Files.isExecutable(PDFTOTEXT)) {
            Path file = dir.resolve("certificate.pdf");
            Files.write(file, bytes);
            if (System.getProperty("certificate.pdf.keep") != null) {
                Files.write(Path.of(System.getProperty("certificate.pdf.keep")), bytes);
            }
            Path out = dir.resolve("certificate.txt");
            Process p = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", file.toString(), out.toString())
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        }
        PdfReader reader = new PdfReader(bytes);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
