package org.xuefa.studyrecord;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xuefa.TestClockConfig;
import org.xuefa.base.i18n.Messages;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.RosterRow;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;

/** The sign-in sheet drawn on its own, without the application: text, statuses, pages and fonts. */
class RecordPdfsTest {
    private final RecordPdfs pdfs = new RecordPdfs(new Messages(), null,
            Clock.fixed(TestClockConfig.NOW, TestClockConfig.ZONE));
    private final SessionRecord session = new SessionRecord(7L, "塘蓬镇", new SessionData(1L, SessionKind.CASE_BASED,
            "以案说法：行政处罚听证程序", Instant.parse("2026-12-03T07:00:00Z"), Instant.parse("2026-12-03T08:30:00Z"),
            "镇政府三楼会议室", null, "王律师", "镇法律顾问", List.of(), List.of(), Set.of(AudienceRule.unit(1L)),
            BigDecimal.valueOf(2)), SessionStatus.SCHEDULED, null, null, null, 0);

    private static RosterRow row(long id, String name, String unit, AttendanceStatus status, String note) {
        return new RosterRow(id, name, "TP-" + id, unit, status, null, null, note, null, null, null, true);
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void the_sheet_lists_chinese_names_units_and_statuses_with_an_empty_signature_column() throws IOException {
        byte[] pdf = pdfs.signInSheet(session, List.of(
                row(1, "罗文杰", "综合执法大队", AttendanceStatus.PRESENT, null),
                row(2, "陈志明", "综合执法大队", AttendanceStatus.LATE, null),
                row(3, "刘芳", "党政综合办公室", AttendanceStatus.EXCUSED, "公务外出"),
                row(4, "周敏", "党政综合办公室", AttendanceStatus.ABSENT, null),
                row(5, "郑家豪", "党政综合办公室", null, null)), Messages.CHINESE);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("签到表", "以案说法：行政处罚听证程序", "镇政府三楼会议室");
        // the extractor puts a space where the font changes between Latin digits and Chinese
        assertThat(text.replaceAll("\\s", "")).contains("2026年12月3日15:00–16:30");
        assertThat(text).contains("序号", "姓名", "单位", "出勤", "备注", "签名");
        assertThat(text).contains("罗文杰", "陈志明", "刘芳", "周敏", "郑家豪", "综合执法大队", "党政综合办公室");
        assertThat(text).contains("出席", "迟到", "请假", "缺席", "公务外出");
        // the unmarked invitee's status is blank: exactly four status words for five people
        assertThat(text.split("缺席|出席|迟到|请假", -1)).hasSize(5);
    }

    @Test
    void a_long_list_breaks_across_a4_pages_with_the_header_row_on_each() throws IOException {
        List<RosterRow> many = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            many.add(row(i, "干部" + i, "综合执法大队", i % 2 == 0 ? AttendanceStatus.PRESENT : null, null));
        }
        byte[] pdf = pdfs.signInSheet(session, many, Messages.CHINESE);
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                assertThat(extractor.getTextFromPage(page)).as("page " + page).contains("序号", "签名",
                        "第 " + page + " 页");
                assertThat(reader.getPageSize(page).getWidth()).isEqualTo(595f);
                assertThat(reader.getPageSize(page).getHeight()).isEqualTo(842f);
            }
            assertThat(extractor.getTextFromPage(reader.getNumberOfPages())).contains("干部80");
        } finally {
            reader.close();
        }
        // the shipped Chinese font is embedded, so a machine without one prints the names
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/FontFile2");
    }

    @Test
    void the_english_sheet_speaks_english_but_keeps_the_names() throws IOException {
        String text = text(pdfs.signInSheet(session, List.of(row(1, "罗文杰", "综合执法大队",
                AttendanceStatus.PRESENT, null)), Messages.ENGLISH));
        assertThat(text).contains("Sign-in sheet", "Signature", "Present", "罗文杰").doesNotContain("签到表");
    }
}
