package org.xuefa.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.ServiceTestBase;
import org.xuefa.hours.HoursCompliance;
import org.xuefa.security.Role;
import org.xuefa.study.SessionStatus;
import org.xuefa.study.StudySessions;

class PaperworkTest extends ServiceTestBase {
    @Autowired
    WebApplicationContext context;
    @Autowired
    StudySessions sessions;
    @Autowired
    HoursCompliance compliance;
    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse fetch(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(userDetailsService.loadUserByUsername(username)))).andReturn()
                .getResponse();
    }

    @Test
    void the_leaders_shufa_material_opens_for_the_leader_and_hr_but_not_for_another_towns_hr() throws Exception {
        Long leader = official("TP-002");
        MockHttpServletResponse docx = fetch("leader", "/export/shufa.docx?official=" + leader + "&year=2026");
        assertThat(docx.getStatus()).isEqualTo(200);
        String text;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
                var extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("李志强", "述法材料", "参加集体学法", "集中培训", "要求 90 学时", "网络自学", "要求 50 学时",
                "年度学法考试", "补学情况");
        assertThat(fetch("hr", "/export/shufa.docx?official=" + leader + "&year=2026").getStatus()).isEqualTo(200);
        String shijiaoHr = fixtures.newAccount(Role.HR, unit("shijiao"), null);
        assertThat(fetch(shijiaoHr, "/export/shufa.docx?official=" + leader + "&year=2026").getStatus())
                .isEqualTo(403);
        assertThat(fetch("cadre", "/export/shufa.docx?official=" + leader + "&year=2026").getStatus())
                .isEqualTo(403);
    }

    @Test
    void the_study_ledger_lists_every_held_session_and_the_hours_summary_agrees_with_compliance() throws Exception {
        MockHttpServletResponse xlsx = fetch("organizer", "/export/study-ledger.xlsx?unit=tangpeng&year=2026");
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet ledger = wb.getSheet("学法台账");
            assertThat(ledger.getRow(0).getCell(3).getStringCellValue()).isEqualTo("主题");
            loginAs("organizer");
            int closedOfTown = (int) sessions.ofUnit(unit("tangpeng"), Instant.parse("2025-12-31T16:00:00Z"),
                    Instant.parse("2026-12-31T16:00:00Z")).stream()
                    .filter(s -> s.status() == SessionStatus.CLOSED).count();
            assertThat(ledger.getLastRowNum()).isGreaterThanOrEqualTo(closedOfTown);
            Sheet hours = wb.getSheet("学时");
            Row total = hours.getRow(hours.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            var units = compliance.units(unit("tangpeng"));
            assertThat((int) total.getCell(1).getNumericCellValue()).isEqualTo(units.get(units.size() - 1).people());
            assertThat(wb.getSheet("学法考试").getRow(1).getCell(5).getStringCellValue()).isEqualTo("参考率");
        }
        String shijiaoHr = fixtures.newAccount(Role.HR, unit("shijiao"), null);
        assertThat(fetch(shijiaoHr, "/export/study-ledger.xlsx?unit=tangpeng&year=2026").getStatus()).isEqualTo(403);
    }

    @Test
    void the_study_ledger_pdf_lists_the_held_sessions_and_the_same_summaries() throws Exception {
        MockHttpServletResponse pdf = fetch("organizer", "/export/study-ledger.pdf?unit=tangpeng&year=2026");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text = AnnualReportTest.pdfText(pdf.getContentAsByteArray());
        loginAs("organizer");
        var held = sessions.ofUnit(unit("tangpeng"), Instant.parse("2025-12-31T16:00:00Z"),
                Instant.parse("2026-12-31T16:00:00Z")).stream().filter(s -> s.status() == SessionStatus.CLOSED)
                .toList();
        assertThat(held).isNotEmpty();
        assertThat(text).contains("塘蓬镇人民政府2026年学法台账", "主讲人", "学法记录", "学法考试", "参考率", "合计");
        for (var s : held) {
            // a long title may wrap inside its cell; its first characters stay together
            assertThat(text).as(s.title()).contains(s.title().replaceAll("\\s", "").substring(0,
                    Math.min(6, s.title().replaceAll("\\s", "").length())));
        }
        var units = compliance.units(unit("tangpeng"));
        assertThat(text).contains("合计" + units.get(units.size() - 1).people());
        Files.write(Path.of("target", "study-ledger-tangpeng-2026.pdf"), pdf.getContentAsByteArray());
        String shijiaoHr = fixtures.newAccount(Role.HR, unit("shijiao"), null);
        assertThat(fetch(shijiaoHr, "/export/study-ledger.pdf?unit=tangpeng&year=2026").getStatus()).isEqualTo(403);
        assertThat(fetch("cadre", "/export/study-ledger.pdf?unit=tangpeng&year=2026").getStatus()).isEqualTo(403);
    }
}
