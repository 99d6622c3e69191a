package org.xuefa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xuefa.ServiceTestBase;

/** Every export of personal data leaves an audit entry: who, which file, which filter, from where. */
class DownloadAuditTest extends ServiceTestBase {
    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditLog audit;

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private AuditRecord newestDownloadBy(String actor) {
        loginAs("admin");
        AuditRecord newest = audit.search(new AuditFilter(null, "download", actor, null, null), 0, 1).get(0);
        logout();
        return newest;
    }

    @Test
    void an_export_is_audited_with_its_filter_and_the_clients_address() throws Exception {
        // the filter as the browser sends it: in the query string
        mvc.perform(get("/export/attendance/people.csv?from=2026-01-01&to=2026-11-30")
                .with(user(userDetailsService.loadUserByUsername("organizer")))
                .with(request -> {
                    request.setRemoteAddr("198.51.100.4");
                    return request;
                })).andExpect(status().isOk());

        AuditRecord entry = newestDownloadBy("organizer");
        assertThat(entry.action()).isEqualTo("DOWNLOAD");
        assertThat(entry.summary()).isEqualTo("GET /export/attendance/people.csv");
        assertThat(entry.details()).contains("from=2026-01-01", "to=2026-11-30");
        assertThat(entry.clientAddress()).isEqualTo("198.51.100.4");
    }

    @Test
    void a_refused_export_is_audited_too() throws Exception {
        mvc.perform(get("/export/attendance/people.csv").param("from", "2026-01-01").param("to", "2026-11-30")
                .with(user(userDetailsService.loadUserByUsername("cadre")))).andExpect(status().isForbidden());

        AuditRecord entry = newestDownloadBy("cadre");
        assertThat(entry.action()).isEqualTo("DOWNLOAD_REFUSED");
        assertThat(entry.summary()).isEqualTo("GET /export/attendance/people.csv");
    }

    @Test
    void a_change_made_during_a_request_records_the_address_and_background_work_none() {
        loginAs("admin");
        audit.record("UPDATE", "test", 1, "background change", null);
        AuditRecord entry = audit.search(new AuditFilter("background change", "test", null, null, null), 0, 1).get(0);
        assertThat(entry.clientAddress()).isNull();
    }
}
