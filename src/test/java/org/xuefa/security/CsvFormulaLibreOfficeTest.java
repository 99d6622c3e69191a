package org.xuefa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.ServiceTestBase;
import org.xuefa.people.AudienceRule;
import org.xuefa.study.SessionClosing;
import org.xuefa.study.SessionData;
import org.xuefa.study.SessionKind;
import org.xuefa.study.StudiedLaw;
import org.xuefa.study.StudySessions;

/**
 * Issue 12's acceptance: the attendance CSV of a session titled {@code =HYPERLINK("x")} opens in LibreOffice as
 * text, not as a formula. The session is closed (the report lists closed sessions); the CSV is checked always; the LibreOffice round trip (CSV to XLSX with
 * {@code soffice --headless --convert-to xlsx}) only where LibreOffice is installed (not in CI).
 */
class CsvFormulaLibreOfficeTest extends ServiceTestBase {
    static final String TITLE = "=HYPERLINK(\"x\")";
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final Path DIR = Path.of("target", "csv-injection");

    @Autowired
    WebApplicationContext web;
    @Autowired
    StudySessions sessions;
    @Autowired
    SessionClosing closing;

    @Test
    void a_formula_title_reaches_the_csv_as_text_and_libreoffice_reads_it_as_text() throws Exception {
        Long town = fixtures.newTown().id();
        String organizer = fixtures.newAccount(Role.ORGANIZER, town, null);
        Instant start = clock.instant().minus(Duration.ofDays(2));
        fixtures.as(organizer, () -> closing.close(sessions.create(new SessionData(town, SessionKind.LECTURE, TITLE,
                start, start.plus(Duration.ofMinutes(90)), "会议室", null, "王律师", "镇法律顾问",
                List.of(new StudiedLaw("admin-penalty-2021", "第三十三条")), List.of(),
                Set.of(AudienceRule.unit(town)), null), null).get(0).id()));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        byte[] csv = mvc.perform(get("/export/attendance/sessions.csv?from=2026-01-01&to=2026-12-31")
                .header("Accept-Language", "zh-CN").with(user(userDetailsService.loadUserByUsername(organizer))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        Files.createDirectories(DIR);
        Path file = DIR.resolve("sessions.csv");
        Files.write(file, csv);

        Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice not installed");
        Process soffice = new ProcessBuilder(SOFFICE.toString(),
                "-env:UserInstallation=file://" + DIR.toAbsolutePath().resolve("profile"), "--headless",
                "--infilter=CSV:44,34,76,1",
                "--convert-to", "xlsx", "--outdir", DIR.toString(), file.toString()).inheritIO().start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).isTrue();
        try (InputStream in = Files.newInputStream(DIR.resolve("sessions.xlsx"));
                Workbook book = WorkbookFactory.create(in)) {
            Cell title = null;
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA || (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().contains("HYPERLINK"))) {
                        title = cell;
                    }
                }
            }
            assertThat(title).as("the title's cell").isNotNull();
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).endsWith(TITLE);
        }
    }
}
