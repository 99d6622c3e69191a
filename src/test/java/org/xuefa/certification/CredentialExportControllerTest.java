package org.xuefa.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.ServiceTestBase;

/** {@code /export/credentials.csv|.xlsx} through the security filter chain, with the screen's filters. */
@Transactional // the town of this test is rolled back
class CredentialExportControllerTest extends ServiceTestBase {
    @Autowired
    WebApplicationContext context;
    @Autowired
    CredentialRepository credentials;
    @Autowired
    CredentialTypeRepository types;

    private MockMvc mvc;
    private RegisterTown town;

    @BeforeEach
    void aTown() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        town = new RegisterTown(fixtures, credentials, types, 120, 5);
    }

    @Test
    void hr_downloads_the_filtered_register_named_for_the_town_and_the_day() throws Exception {
        var hr = user(userDetailsService.loadUserByUsername(town.hr));
        long expiring = town.samples.stream()
                .filter(s -> s.statusOn(LocalDate.of(2026, 11, 26)) == CredentialStatus.EXPIRING).count();
        String csv = mvc.perform(get("/export/credentials.csv").param("status", "EXPIRING").with(hr))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString(
                        "credentials-" + town.town.code() + "-2026-11-26.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(expiring + 1);
        byte[] xlsx = mvc.perform(get("/export/credentials.xlsx").param("unit", town.subUnit.id().toString())
                .with(hr)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString(
                        "credentials-" + town.subUnit.code() + "-2026-11-26.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) town.samples.stream()
                    .filter(s -> s.unitId().equals(town.subUnit.id())).count());
        }
    }

    @Test
    void a_cadre_is_refused() throws Exception {
        mvc.perform(get("/export/credentials.csv").with(user(userDetailsService.loadUserByUsername("cadre"))))
                .andExpect(status().isForbidden());
    }
}
