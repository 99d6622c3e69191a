package org.xuefa.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.xuefa.quiz.ExamResults;
import org.xuefa.security.Role;

class AnnualReportTest extends ServiceTestBase {
    @Autowired
    WebApplicationContext context;
    @Autowired
    LeadersOverview overview;
    @Autowired
    ExamResults results;
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
    void the_tangpeng_2026_report_has_the_brigade_sentence_and_the_years_exam_rates() throws Exception {
        MockHttpServletResponse docx = fetch("leader", "/export/annual-report.docx?unit=tangpeng&year=2026");
        assertThat(docx.getStatus()).isEqualTo(200);
        String text;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
                var extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("【草稿】", "塘蓬镇人民政府 2026 年法治政府建设年度报告",
                "综合执法大队（执法岗位）：编制 5 人，实有 2 人，缺编 3 人", "第2季度集体学法次数未达到计划");
        loginAs("leader");
        var total = results.summary(overview.annualExam(2026).orElseThrow().id()).total();
        assertThat(text).contains("参考率 " + AnnualDraft.pct(total.participation()) + "，合格率 "
                + AnnualDraft.pct(total.passRate()) + "，优秀率 " + AnnualDraft.pct(total.excellence()));
        Path out = Path.of("target", "annual-report-tangpeng-2026.docx");
        Files.write(out, docx.getContentAsByteArray()); // for a look in LibreOffice
    }

    /** The PDF's text with every space and line break taken out (lines wrap; fonts change between digits and Chinese). */
    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            return all.toString().replaceAll("\\s", "");
        } finally {
            reader.close();
        }
    }

    @Test
    void the_pdf_says_what_the_word_file_says() throws Exception {
        MockHttpServletResponse pdf = fetch("leader", "/export/annual-report.pdf?unit=tangpeng&year=2026");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("annual-report-tangpeng-2026.pdf");
        String text = pdfText(pdf.getContentAsByteArray());
        assertThat(text).contains("【草稿】", "塘蓬镇人民政府2026年法治政府建设年度报告",
                "综合执法大队（执法岗位）：编制5人，实有2人，缺编3人", "第2季度集体学法次数未达到计划", "第1页");
        loginAs("leader");
        var total = results.summary(overview.annualExam(2026).orElseThrow().id()).total();
        assertThat(text).contains(("参考率 " + AnnualDraft.pct(total.participation()) + "，合格率 "
                + AnnualDraft.pct(total.passRate())).replace(" ", ""));
        Files.write(Path.of("target", "annual-report-tangpeng-2026.pdf"), pdf.getContentAsByteArray());
        String shijiaoHr = fixtures.newAccount(Role.HR, unit("shijiao"), null);
        assertThat(fetch(shijiaoHr, "/export/annual-report.pdf?unit=tangpeng&year=2026").getStatus()).isEqualTo(403);
        assertThat(fetch("cadre", "/export/annual-report.pdf?unit=tangpeng&year=2026").getStatus()).isEqualTo(403);
    }

    @Test
    void another_towns_hr_and_a_cadre_get_403() throws Exception {
        String shijiaoHr = fixtures.newAccount(Role.HR, unit("shijiao"), null);
        assertThat(fetch(shijiaoHr, "/export/annual-report.docx?unit=tangpeng&year=2026").getStatus()).isEqualTo(403);
        assertThat(fetch("cadre", "/export/annual-report.docx?unit=tangpeng&year=2026").getStatus()).isEqualTo(403);
        assertThat(fetch(shijiaoHr, "/export/annual-report.docx?unit=shijiao&year=2026").getStatus()).isEqualTo(200);
    }
}
